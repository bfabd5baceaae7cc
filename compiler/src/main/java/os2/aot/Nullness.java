package os2.aot;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * ASM's basic interpreter (value kinds for every stack slot and local) plus one
 * bit for references: known non-null ({@code this}, a new object or array, a constant).
 * The emitter skips null checks on such values.
 */
final class Nullness extends BasicInterpreter {
    private static final Type OBJECT = Type.getObjectType("java/lang/Object");

    /** A reference value with its nullness. */
    static final class Ref extends BasicValue {
        final boolean nonNull;

        Ref(boolean nonNull) {
            super(OBJECT);
            this.nonNull = nonNull;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ref && ((Ref) o).nonNull == nonNull;
        }

        @Override
        public int hashCode() {
            return nonNull ? 1 : 2;
        }
    }

    static final Ref MAYBE = new Ref(false);
    static final Ref NONNULL = new Ref(true);

    Nullness() {
        super(Opcodes.ASM9);
    }

    static boolean nonNull(BasicValue v) {
        return v instanceof Ref && ((Ref) v).nonNull;
    }

    @Override
    public BasicValue newValue(Type type) {
        if (type != null && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
            return MAYBE;
        }
        return super.newValue(type);
    }

    @Override
    public BasicValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
        if (isInstanceMethod && local == 0) {
            return NONNULL;
        }
        return newValue(type);
    }

    @Override
    public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
        if (insn.getOpcode() == Opcodes.NEW) {
            return NONNULL;
        }
        if (insn.getOpcode() == Opcodes.LDC) {
            Object c = ((LdcInsnNode) insn).cst;
            if (c instanceof String || c instanceof Type) {
                return NONNULL;
            }
        }
        return norm(super.newOperation(insn));
    }

    /** BasicInterpreter returns its own REFERENCE_VALUE in places: make every reference a Ref. */
    private static BasicValue norm(BasicValue v) {
        return v != null && !(v instanceof Ref) && v.isReference() ? MAYBE : v;
    }

    @Override
    public BasicValue copyOperation(AbstractInsnNode insn, BasicValue value) throws AnalyzerException {
        return norm(super.copyOperation(insn, value));
    }

    @Override
    public BasicValue unaryOperation(AbstractInsnNode insn, BasicValue value) throws AnalyzerException {
        int op = insn.getOpcode();
        if (op == Opcodes.NEWARRAY || op == Opcodes.ANEWARRAY) {
            return NONNULL;   // a new array (or a throw on a negative length)
        }
        if (op == Opcodes.CHECKCAST) {
            return norm(value);   // the cast passes null through, and only null
        }
        return norm(super.unaryOperation(insn, value));
    }

    @Override
    public BasicValue binaryOperation(AbstractInsnNode insn, BasicValue a, BasicValue b) throws AnalyzerException {
        return norm(super.binaryOperation(insn, a, b));
    }

    @Override
    public BasicValue naryOperation(AbstractInsnNode insn, java.util.List<? extends BasicValue> values)
            throws AnalyzerException {
        if (insn.getOpcode() == Opcodes.MULTIANEWARRAY) {
            return NONNULL;
        }
        return norm(super.naryOperation(insn, values));
    }

    @Override
    public BasicValue newReturnTypeValue(Type type) {
        return norm(super.newReturnTypeValue(type));
    }

    @Override
    public BasicValue newEmptyValue(int local) {
        return norm(super.newEmptyValue(local));
    }

    @Override
    public BasicValue newExceptionValue(org.objectweb.asm.tree.TryCatchBlockNode tcb,
            org.objectweb.asm.tree.analysis.Frame<BasicValue> handlerFrame, Type exceptionType) {
        return MAYBE;
    }

    @Override
    public BasicValue merge(BasicValue a, BasicValue b) {
        a = norm(a);
        b = norm(b);
        if (a instanceof Ref && b instanceof Ref) {
            return ((Ref) a).nonNull && ((Ref) b).nonNull ? NONNULL : MAYBE;
        }
        return super.merge(a, b);
    }
}
