package os2.aot;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/** One bytecode instruction to one C statement (see {@link MethodEmitter}). */
final class InsnEmitter {
    private final MethodEmitter m;
    private final Program prog;
    private final StringBuilder out;
    private Frame<BasicValue> f;
    private int idx;
    private int sp;

    InsnEmitter(MethodEmitter m, StringBuilder out) {
        this.m = m;
        this.prog = m.prog;
        this.out = out;
    }

    /** Can this instruction raise an exception or call out (so the method needs a frame)? */
    static boolean mayThrow(AbstractInsnNode in, Frame<BasicValue> f) {
        int op = in.getOpcode();
        if (op < 0 || f == null) {
            return false;
        }
        if (Intrinsics.isPure(in)) {
            return false;
        }
        switch (op) {
            case IALOAD: case LALOAD: case FALOAD: case DALOAD: case AALOAD: case BALOAD: case CALOAD: case SALOAD:
            case IASTORE: case LASTORE: case FASTORE: case DASTORE: case AASTORE: case BASTORE: case CASTORE: case SASTORE:
            case IDIV: case IREM: case LDIV: case LREM: case ATHROW: case CHECKCAST: case NEW: case NEWARRAY:
            case ANEWARRAY: case MULTIANEWARRAY: case ARRAYLENGTH: case MONITORENTER: case MONITOREXIT:
            case INVOKEVIRTUAL: case INVOKESPECIAL: case INVOKESTATIC: case INVOKEINTERFACE:
            case GETSTATIC: case PUTSTATIC:
                return true;
            case GETFIELD:
                return !Nullness.nonNull(f.getStack(f.getStackSize() - 1));
            case PUTFIELD:
                return !Nullness.nonNull(f.getStack(f.getStackSize() - 2));
            default:
                return false;
        }
    }

    private String s(int i) {
        return "s" + i + MethodEmitter.kind(f.getStack(i));
    }

    /** Top of stack minus k (0 = top). */
    private String top(int k) {
        return s(sp - 1 - k);
    }

    /** The variable for a new value pushed at position i with kind k. */
    private static String push(int i, char k) {
        return "s" + i + k;
    }

    private void line(String stmt) {
        out.append(stmt).append('\n');
    }

    private String exc() {
        return m.throwTarget(idx);
    }

    private void nullCheck(int stackIndex) {
        if (!Nullness.nonNull(f.getStack(stackIndex))) {
            line(npeCheck(s(stackIndex), stackIndex));
        }
    }

    /**
     * The null check of the current instruction's operand at stackIndex, with the JVM's helpful
     * message; with a lazy frame the throw (message included) goes through a cold stub.
     */
    String npeCheck(String value, int stackIndex) {
        String msg = m.npeMessages().at(m.node.instructions.get(idx), stackIndex);
        String literal = msg == null ? null : "\"" + NpeMessages.cLiteral(msg) + "\"";
        if (m.lazyFrame || m.coldLines()) {
            return raise(value + " == 0", literal == null ? "java_lang_VMHelper__throwNPE()"
                    : "java_lang_VMHelper__throwNPEAt((jlong)(uintptr_t)" + literal + ")");
        }
        if (literal == null) {
            return "OS2_NPE(" + value + ", " + exc() + ");";
        }
        return "OS2_NPE_MSG(" + value + ", " + literal + ", " + exc() + ");";
    }

    private void indexCheck(String a, String i) {
        line(m.lazyFrame || m.coldLines() ? raise("(uint32_t)(" + i + ") >= (uint32_t)OS2_LEN(" + a + ")",
                "java_lang_VMHelper__throwIndex(" + i + ", OS2_LEN(" + a + "))")
                : "OS2_IDX(" + a + ", " + i + ", " + exc() + ");");
    }

    /**
     * If cond holds, throw by calling helper (a VMHelper function that sets os2_exc).
     * With a lazy frame the runtime's out-of-line twin of the helper links the frame around it.
     */
    String raise(String cond, String helper) {
        return raise(cond, helper, true);
    }

    /** As above; without the hint gcc lays out type checks better (measured on the dispatch benchmark). */
    private String raise(String cond, String helper, boolean hinted) {
        if (m.lazyFrame) {
            return "if (OS2_UNLIKELY(" + cond + ")) { " + m.lazyThrow(helper) + "; goto " + m.outNoFrame() + "; }";
        }
        String test = hinted ? "OS2_UNLIKELY(" + cond + ")" : cond;
        String line = m.coldLines() ? "F.line = " + m.line + "; " : "";
        return "if (" + test + ") { " + line + helper + "; goto " + exc() + "; }";
    }

