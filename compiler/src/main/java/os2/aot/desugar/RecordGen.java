package os2.aot.desugar;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Rewrites java.lang.runtime.ObjectMethods call sites (record toString/equals/hashCode) into
 * private static helpers in the host that behave like the JDK 17 implementation:
 * toString {@code Simple[a=1, b=x]}; equals: same object, else instanceof, then components compared
 * last to first (primitives with ==, float/double with Float/Double.compare == 0, references with
 * Objects.equals); hashCode {@code h = 31 * h + hash(component)} from 0, first to last.
 */
final class RecordGen {
    static final String OWNER = "java/lang/runtime/ObjectMethods";
    private static final String SB = "java/lang/StringBuilder";

    private RecordGen() {
    }

    static MethodInsnNode rewrite(HostContext ctx, InvokeDynamicInsnNode indy) {
        Object[] args = indy.bsmArgs;
        if (args.length < 2 || !(args[0] instanceof Type) || !(args[1] instanceof String)) {
            throw new DesugarException("malformed ObjectMethods arguments");
        }
        Type record = (Type) args[0];
        String namesText = (String) args[1];
        String[] names = namesText.isEmpty() ? new String[0] : namesText.split(";", -1);
        List<Handle> getters = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (!(args[i] instanceof Handle) || ((Handle) args[i]).getTag() != H_GETFIELD) {
                throw new DesugarException("record component accessor is not a field getter: " + args[i]);
            }
            getters.add((Handle) args[i]);
        }
        if (names.length != getters.size()) {
            throw new DesugarException("record component names '" + namesText + "' do not match " + getters.size() + " getters");
        }
        MethodNode m = new MethodNode(ctx.helperAccess(true), ctx.freshMethodName("record$" + indy.name + "$"),
                indy.desc, null, null);
        switch (indy.name) {
            case "toString":
                toString(m.instructions, simpleName(ctx, record.getInternalName()), names, getters);
                break;
            case "equals":
                equals(m.instructions, record, getters);
                break;
            case "hashCode":
                hashCode(m.instructions, getters);
                break;
            default:
                throw new DesugarException("unknown record method " + indy.name);
        }
        ctx.addHostMethod(m);
        return new MethodInsnNode(INVOKESTATIC, ctx.host.name, m.name, m.desc, ctx.hostIsInterface());
    }

    /** Class.getSimpleName: the InnerClasses name for nested/local classes, else the name after the package. */
    private static String simpleName(HostContext ctx, String internalName) {
        for (InnerClassNode inner : ctx.host.innerClasses) {
            if (inner.name.equals(internalName) && inner.innerName != null) {
                return inner.innerName;
            }
        }
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }

    private static void getField(InsnList code, int slot, Handle getter) {
        code.add(new VarInsnNode(ALOAD, slot));
        code.add(new FieldInsnNode(GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc()));
    }

    private static void toString(InsnList code, String simpleName, String[] names, List<Handle> getters) {
        code.add(new TypeInsnNode(NEW, SB));
        code.add(new InsnNode(DUP));
        code.add(new MethodInsnNode(INVOKESPECIAL, SB, "<init>", "()V", false));
        StringBuilder literal = new StringBuilder(simpleName).append('[');
        for (int i = 0; i < names.length; i++) {
            literal.append(i == 0 ? "" : ", ").append(names[i]).append('=');
            appendString(code, literal.toString());
            literal.setLength(0);
            getField(code, 0, getters.get(i));
            code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "append",
                    ConcatGen.appendDesc(Type.getType(getters.get(i).getDesc())), false));
        }
        appendString(code, literal.append(']').toString());
        code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "toString", "()Ljava/lang/String;", false));
        code.add(new InsnNode(ARETURN));
    }

    private static void appendString(InsnList code, String text) {
        code.add(new LdcInsnNode(text));
        code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "append", "(Ljava/lang/String;)L" + SB + ";", false));
    }

    /** Locals: 0 = this record, 1 = the other object, 2 = the other object cast to the record type. */
    private static void equals(InsnList code, Type record, List<Handle> getters) {
        LabelNode notSame = new LabelNode();
        LabelNode unequal = new LabelNode();
        code.add(new VarInsnNode(ALOAD, 0));
        code.add(new VarInsnNode(ALOAD, 1));
        code.add(new JumpInsnNode(IF_ACMPNE, notSame));
        code.add(new InsnNode(ICONST_1));
        code.add(new InsnNode(IRETURN));
        code.add(notSame);
        code.add(new VarInsnNode(ALOAD, 1));
        code.add(new TypeInsnNode(INSTANCEOF, record.getInternalName()));
        code.add(new JumpInsnNode(IFEQ, unequal));
        code.add(new VarInsnNode(ALOAD, 1));
        code.add(new TypeInsnNode(CHECKCAST, record.getInternalName()));
        code.add(new VarInsnNode(ASTORE, 2));
        // The JDK nests its tests so that the last component is compared first.
        for (int i = getters.size() - 1; i >= 0; i--) {
            Handle getter = getters.get(i);
            getField(code, 0, getter);
            getField(code, 2, getter);
            compare(code, Type.getType(getter.getDesc()), unequal);
        }
        code.add(new InsnNode(ICONST_1));
        code.add(new InsnNode(IRETURN));
        code.add(unequal);
        code.add(new InsnNode(ICONST_0));
        code.add(new InsnNode(IRETURN));
    }

    /** Consumes two values of {@code type}; jumps to {@code unequal} when they differ. */
    private static void compare(InsnList code, Type type, LabelNode unequal) {
        switch (type.getSort()) {
            case Type.LONG:
                code.add(new InsnNode(LCMP));
                code.add(new JumpInsnNode(IFNE, unequal));
                break;
            case Type.FLOAT:
                code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false));
                code.add(new JumpInsnNode(IFNE, unequal));
                break;
            case Type.DOUBLE:
                code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false));
                code.add(new JumpInsnNode(IFNE, unequal));
                break;
            case Type.OBJECT:
            case Type.ARRAY:
                code.add(new MethodInsnNode(INVOKESTATIC, "java/util/Objects", "equals",
                        "(Ljava/lang/Object;Ljava/lang/Object;)Z", false));
                code.add(new JumpInsnNode(IFEQ, unequal));
                break;
            default:
                code.add(new JumpInsnNode(IF_ICMPNE, unequal));
        }
    }

    private static void hashCode(InsnList code, List<Handle> getters) {
        code.add(new InsnNode(ICONST_0));
        for (Handle getter : getters) {
            code.add(new IntInsnNode(BIPUSH, 31));
            code.add(new InsnNode(IMUL));
            getField(code, 0, getter);
            hash(code, Type.getType(getter.getDesc()));
            code.add(new InsnNode(IADD));
        }
        code.add(new InsnNode(IRETURN));
    }

    /** Replaces the value on the stack by its hash, as the wrapper's static hashCode would compute it. */
    private static void hash(InsnList code, Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN:
                code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Boolean", "hashCode", "(Z)I", false));
                break;
            case Type.LONG:
                code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false));
                break;
            case Type.FLOAT:
                code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Float", "hashCode", "(F)I", false));
                break;
            case Type.DOUBLE:
                code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "hashCode", "(D)I", false));
                break;
            case Type.OBJECT:
            case Type.ARRAY:
                code.add(new MethodInsnNode(INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false));
                break;
            default:
                break; // byte, short, char, int: the value itself (Byte/Short/Character/Integer.hashCode)
        }
    }
}
