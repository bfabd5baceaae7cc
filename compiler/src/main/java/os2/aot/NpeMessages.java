package os2.aot;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The "helpful" NullPointerException messages of JEP 358, worked out from the bytecode at compile time with
 * HotSpot's wording: the action ({@code Cannot invoke "String.length()"}) and, when the null value has a single
 * describable source, the reason ({@code because "s" is null}, {@code because the return value of "A.f()" is null},
 * {@code "this.next.name"}, {@code "a[i]"}), at most five levels deep as HotSpot prints them.
 */
final class NpeMessages {
    private static final int MAX_DETAIL = 5;

    private final String owner;
    private final MethodNode node;
    private Frame<SourceValue>[] sources;

    NpeMessages(String owner, MethodNode node) {
        this.owner = owner;
        this.node = node;
    }

    /** The message for the null check of instruction in, whose null operand is at stackIndex of its frame. */
    String at(AbstractInsnNode in, int stackIndex) {
        String action = action(in);
        if (action == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(action);
        AbstractInsnNode src = origin(in, stackIndex);
        if (src != null) {
            StringBuilder d = new StringBuilder();
            if (isInvoke(src)) {
                b.append(" because the return value of \"").append(method((MethodInsnNode) src)).append("\" is null");
            } else if (describe(src, MAX_DETAIL, d)) {
                b.append(" because \"").append(d).append("\" is null");
            }
        }
        return b.toString();
    }

    private static String action(AbstractInsnNode in) {
        int op = in.getOpcode();
        switch (op) {
            case IALOAD: case LALOAD: case FALOAD: case DALOAD: case AALOAD: case BALOAD: case CALOAD: case SALOAD:
                return "Cannot load from " + arrayKind(op - IALOAD) + " array";
            case IASTORE: case LASTORE: case FASTORE: case DASTORE: case AASTORE: case BASTORE: case CASTORE: case SASTORE:
                return "Cannot store to " + arrayKind(op - IASTORE) + " array";
            case ARRAYLENGTH:
                return "Cannot read the array length";
            case ATHROW:
                return "Cannot throw exception";
            case MONITORENTER:
                return "Cannot enter synchronized block";
            case MONITOREXIT:
                return "Cannot exit synchronized block";
            case GETFIELD:
                return "Cannot read field \"" + ((FieldInsnNode) in).name + "\"";
            case PUTFIELD:
                return "Cannot assign field \"" + ((FieldInsnNode) in).name + "\"";
            case INVOKEVIRTUAL: case INVOKEINTERFACE: case INVOKESPECIAL:
                return "Cannot invoke \"" + method((MethodInsnNode) in) + "\"";
            default:
                return null;
        }
    }

    private static String arrayKind(int k) {
        return new String[] {"int", "long", "float", "double", "object", "byte/boolean", "char", "short"}[k];
    }

    /** HotSpot's description of a value's source; false when it has none (or the detail budget is spent). */
    private boolean describe(AbstractInsnNode in, int detail, StringBuilder b) {
        if (detail <= 0) {
            return false;
        }
        int op = in.getOpcode();
        switch (op) {
            case ALOAD: case ILOAD:
                b.append(local(((VarInsnNode) in).var, in));
                return true;
            case ACONST_NULL:
                b.append("null");
                return true;
            case ICONST_M1: case ICONST_0: case ICONST_1: case ICONST_2: case ICONST_3: case ICONST_4: case ICONST_5:
                b.append(op - ICONST_0);
                return true;
            case BIPUSH: case SIPUSH:
                b.append(((IntInsnNode) in).operand);
                return true;
            case GETSTATIC: {
                FieldInsnNode f = (FieldInsnNode) in;
                b.append(className(f.owner)).append('.').append(f.name);
                return true;
            }
            case GETFIELD: {
                AbstractInsnNode objSrc = origin(in, stackTop(in));
                if (objSrc != null && describe(objSrc, detail - 1, b)) {
                    b.append('.');
                }
                b.append(((FieldInsnNode) in).name);
                return true;
            }
            case INVOKEVIRTUAL: case INVOKEINTERFACE: case INVOKESPECIAL: case INVOKESTATIC:
                b.append(method((MethodInsnNode) in));
                return true;
            case IALOAD: case LALOAD: case FALOAD: case DALOAD: case AALOAD: case BALOAD: case CALOAD: case SALOAD: {
                int top = stackTop(in);
                AbstractInsnNode arr = origin(in, top - 1);
                if (arr == null || !describe(arr, detail - 1, b)) {
                    b.append("<array>");
                }
                b.append('[');
                AbstractInsnNode idx = origin(in, top);
                if (idx == null || !describe(idx, detail - 1, b)) {
                    b.append("...");
                }
                b.append(']');
                return true;
            }
            default:
                return false;
        }
    }

    /** A local's name from the debug information, else "this", "<parameterN>" or "<localN>" as HotSpot says. */
    private String local(int slot, AbstractInsnNode at) {
        if (node.localVariables != null) {
            int pos = node.instructions.indexOf(at);
            for (LocalVariableNode lv : node.localVariables) {
                if (lv.index == slot && node.instructions.indexOf(lv.start) <= pos && pos < node.instructions.indexOf(lv.end)) {
                    return lv.name;
                }
            }
        }
        boolean isStatic = (node.access & ACC_STATIC) != 0;
        if (!isStatic && slot == 0) {
            return "this";
        }
        int cur = isStatic ? 0 : 1;
        int param = 1;
        for (Type t : Type.getArgumentTypes(node.desc)) {
            if (slot >= cur && slot < cur + t.getSize()) {
                return "<parameter" + param + ">";
            }
            cur += t.getSize();
            param++;
        }
        return "<local" + slot + ">";
    }

    /** "java.util.List.add(Object)": the class as written in the instruction, parameter types in Java syntax. */
    private static String method(MethodInsnNode mi) {
        StringBuilder b = new StringBuilder(className(mi.owner)).append('.').append(mi.name).append('(');
        Type[] args = Type.getArgumentTypes(mi.desc);
        for (int i = 0; i < args.length; i++) {
            b.append(i == 0 ? "" : ", ").append(typeName(args[i]));
        }
        return b.append(')').toString();
    }

    private static String typeName(Type t) {
        if (t.getSort() == Type.ARRAY) {
            return typeName(t.getElementType()) + "[]".repeat(t.getDimensions());
        }
        return t.getSort() == Type.OBJECT ? className(t.getInternalName()) : t.getClassName();
    }

    /** HotSpot shortens only these two. */
    private static String className(String internal) {
        if (internal.equals("java/lang/Object") || internal.equals("java/lang/String")) {
            return internal.substring("java/lang/".length());
        }
        return internal.replace('/', '.');
    }

    private static boolean isInvoke(AbstractInsnNode in) {
        int op = in.getOpcode();
        return op == INVOKEVIRTUAL || op == INVOKEINTERFACE || op == INVOKESPECIAL || op == INVOKESTATIC;
    }

    /**
     * The instruction that produced the value at stackIndex before in, looking through checkcast and the dup
     * family, which pass values on unchanged (HotSpot's simulation keeps a slot's origin); null if not one.
     */
    private AbstractInsnNode origin(AbstractInsnNode in, int stackIndex) {
        int k = stackIndex;
        AbstractInsnNode src = single(source(in, k));
        while (src != null) {
            int s = stackTop(src) + 1;   // stack size before src
            int op = src.getOpcode();
            if (op == CHECKCAST) {
                // same position
            } else if (op == DUP || op == DUP2 && source(src, s - 1).getSize() == 2) {
                k = s - 1;
            } else if (op == DUP2) {
                k = k >= s ? k - 2 : k;
            } else if (op == DUP_X1) {
                k = k == s - 1 ? s - 2 : s - 1;
            } else if (op >= DUP_X2 && op <= SWAP) {
                return null;   // rare in javac's output: no description, as for a merge
            } else {
                return src;
            }
            src = single(source(src, k));
        }
        return null;
    }

    private static AbstractInsnNode single(SourceValue v) {
        return v == null || v.insns.size() != 1 ? null : v.insns.iterator().next();
    }

    /** The index of the top of the operand stack before in executes. */
    private int stackTop(AbstractInsnNode in) {
        Frame<SourceValue> f = frames()[node.instructions.indexOf(in)];
        return f == null ? -1 : f.getStackSize() - 1;
    }

    private SourceValue source(AbstractInsnNode in, int stackIndex) {
        Frame<SourceValue> f = frames()[node.instructions.indexOf(in)];
        return f == null || stackIndex < 0 || stackIndex >= f.getStackSize() ? null : f.getStack(stackIndex);
    }

    /** Where every stack value comes from: computed once per method, on its first null check. */
    private Frame<SourceValue>[] frames() {
        if (sources == null) {
            try {
                sources = new Analyzer<>(new SourceInterpreter()).analyze(owner, node);
            } catch (AnalyzerException e) {
                throw new CompileError("cannot analyse " + owner + "." + node.name + node.desc + ": " + e.getMessage());
            }
        }
        return sources;
    }

    /** s as the body of a C string literal (UTF-8, escaped). */
    static String cLiteral(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c == '"' || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c < 0x20 || c >= 0x7f || c == '?') {
                b.append(String.format("\\%03o", c));
            } else {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
