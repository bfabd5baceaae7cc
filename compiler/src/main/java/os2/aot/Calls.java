package os2.aot;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Method invocation: static and special calls are direct; virtual and interface
 * calls are direct when the closed world has one possible target, otherwise
 * through the vtable, or the interface table with a one-entry inline cache.
 */
final class Calls {
    private final InsnEmitter ie;
    private final MethodEmitter m;
    private final Program prog;
    private final StringBuilder out;

    Calls(InsnEmitter ie, MethodEmitter m, Program prog, StringBuilder out) {
        this.ie = ie;
        this.m = m;
        this.prog = prog;
        this.out = out;
    }

    void emit(MethodInsnNode mi, Frame<BasicValue> f, int idx) {
        int sp = f.getStackSize();
        Type[] args = Type.getArgumentTypes(mi.desc);
        Type ret = Type.getReturnType(mi.desc);
        boolean isStatic = mi.getOpcode() == INVOKESTATIC;
        int first = sp - args.length - (isStatic ? 0 : 1);
        String[] vals = new String[args.length + (isStatic ? 0 : 1)];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = "s" + (first + i) + MethodEmitter.kind(f.getStack(first + i));
        }
        String result = ret.getSort() == Type.VOID ? null
                : "s" + first + MethodEmitter.kind(new BasicValue(ret));
        String exc = ie.exceptionTarget();

