package os2.aot.desugar;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The value conversions LambdaMetafactory applies between an interface signature and an
 * implementation: boxing, unboxing (from a wrapper, or from Object/Number via a cast to the
 * wrapper), widening primitive conversions, reference casts and dropping a return value.
 */
final class Adapt {
    private static final Type OBJECT = Type.getObjectType("java/lang/Object");

    private Adapt() {
    }

    /** Emits code turning the value on top of the stack from type {@code from} into {@code to}. */
    static void convert(InsnList out, Type from, Type to) {
        if (from.equals(to)) {
            return;
        }
        if (to.getSort() == Type.VOID) {
            out.add(new InsnNode(from.getSize() == 2 ? POP2 : POP));
        } else if (from.getSort() == Type.VOID) {
            throw new DesugarException("cannot adapt a void result to " + to);
        } else if (isPrimitive(from) && isPrimitive(to)) {
            widen(out, from, to);
        } else if (isPrimitive(from)) {
            box(out, from);
            castReference(out, wrapper(from), to);
        } else if (isPrimitive(to)) {
            Type source = primitiveOf(from);
            if (source == null) {
                // Object, Number, Comparable...: the value must be the exact wrapper of the target.
                source = to;
                out.add(new TypeInsnNode(CHECKCAST, wrapper(to).getInternalName()));
            }
            unbox(out, source);
            widen(out, source, to);
        } else {
            castReference(out, from, to);
        }
    }

    /** Loads a local of the given type (the opcode depends on the sort). */
    static VarInsnNode load(Type type, int slot) {
        return new VarInsnNode(type.getOpcode(ILOAD), slot);
    }

    static InsnNode returnOf(Type type) {
        return new InsnNode(type.getOpcode(IRETURN));
    }

    static boolean isPrimitive(Type type) {
        return type.getSort() >= Type.BOOLEAN && type.getSort() <= Type.DOUBLE;
    }

    private static void castReference(InsnList out, Type from, Type to) {
        if (!from.equals(to) && !to.equals(OBJECT)) {
            out.add(new TypeInsnNode(CHECKCAST, to.getInternalName()));
        }
    }

    private static void box(InsnList out, Type primitive) {
        Type boxed = wrapper(primitive);
        out.add(new MethodInsnNode(INVOKESTATIC, boxed.getInternalName(), "valueOf",
                Type.getMethodDescriptor(boxed, primitive), false));
    }

    private static void unbox(InsnList out, Type primitive) {
        out.add(new MethodInsnNode(INVOKEVIRTUAL, wrapper(primitive).getInternalName(),
                primitive.getClassName() + "Value", Type.getMethodDescriptor(primitive), false));
    }

    /** Widening primitive conversions (JLS 5.1.2); int-like types share the JVM's int representation. */
    private static void widen(InsnList out, Type from, Type to) {
        int f = computational(from);
        int t = computational(to);
        if (from.equals(to) || (f == Type.INT && t == Type.INT && intWidens(from, to))) {
            return;
        }
        if (from.getSort() == Type.BOOLEAN || to.getSort() == Type.BOOLEAN) {
            throw new DesugarException("no conversion between " + from + " and " + to);
        }
        int opcode;
        if (f == Type.INT && t == Type.LONG) {
            opcode = I2L;
        } else if (f == Type.INT && t == Type.FLOAT) {
            opcode = I2F;
        } else if (f == Type.INT && t == Type.DOUBLE) {
            opcode = I2D;
        } else if (f == Type.LONG && t == Type.FLOAT) {
            opcode = L2F;
        } else if (f == Type.LONG && t == Type.DOUBLE) {
            opcode = L2D;
        } else if (f == Type.FLOAT && t == Type.DOUBLE) {
            opcode = F2D;
        } else {
            throw new DesugarException("no widening conversion from " + from + " to " + to);
        }
        out.add(new InsnNode(opcode));
    }

    private static boolean intWidens(Type from, Type to) {
        switch (from.getSort()) {
            case Type.BYTE:
                return to.getSort() == Type.SHORT || to.getSort() == Type.INT;
            case Type.SHORT:
            case Type.CHAR:
                return to.getSort() == Type.INT;
            default:
                return false;
        }
    }

    private static int computational(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN:
            case Type.BYTE:
            case Type.SHORT:
            case Type.CHAR:
            case Type.INT:
                return Type.INT;
            default:
                return type.getSort();
        }
    }

    static Type wrapper(Type primitive) {
        switch (primitive.getSort()) {
            case Type.BOOLEAN: return Type.getObjectType("java/lang/Boolean");
            case Type.BYTE: return Type.getObjectType("java/lang/Byte");
            case Type.SHORT: return Type.getObjectType("java/lang/Short");
            case Type.CHAR: return Type.getObjectType("java/lang/Character");
            case Type.INT: return Type.getObjectType("java/lang/Integer");
            case Type.LONG: return Type.getObjectType("java/lang/Long");
            case Type.FLOAT: return Type.getObjectType("java/lang/Float");
            case Type.DOUBLE: return Type.getObjectType("java/lang/Double");
            default: throw new IllegalArgumentException(primitive.toString());
        }
    }

    /** The primitive a wrapper class holds, or null if {@code type} is not a wrapper. */
    private static Type primitiveOf(Type type) {
        for (Type p : new Type[] {Type.BOOLEAN_TYPE, Type.BYTE_TYPE, Type.SHORT_TYPE, Type.CHAR_TYPE,
                Type.INT_TYPE, Type.LONG_TYPE, Type.FLOAT_TYPE, Type.DOUBLE_TYPE}) {
            if (wrapper(p).equals(type)) {
                return p;
            }
        }
        return null;
    }
}
