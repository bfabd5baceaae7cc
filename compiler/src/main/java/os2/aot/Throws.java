package os2.aot;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which methods can never leave an exception pending, so that a direct call to one
 * needs no test of {@code os2_exc} after it (and gcc, having inlined a getter, keeps
 * no load of a global behind). A method qualifies when every instruction is one
 * that cannot throw: no allocation, array access, division, cast, throw or class
 * initialisation; field access only on {@code this}; calls only to intrinsics and to
 * methods that qualify, without a receiver to null-check. Computed as a least fixed point, so
 * recursive methods do not qualify (a cheap, safe approximation). Their prologues also skip the
 * StackOverflowError check (see MethodEmitter): they cannot recurse, so a chain of them adds only
 * bounded depth, and a check there would leave an exception pending that callers do not test.
 */
final class Throws {
    private final World world;
    private final Set<MethodInfo> never = new HashSet<>();

    Throws(World world) {
        this.world = world;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MethodInfo m : world.reachableMethods) {
                if (!never.contains(m) && m.hasBody() && !m.isNative() && neverThrows(m)) {
                    never.add(m);
                    changed = true;
                }
            }
        }
    }

    /** True when a call to m can be assumed to return with no exception pending. */
    boolean never(MethodInfo m) {
        return never.contains(m);
    }

    private boolean neverThrows(MethodInfo m) {
        if (!m.node.tryCatchBlocks.isEmpty()) {
            return false;
        }
        boolean instance = !m.isStatic();
        for (AbstractInsnNode in = m.node.instructions.getFirst(); in != null; in = in.getNext()) {
            if (in.getOpcode() == ASTORE && ((VarInsnNode) in).var == 0) {
                instance = false; // local 0 is not always this
            }
        }
        for (AbstractInsnNode in = m.node.instructions.getFirst(); in != null; in = in.getNext()) {
            int op = in.getOpcode();
            if (op < 0) {
                continue;
            }
            switch (op) {
                case IALOAD: case LALOAD: case FALOAD: case DALOAD: case AALOAD: case BALOAD: case CALOAD: case SALOAD:
                case IASTORE: case LASTORE: case FASTORE: case DASTORE: case AASTORE: case BASTORE: case CASTORE:
                case SASTORE: case IDIV: case IREM: case LDIV: case LREM: case ATHROW: case CHECKCAST: case NEW:
                case NEWARRAY: case ANEWARRAY: case MULTIANEWARRAY: case ARRAYLENGTH: case MONITORENTER:
                case MONITOREXIT: case INVOKEDYNAMIC: case INVOKEINTERFACE:
                    return false;
                case GETFIELD:
                    if (!(instance && isThis(prev(in)))) {
                        return false;
                    }
                    break;
                case PUTFIELD: {
                    // this.f = <one value pushed by a single simple instruction>
                    AbstractInsnNode v = prev(in);
                    if (!(instance && v != null && pushesOne(v) && isThis(prev(v)))) {
                        return false;
                    }
                    break;
                }
                case GETSTATIC: case PUTSTATIC: {
                    FieldInsnNode fi = (FieldInsnNode) in;
                    ClassInfo decl = world.resolveField(world.classes.get(fi.owner), fi.name);
                    if (needsInit(m.owner, decl)) {
                        return false;
                    }
                    break;
                }
                case INVOKESTATIC: case INVOKESPECIAL: case INVOKEVIRTUAL: {
                    if (Intrinsics.isPure(in) || Intrinsics.isIntrinsic(((MethodInsnNode) in).owner)) {
                        // inline C that cannot throw: an intrinsic's fault is a trap (traps.S parks
                        // and restores os2_exc around it) or a fatal signal, never a pending exception
                        break;
                    }
                    MethodInfo t = directTarget((MethodInsnNode) in);
                    if (t == null || !never.contains(t) || (op == INVOKESTATIC && needsInit(m.owner, t.owner))) {
                        return false;
                    }
                    if (op != INVOKESTATIC && !(Type.getArgumentTypes(((MethodInsnNode) in).desc).length == 0
                            && instance && isThis(prev(in)))) {
                        return false; // the receiver would need a null check
                    }
                    break;
                }
                default:
                    break;
            }
        }
        return true;
    }

    /**
     * The one method a call reaches, or null: static and special calls, and virtual
     * calls with one target in the closed world (as {@link Calls} devirtualises them).
     */
    MethodInfo directTarget(MethodInsnNode mi) {
        if (mi.owner.startsWith("[") || Intrinsics.isIntrinsic(mi.owner)) {
            return null;
        }
        ClassInfo owner = world.classes.get(mi.owner);
        if (owner == null) {
            return null;
        }
        String sel = mi.name + mi.desc;
        if (mi.getOpcode() == INVOKEINTERFACE) {
            return null;
        }
        MethodInfo target = world.resolveMethod(owner, sel);
        if (target == null || mi.getOpcode() != INVOKEVIRTUAL) {
            return target;
        }
        if (!target.isVirtual() || (target.isFinal() && !target.owner.isInterface())) {
            return target;
        }
        java.util.List<MethodInfo> targets = world.targets(owner, target); // package-private aware, as Calls
        return targets.size() == 1 ? targets.get(0) : null;
    }

    private static boolean needsInit(ClassInfo self, ClassInfo cls) {
        return cls != null && cls.needsInit && self != cls && (cls.isInterface() || !self.isSubclassOf(cls));
    }

    private static AbstractInsnNode prev(AbstractInsnNode in) {
        AbstractInsnNode p = in.getPrevious();
        while (p != null && p.getOpcode() < 0) {
            if (p instanceof org.objectweb.asm.tree.LabelNode) {
                return null; // a jump may land here: the stack may come from elsewhere
            }
            p = p.getPrevious();
        }
        return p;
    }

    private static boolean isThis(AbstractInsnNode p) {
        return p != null && p.getOpcode() == ALOAD && ((VarInsnNode) p).var == 0;
    }

    /** Instructions that push one value and pop nothing (and cannot throw). */
    private static boolean pushesOne(AbstractInsnNode p) {
        int op = p.getOpcode();
        return (op >= ACONST_NULL && op <= SIPUSH) || (op >= ILOAD && op <= ALOAD)
                || (op == LDC && !(((org.objectweb.asm.tree.LdcInsnNode) p).cst instanceof Type));
    }
}
