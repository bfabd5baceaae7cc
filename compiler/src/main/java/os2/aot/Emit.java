package os2.aot;

import org.objectweb.asm.Opcodes;

/** Small shared helpers of the emitters. */
final class Emit {
    private Emit() {
    }

    /** The element descriptor of NEWARRAY's operand (JVMS 6.5 newarray atype). */
    static String newarrayDesc(int atype) {
        switch (atype) {
            case Opcodes.T_BOOLEAN: return "Z";
            case Opcodes.T_CHAR: return "C";
            case Opcodes.T_FLOAT: return "F";
            case Opcodes.T_DOUBLE: return "D";
            case Opcodes.T_BYTE: return "B";
            case Opcodes.T_SHORT: return "S";
            case Opcodes.T_INT: return "I";
            case Opcodes.T_LONG: return "J";
            default: throw new CompileError("bad newarray type " + atype);
        }
    }
}