        if (Intrinsics.isIntrinsic(mi.owner)) {
            String e = mi.name.equals("symbol") && mi.owner.equals("os2/rt/Mem")
                    ? "(jlong)(uintptr_t)" + prog.linkerSymbol(constantString(mi)) : Intrinsics.expand(mi.owner, mi.name, mi.desc, vals);
            assign(result, e);
            return;
        }
        if (Intrinsics.isPure(mi)) {
            assign(result, Intrinsics.pure(mi, vals));
            return;
        }
        if (mi.owner.startsWith("[")) {
            arrayCall(mi, vals, result, f, first, exc);
            return;
        }
        ClassInfo owner = prog.world.classes.get(mi.owner);
        String sel = mi.name + mi.desc;
        MethodInfo target = mi.getOpcode() == INVOKEINTERFACE
                ? prog.world.resolveInterfaceMethod(owner, sel) : prog.world.resolveMethod(owner, sel);
        if (!isStatic && !Nullness.nonNull(f.getStack(first))) {
            out.append(ie.npeCheck(vals[0], first)).append('\n');
        }
        String call;
        switch (mi.getOpcode()) {
            case INVOKESTATIC:
                ie.initCheck(target.owner);
                call = direct(target, vals);
                break;
            case INVOKESPECIAL:
                call = direct(target, vals);
                break;
            default:
                call = dispatch(owner, target, sel, vals);
        }
        assign(result, call);
        MethodInfo reached = prog.throwsInfo.directTarget(mi);
        if (reached == null || !prog.throwsInfo.never(reached)) {
            out.append("OS2_CHK(").append(exc).append(");\n");
        }
    }

    private void assign(String result, String expr) {
        out.append(result == null ? "" : result + " = ").append(expr).append(";\n");
    }

    private String direct(MethodInfo target, String[] vals) {
        return prog.functionName(target) + "(" + String.join(", ", vals) + ")";
    }

    private String dispatch(ClassInfo owner, MethodInfo target, String sel, String[] vals) {
        if (!target.isVirtual() || (target.isFinal() && !target.owner.isInterface())) {
            return direct(target, vals);
        }
        List<MethodInfo> targets = prog.world.targets(owner, target);
        if (targets.size() == 1) {
            return direct(targets.get(0), vals);
        }
        if (targets.isEmpty()) {
            // no instantiated class implements it: the receiver can only be null (checked above)
            String rt = Consts.valueCType(target.returnType().getDescriptor());
            return rt.equals("void") ? "__builtin_trap()" : "(__builtin_trap(), (" + rt + ")0)";
        }
        String table = tableDispatch(owner, target, sel, vals);
        String poly = polymorphic(owner, target, vals, table);
        return poly != null ? poly : table;
    }

    /**
     * With few receiver classes, compare the class and call directly: cheaper than a
     * table load and an indirect call, and it never misses like an inline cache does
     * when the classes alternate. The table dispatch stays as the last resort.
     */
    private String polymorphic(ClassInfo owner, MethodInfo target, String[] vals, String table) {
        if (owner.name.equals("java/lang/Object")) {
            return null; // arrays are receivers too, and they are not in the instantiated list
        }
        java.util.List<ClassInfo> receivers = new java.util.ArrayList<>();
        for (ClassInfo c : prog.world.instantiatedClasses()) {
            if (c.isSubtypeOf(owner) && prog.world.select(c, target) != null) {
                receivers.add(c);
            }
        }
        if (receivers.isEmpty() || receivers.size() > 4) {
            return null;
        }
        StringBuilder b = new StringBuilder("({ JClass *k_ = " + vals[0] + "->cls; ");
        for (ClassInfo c : receivers) {
            b.append("k_ == &").append(prog.classRef(c.name)).append(" ? ")
                    .append(direct(prog.world.select(c, target), vals)).append(" : ");
        }
        return b.append(table).append("; })").toString();
    }

    private String tableDispatch(ClassInfo owner, MethodInfo target, String sel, String[] vals) {
        String recv = vals[0];
        // the slot the resolved method occupies in its own class (interface methods have none)
        int slot = target.owner.vtableImpl.indexOf(target);
        if (slot >= 0) {
            return "((" + fnPtrType(target) + ")" + recv + "->cls->vtable[" + slot + "])(" + String.join(", ", vals) + ")";
        }
        ClassInfo iface = target.owner;
        int islot = iface.imethods.indexOf(sel);
        if (!iface.isInterface() || islot < 0) {
            throw new CompileError("cannot dispatch " + target + " on " + owner);
        }
        int n = prog.nextCacheId();
        prog.addCacheDecl("static JClass *ic" + n + "; static void *const *it" + n + ";");
        return "((" + fnPtrType(target) + ")(OS2_LIKELY(" + recv + "->cls == ic" + n + ") ? it" + n + " : (ic" + n + " = "
                + recv + "->cls, it" + n + " = os2_itable(ic" + n + ", &" + prog.classRef(iface.name) + ")))[" + islot
                + "])(" + String.join(", ", vals) + ")";
    }

    static String fnPtrType(MethodInfo t) {
        StringBuilder b = new StringBuilder(Consts.valueCType(t.returnType().getDescriptor())).append(" (*)(JObject *");
        for (Type a : t.argTypes()) {
            b.append(", ").append(Consts.valueCType(a.getDescriptor()));
        }
        return b.append(")").toString();
    }

    /** Calls on array types: clone is the array copy; the rest are Object's methods. */
    private void arrayCall(MethodInsnNode mi, String[] vals, String result, Frame<BasicValue> f, int first, String exc) {
        if (!Nullness.nonNull(f.getStack(first))) {
            out.append(ie.npeCheck(vals[0], first)).append('\n');
        }
        if (mi.name.equals("clone")) {
            assign(result, "os2_clone(" + vals[0] + ")");
        } else {
            ClassInfo object = prog.world.classes.get("java/lang/Object");
            MethodInfo target = prog.world.resolveMethod(object, mi.name + mi.desc);
            assign(result, dispatch(object, target, mi.name + mi.desc, vals));
        }
        out.append("OS2_CHK(").append(exc).append(");\n");
    }

    private String constantString(MethodInsnNode mi) {
        AbstractInsnNode p = mi.getPrevious();
        // skip line numbers and plain labels, but not a jump target: at a join point
        // (cond ? "a" : "b") the preceding LDC is only one of the values
        while (p != null && p.getOpcode() < 0) {
            if (p instanceof org.objectweb.asm.tree.LabelNode && m.labels.containsKey(p)) {
                throw new CompileError("Mem.symbol needs one constant string argument, not a choice of several");
            }
            p = p.getPrevious();
        }
        if (p instanceof LdcInsnNode && ((LdcInsnNode) p).cst instanceof String) {
            return (String) ((LdcInsnNode) p).cst;
        }
        throw new CompileError("Mem.symbol needs a constant string argument");
    }
}
