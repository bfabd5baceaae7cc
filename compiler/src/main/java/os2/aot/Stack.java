package os2.aot;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * The dup/swap family. Each is a permutation with copies of the top values: read
 * them into temporaries, then write them back in the new order. Category-2
 * values (long, double) are one value but two slots, which decides the form.
 */
final class Stack {
    private Stack() {
    }

    static void shuffle(int op, Frame<BasicValue> f, StringBuilder out) {
        int sp = f.getStackSize();
        // values from the top: v1 = top
        int[] order; // new stack contents from the lowest affected position, as indexes 1..n into v1..vn
        int n;
        boolean c2top = sp >= 1 && f.getStack(sp - 1).getSize() == 2;
        boolean c2second = sp >= 2 && f.getStack(sp - 2).getSize() == 2;
        switch (op) {
            case DUP: n = 1; order = new int[] {1, 1}; break;
            case DUP_X1: n = 2; order = new int[] {1, 2, 1}; break;
            case DUP_X2:
                if (c2second) { n = 2; order = new int[] {1, 2, 1}; }
                else { n = 3; order = new int[] {1, 3, 2, 1}; }
                break;
            case DUP2:
                if (c2top) { n = 1; order = new int[] {1, 1}; }
                else { n = 2; order = new int[] {2, 1, 2, 1}; }
                break;
            case DUP2_X1:
                if (c2top) { n = 2; order = new int[] {1, 2, 1}; }
                else { n = 3; order = new int[] {2, 1, 3, 2, 1}; }
                break;
            case DUP2_X2:
                if (c2top) {
                    if (c2second) { n = 2; order = new int[] {1, 2, 1}; }
                    else { n = 3; order = new int[] {1, 3, 2, 1}; }
                } else {
                    boolean c2third = f.getStack(sp - 3).getSize() == 2;
                    if (c2third) { n = 3; order = new int[] {2, 1, 3, 2, 1}; }
                    else { n = 4; order = new int[] {2, 1, 4, 3, 2, 1}; }
                }
                break;
            case SWAP: n = 2; order = new int[] {1, 2}; break;
            default: throw new CompileError("not a stack instruction: " + op);
        }
        List<String> temps = new ArrayList<>();
        StringBuilder b = new StringBuilder("{ ");
        for (int v = 1; v <= n; v++) {
            BasicValue bv = f.getStack(sp - v);
            char k = MethodEmitter.kind(bv);
            String t = "t" + v;
            temps.add(t);
            b.append(MethodEmitter.ctype(k)).append(k == 'a' ? "" : " ").append(t).append(" = s").append(sp - v).append(k).append("; ");
        }
        int base = sp - n;
        for (int i = 0; i < order.length; i++) {
            int v = order[i];
            char k = MethodEmitter.kind(f.getStack(sp - v));
            b.append('s').append(base + i).append(k).append(" = t").append(v).append("; ");
        }
        out.append(b.append("}\n"));
    }
}
