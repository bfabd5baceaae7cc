package os2.aot;

import static org.objectweb.asm.Opcodes.*;

import java.util.function.BinaryOperator;
import java.util.function.IntFunction;

/**
 * Arithmetic and logic with Java's semantics: wrap-around (gcc -fwrapv and
 * unsigned shifts), shift counts masked, division by zero throws,
 * MIN_VALUE / -1 wraps instead of trapping (JLS 15.17).
 */
final class Arith {
    private Arith() {
    }

    static void emit(int op, IntFunction<String> top, int sp, StringBuilder out, BinaryOperator<String> raise) {
        int base = op - IADD;
        char k = "ijfd".charAt(base % 4);
        boolean unary = op >= INEG && op <= DNEG;
        String a = unary ? top.apply(0) : top.apply(1);
        String b = unary ? null : top.apply(0);
        String r = "s" + (unary ? sp - 1 : sp - 2);
        if (op >= ISHL && op <= LUSHR) {
            k = (op - ISHL) % 2 == 0 ? 'i' : 'j';
        } else if (op >= IAND) {
            k = (op - IAND) % 2 == 0 ? 'i' : 'j';
        }
        r += k;
        String e;
        switch (op) {
            case IADD: case LADD: case FADD: case DADD: e = a + " + " + b; break;
            case ISUB: case LSUB: case FSUB: case DSUB: e = a + " - " + b; break;
            case IMUL: case LMUL: case FMUL: case DMUL: e = a + " * " + b; break;
            case FDIV: case DDIV: e = a + " / " + b; break;
            case FREM: e = "os2_fmodf(" + a + ", " + b + ")"; break;
            case DREM: e = "os2_fmod(" + a + ", " + b + ")"; break;
            case IDIV: case LDIV: case IREM: case LREM: {
                boolean div = op == IDIV || op == LDIV;
                String neg = k == 'i' ? "(jint)(0u - (uint32_t)" + a + ")" : "(jlong)(0ull - (uint64_t)" + a + ")";
                out.append(raise.apply(b + " == 0", "java_lang_VMHelper__throwDivZero()")).append('\n');
                e = b + " == -1 ? " + (div ? neg : "0") + " : " + a + (div ? " / " : " % ") + b;
                break;
            }
            case INEG: e = "(jint)(0u - (uint32_t)" + a + ")"; break;
            case LNEG: e = "(jlong)(0ull - (uint64_t)" + a + ")"; break;
            case FNEG: case DNEG: e = "-" + a; break;
            case ISHL: e = "(jint)((uint32_t)" + a + " << (" + b + " & 31))"; break;
            case LSHL: e = "(jlong)((uint64_t)" + a + " << (" + b + " & 63))"; break;
            case ISHR: e = a + " >> (" + b + " & 31)"; break;
            case LSHR: e = a + " >> (" + b + " & 63)"; break;
            case IUSHR: e = "(jint)((uint32_t)" + a + " >> (" + b + " & 31))"; break;
            case LUSHR: e = "(jlong)((uint64_t)" + a + " >> (" + b + " & 63))"; break;
            case IAND: case LAND: e = a + " & " + b; break;
            case IOR: case LOR: e = a + " | " + b; break;
            case IXOR: case LXOR: e = a + " ^ " + b; break;
            default: throw new CompileError("not arithmetic: " + op);
        }
        out.append(r).append(" = ").append(e).append(";\n");
    }
}