    /**
     * Instructions that throw only through their own checks (null, bounds, array store, division
     * by zero), each raising with {@link #raise}: with {@link MethodEmitter#coldLines} the line is
     * stored on the check's cold path, so the normal path needs no line store for them.
     */
    static boolean throwsOnlyByChecks(int op) {
        switch (op) {
            case IALOAD: case LALOAD: case FALOAD: case DALOAD: case AALOAD: case BALOAD: case CALOAD: case SALOAD:
            case IASTORE: case LASTORE: case FASTORE: case DASTORE: case AASTORE: case BASTORE: case CASTORE: case SASTORE:
            case IDIV: case IREM: case LDIV: case LREM: case ARRAYLENGTH: case GETFIELD: case PUTFIELD:
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether a method with these instructions can link its frame only when it throws:
     * it calls nothing (no invoke, allocation or class initialisation), so nothing but
     * its own throw helpers can look at the frame chain while it runs.
     */
    boolean frameOnlyToThrow(AbstractInsnNode in) {
        switch (in.getOpcode()) {
            case INVOKEVIRTUAL: case INVOKESPECIAL: case INVOKESTATIC: {
                if (Intrinsics.isPure(in)) {
                    return true;   // inline C, no call
                }
                // a call to a method that can never throw (Throws) cannot observe the chain:
                // nothing in it builds a stack trace, so the caller's frame may stay unlinked
                // (a class initialisation before a static call runs with the frame linked: initCheck)
                MethodInfo t = prog.throwsInfo.directTarget((MethodInsnNode) in);
                return t != null && prog.throwsInfo.never(t);
            }
            case INVOKEINTERFACE: case INVOKEDYNAMIC:
            case NEW: case NEWARRAY: case ANEWARRAY: case MULTIANEWARRAY:
            case MONITORENTER: case MONITOREXIT: // monitors must be released on every exit
                return false;
            case GETSTATIC: case PUTSTATIC:   // the class initialisation, if any, links the frame (initCheck)
            default:
                return true;
        }
    }

    private boolean needsInitCheck(ClassInfo cls) {
        if (cls == null || !cls.needsInit) {
            return false;
        }
        ClassInfo self = m.method.owner;
        return !(self == cls || (!cls.isInterface() && self.isSubclassOf(cls)));
    }

    void emit(int index, AbstractInsnNode in, Frame<BasicValue> frame) {
        this.idx = index;
        this.f = frame;
        this.sp = frame.getStackSize();
        int op = in.getOpcode();
        switch (op) {
            case NOP:
                return;
            case ACONST_NULL:
                line(push(sp, 'a') + " = 0;");
                return;
            case ICONST_M1: case ICONST_0: case ICONST_1: case ICONST_2: case ICONST_3: case ICONST_4: case ICONST_5:
                line(push(sp, 'i') + " = " + (op - ICONST_0) + ";");
                return;
            case LCONST_0: case LCONST_1:
                line(push(sp, 'j') + " = " + (op - LCONST_0) + ";");
                return;
            case FCONST_0: case FCONST_1: case FCONST_2:
                line(push(sp, 'f') + " = " + (op - FCONST_0) + ".0f;");
                return;
            case DCONST_0: case DCONST_1:
                line(push(sp, 'd') + " = " + (op - DCONST_0) + ".0;");
                return;
            case BIPUSH: case SIPUSH:
                line(push(sp, 'i') + " = " + ((IntInsnNode) in).operand + ";");
                return;
            case LDC:
                ldc(((LdcInsnNode) in).cst);
                return;
            case ILOAD: case LLOAD: case FLOAD: case DLOAD: case ALOAD: {
                char k = "ijfda".charAt(op - ILOAD);
                line(push(sp, k) + " = l" + ((VarInsnNode) in).var + k + ";");
                return;
            }
            case ISTORE: case LSTORE: case FSTORE: case DSTORE: case ASTORE: {
                char k = "ijfda".charAt(op - ISTORE);
                line("l" + ((VarInsnNode) in).var + k + " = " + top(0) + ";");
                return;
            }
            case IALOAD: case LALOAD: case FALOAD: case DALOAD: case AALOAD: case BALOAD: case CALOAD: case SALOAD: {
                String a = top(1);
                String i = top(0);
                nullCheck(sp - 2);
                indexCheck(a, i);
                char k = "ijfdaiii".charAt(op - IALOAD);
                line(push(sp - 2, k) + " = OS2_ELEM(" + a + ", " + elemType(op - IALOAD) + ", " + i + ");");
                return;
            }
            case IASTORE: case LASTORE: case FASTORE: case DASTORE: case AASTORE: case BASTORE: case CASTORE: case SASTORE: {
                String a = top(2);
                String i = top(1);
                String v = top(0);
                nullCheck(sp - 3);
                indexCheck(a, i);
                String t = elemType(op - IASTORE);
                if (op == AASTORE && !m.exactStores().alwaysFits(m.method.owner.name, idx)) {
                    line(raise(v + " && !os2_assignable(" + v + "->cls, " + a + "->cls->componentType)",
                            "java_lang_VMHelper__throwArrayStore(" + v + ")", false));
                }
                line("OS2_ELEM(" + a + ", " + t + ", " + i + ") = (" + t + ")" + v + ";");
                return;
            }
            case POP: case POP2:
                return;
            case DUP: case DUP_X1: case DUP_X2: case DUP2: case DUP2_X1: case DUP2_X2: case SWAP:
                Stack.shuffle(op, f, out);
                return;
            default:
                break;
        }
        if (op >= IADD && op <= LXOR) {
            Arith.emit(op, this::top, sp, out, this::raise);
            return;
        }
        switch (op) {
            case IINC: {
                IincInsnNode ii = (IincInsnNode) in;
                line("l" + ii.var + "i += " + ii.incr + ";");
                return;
            }
            case I2L: conv('j', "(jlong)"); return;
            case I2F: conv('f', "(jfloat)"); return;
            case I2D: conv('d', "(jdouble)"); return;
            case L2I: conv('i', "(jint)"); return;
            case L2F: conv('f', "(jfloat)"); return;
            case L2D: conv('d', "(jdouble)"); return;
            case F2I: conv('i', "os2_f2i"); return;
            case F2L: conv('j', "os2_f2l"); return;
            case F2D: conv('d', "(jdouble)"); return;
            case D2I: conv('i', "os2_d2i"); return;
            case D2L: conv('j', "os2_d2l"); return;
            case D2F: conv('f', "(jfloat)"); return;
            case I2B: conv('i', "(jint)(jbyte)"); return;
            case I2C: conv('i', "(jint)(jchar)"); return;
            case I2S: conv('i', "(jint)(jshort)"); return;
            case LCMP: cmp("os2_lcmp"); return;
            case FCMPL: cmp("os2_fcmpl"); return;
            case FCMPG: cmp("os2_fcmpg"); return;
            case DCMPL: cmp("os2_dcmpl"); return;
            case DCMPG: cmp("os2_dcmpg"); return;
            case IFEQ: case IFNE: case IFLT: case IFGE: case IFGT: case IFLE:
                if (afterLcmp(in)) {
                    // lcmp(a, b) OP 0 is a OP b: gcc does not always see through (a > b) - (a < b)
                    jump(in, "s" + (sp - 1) + "j " + REL[op - IFEQ] + " s" + sp + "j");
                    return;
                }
                jump(in, top(0) + " " + REL[op - IFEQ] + " 0");
                return;
            case IF_ICMPEQ: case IF_ICMPNE: case IF_ICMPLT: case IF_ICMPGE: case IF_ICMPGT: case IF_ICMPLE:
                jump(in, top(1) + " " + REL[op - IF_ICMPEQ] + " " + top(0));
                return;
            case IF_ACMPEQ: case IF_ACMPNE:
                jump(in, top(1) + " " + REL[op - IF_ACMPEQ] + " " + top(0));
                return;
            case IFNULL: case IFNONNULL:
                jump(in, top(0) + (op == IFNULL ? " == 0" : " != 0"));
                return;
            case GOTO:
                line("goto L" + m.label(((JumpInsnNode) in).label) + ";");
                return;
            case TABLESWITCH: {
                TableSwitchInsnNode t = (TableSwitchInsnNode) in;
                StringBuilder b = new StringBuilder("switch (" + top(0) + ") {");
                for (int i = 0; i < t.labels.size(); i++) {
                    b.append(" case ").append(t.min + i).append(": goto L").append(m.label(t.labels.get(i))).append(';');
                }
                line(b.append(" default: goto L").append(m.label(t.dflt)).append("; }").toString());
                return;
            }
            case LOOKUPSWITCH: {
                LookupSwitchInsnNode t = (LookupSwitchInsnNode) in;
                StringBuilder b = new StringBuilder("switch (" + top(0) + ") {");
                for (int i = 0; i < t.labels.size(); i++) {
                    b.append(" case ").append(Consts.intLit(t.keys.get(i))).append(": goto L")
                            .append(m.label(t.labels.get(i))).append(';');
                }
                line(b.append(" default: goto L").append(m.label(t.dflt)).append("; }").toString());
                return;
            }
            case IRETURN: case LRETURN: case FRETURN: case DRETURN: case ARETURN:
                line(m.ret(top(0)));
                return;
            case RETURN:
                line(m.ret(null));
                return;
            case GETSTATIC: case PUTSTATIC: case GETFIELD: case PUTFIELD:
                field((FieldInsnNode) in);
                return;
            case INVOKEVIRTUAL: case INVOKESPECIAL: case INVOKESTATIC: case INVOKEINTERFACE:
                new Calls(this, m, prog, out).emit((MethodInsnNode) in, f, idx);
                return;
            case NEW: {
                String cls = ((TypeInsnNode) in).desc;
                initCheck(prog.world.classes.get(cls));
                line(push(sp, 'a') + " = os2_new(&" + prog.classRef(cls) + "); if (OS2_UNLIKELY(!" + push(sp, 'a')
                        + ")) goto " + exc() + ";");
                return;
            }
            case NEWARRAY:
                newArray("[" + Emit.newarrayDesc(((IntInsnNode) in).operand));
                return;
            case ANEWARRAY: {
                String d = ((TypeInsnNode) in).desc;
                newArray(d.startsWith("[") ? "[" + d : "[L" + d + ";");
                return;
            }
            case MULTIANEWARRAY: {
                MultiANewArrayInsnNode mi = (MultiANewArrayInsnNode) in;
                StringBuilder dims = new StringBuilder();
                for (int i = mi.dims - 1; i >= 0; i--) {
                    dims.append(dims.length() == 0 ? "" : ", ").append(top(i));
                }
                String r = push(sp - mi.dims, 'a');
                line("{ jint d[] = {" + dims + "}; " + r + " = os2_multianewarray(&" + prog.classRef(mi.desc) + ", "
                        + mi.dims + ", d); OS2_CHK(" + exc() + "); }");
                return;
            }
            case ARRAYLENGTH:
                nullCheck(sp - 1);
                line(push(sp - 1, 'i') + " = OS2_LEN(" + top(0) + ");");
                return;
            case ATHROW:
                nullCheck(sp - 1);
                // the exception's trace was taken when it was made: a lazy frame needs no push
                line("os2_exc = " + top(0) + "; " + (m.lazyFrame ? m.lazyThrowExit() : "goto " + exc() + ";"));
                return;
            case CHECKCAST: {
                String t = ((TypeInsnNode) in).desc;
                String v = top(0);
                line(raise(v + " && !" + typeTest(v, t), "java_lang_VMHelper__throwClassCast("
                        + v + ", (JObject *)&" + prog.classRef(t) + ")", false));
                return;
            }
            case INSTANCEOF: {
                String t = ((TypeInsnNode) in).desc;
                String v = top(0);
                line(push(sp - 1, 'i') + " = " + v + " != 0 && " + typeTest(v, t) + ";");
                return;
            }
            case MONITORENTER:
                // one thread: nothing to wait for, but notify/wait need to know what is held
                nullCheck(sp - 1);
                line("OS2_MONITOR_ENTER(" + top(0) + ");");
                return;
            case MONITOREXIT:
                nullCheck(sp - 1); // javac's code exits monitors in the order it entered them
                line("OS2_MONITOR_EXIT();");
                return;
            default:
                throw new CompileError("unsupported bytecode instruction " + op);
        }
    }

    /**
     * The cheapest test of "non-null v is a t" the closed world allows: a final class
     * is one compare, a class one display load, an interface a short scan.
     */
    private String typeTest(String v, String t) {
        String c = "&" + prog.classRef(t);
        if (t.startsWith("[")) {
            return "os2_is(" + v + ", " + c + ")";
        }
        ClassInfo ci = prog.world.classes.get(t);
        if (ci.isInterface()) {
            return "(" + v + "->cls == " + c + " || os2_implements(" + v + "->cls, " + c + "))";
        }
        if (t.equals("java/lang/Object")) {
            return "1";
        }
        if (ci.isFinal()) {
            return "(" + v + "->cls == " + c + ")";
        }
        return "os2_is_subclass(" + v + "->cls, " + c + ")";
    }

    private static final String[] REL = {"==", "!=", "<", ">=", ">", "<="};

    /**
     * The instruction just before {@code in} on the same straight-line path is an LCMP (no
     * jump target between them), so the two longs it compared are still in their variables.
     */
    private boolean afterLcmp(AbstractInsnNode in) {
        for (AbstractInsnNode p = in.getPrevious(); p != null; p = p.getPrevious()) {
            if (p instanceof LabelNode) {
                if (m.labels.containsKey(p)) {
                    return false;
                }
                continue;
            }
            if (p.getOpcode() < 0) {
                continue; // line numbers, frames
            }
            return p.getOpcode() == LCMP;
        }
        return false;
    }

    private void jump(AbstractInsnNode in, String cond) {
        line("if (" + cond + ") goto L" + m.label(((JumpInsnNode) in).label) + ";");
    }

    private void conv(char k, String fn) {
        line(push(sp - 1, k) + " = " + fn + "(" + top(0) + ");");
    }

    private void cmp(String fn) {
        line(push(sp - 2, 'i') + " = " + fn + "(" + top(1) + ", " + top(0) + ");");
    }

    private static String elemType(int i) {
        return new String[] {"jint", "jlong", "jfloat", "jdouble", "JObject *", "jbyte", "jchar", "jshort"}[i];
    }

    private void ldc(Object c) {
        if (c instanceof Integer) {
            line(push(sp, 'i') + " = " + Consts.intLit((Integer) c) + ";");
        } else if (c instanceof Long) {
            line(push(sp, 'j') + " = " + Consts.longLit((Long) c) + ";");
        } else if (c instanceof Float) {
            line(push(sp, 'f') + " = " + Consts.floatLit((Float) c) + ";");
        } else if (c instanceof Double) {
            line(push(sp, 'd') + " = " + Consts.doubleLit((Double) c) + ";");
        } else if (c instanceof String) {
            line(push(sp, 'a') + " = (JObject *)&" + prog.stringRef((String) c) + ";");
        } else if (c instanceof Type) {
            Type t = (Type) c;
            String n = t.getSort() == Type.ARRAY ? t.getDescriptor() : t.getInternalName();
            line(push(sp, 'a') + " = (JObject *)&" + prog.classRef(n) + ";");
        } else {
            throw new CompileError("unsupported constant " + c);
        }
    }

    private void newArray(String desc) {
        String n = top(0);
        line("if (" + n + " < 0) { java_lang_VMHelper__throwNegativeSize(" + n + "); goto " + exc() + "; }");
        line(push(sp - 1, 'a') + " = (JObject *)os2_newarray(&" + prog.classRef(desc) + ", " + n + "); if (OS2_UNLIKELY(!"
                + push(sp - 1, 'a') + ")) goto " + exc() + ";");
    }

    /**
     * Initialise cls first if it has initialisation to run and the current method does not imply it.
     * With a lazy frame the runtime links a frame for the method at the current line around the
     * initialiser (os2_lazy_init), so what the initialiser sees of the chain is what an eager frame shows.
     */
    void initCheck(ClassInfo cls) {
        if (!needsInitCheck(cls)) {
            return;
        }
        if (m.lazyFrame) {
            line("if (OS2_UNLIKELY(" + prog.classRef(cls.name) + ".initState != 2) && os2_lazy_init(&" + m.miName()
                    + ", " + m.line + ", " + prog.initFn(cls) + ")) goto " + m.outNoFrame() + ";");
            return;
        }
        line("if (OS2_UNLIKELY(" + prog.classRef(cls.name) + ".initState != 2)) { " + prog.initFn(cls)
                + "(); OS2_CHK(" + exc() + "); }");
    }

    private void field(FieldInsnNode fi) {
        ClassInfo owner = prog.world.classes.get(fi.owner);
        ClassInfo decl = prog.world.resolveField(owner, fi.name);
        String ct = Consts.fieldCType(fi.desc);
        switch (fi.getOpcode()) {
            case GETSTATIC:
                initCheck(decl);
                line(push(sp, MethodEmitter.kind(new BasicValue(Type.getType(fi.desc)))) + " = "
                        + prog.staticRef(decl, fi.name) + ";");
                return;
            case PUTSTATIC:
                initCheck(decl);
                line(prog.staticRef(decl, fi.name) + " = (" + ct + ")" + top(0) + ";");
                return;
            case GETFIELD: {
                int off = decl.fieldOffsets.get(decl.name + "." + fi.name);
                nullCheck(sp - 1);
                line(push(sp - 1, MethodEmitter.kind(new BasicValue(Type.getType(fi.desc)))) + " = OS2_FLD(" + top(0)
                        + ", " + ct + ", " + off + "); /* " + fi.name + " */");
                return;
            }
            default: {
                int off = decl.fieldOffsets.get(decl.name + "." + fi.name);
                nullCheck(sp - 2);
                line("OS2_FLD(" + top(1) + ", " + ct + ", " + off + ") = (" + ct + ")" + top(0) + "; /* " + fi.name + " */");
            }
        }
    }

    String exceptionTarget() {
        return exc();
    }

    Frame<BasicValue> frame() {
        return f;
    }
}
