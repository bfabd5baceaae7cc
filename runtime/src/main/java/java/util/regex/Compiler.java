package java.util.regex;

import java.util.ArrayList;

/**
 * Turns a Node tree into Prog's instruction array. Registers (Prog.regs) hold, in order: the
 * start and end of every group (at least 10 groups, as the JDK, so \1..\9 always name a slot), each
 * group's start while it is open, and the counters and saved positions of loops and lookarounds.
 */
final class Compiler {
    private int[] code = new int[64];
    private int n;
    private final ArrayList<CharPred> preds = new ArrayList<>();
    private final int groupSlots;
    private int regCount;

    private Compiler(int groups) {
        groupSlots = Math.max(groups + 1, 10);
        regCount = groupSlots * 3;
    }

    static Prog compile(Node root, int groups) {
        Compiler c = new Compiler(groups);
        c.emit(root);
        c.op(Prog.MATCH);
        int[] code = new int[c.n];
        System.arraycopy(c.code, 0, code, 0, c.n);
        return new Prog(code, c.preds.toArray(new CharPred[0]), c.regCount, c.groupSlots, groups, root.minLength());
    }

    private int op(int... words) {
        int at = n;
        if (n + words.length > code.length) {
            int[] bigger = new int[Math.max(code.length * 2, n + words.length)];
            System.arraycopy(code, 0, bigger, 0, n);
            code = bigger;
        }
        for (int w : words) {
            code[n++] = w;
        }
        return at;
    }

    private int pred(CharPred p) {
        preds.add(p);
        return preds.size() - 1;
    }

    private int regs(int count) {
        int r = regCount;
        regCount += count;
        return r;
    }

    private void emit(Node node) {
        switch (node.kind) {
            case Node.CHAR:
                op(Prog.CHAR, node.ch);
                break;
            case Node.SET:
                op(Prog.SET, pred(node.pred));
                break;
            case Node.SEQ:
                for (Node k : node.kids) {
                    emit(k);
                }
                break;
            case Node.ALT:
                emitAlt(node);
                break;
            case Node.GROUP:
                if (node.group > 0) {
                    op(Prog.OPEN, node.group);
                    emit(node.kids.get(0));
                    op(Prog.CLOSE, node.group);
                } else {
                    emit(node.kids.get(0));
                }
                break;
            case Node.REPEAT:
                emitRepeat(node);
                break;
            case Node.ASSERT:
                op(Prog.ASSERT, node.ch);
                break;
            case Node.BACKREF:
                op(Prog.BACKREF, node.group, node.ci);
                break;
            case Node.LOOK:
                emitLook(node);
                break;
            case Node.ATOMIC: {
                int r = regs(1);
                op(Prog.ATOMIC, r);
                emit(node.kids.get(0));
                op(Prog.ATOMIC_END, r);
                break;
            }
            default:
                break;
        }
    }

    private void emitAlt(Node node) {
        int count = node.kids.size();
        int[] jumps = new int[count];
        for (int i = 0; i < count; i++) {
            if (i < count - 1) {
                int split = op(Prog.SPLIT, 0, 0);
                code[split + 1] = n;
                emit(node.kids.get(i));
                jumps[i] = op(Prog.JMP, 0);
                code[split + 2] = n;
            } else {
                emit(node.kids.get(i));
            }
        }
        for (int i = 0; i < count - 1; i++) {
            code[jumps[i] + 1] = n;
        }
    }

    private void emitRepeat(Node node) {
        Node body = node.kids.get(0);
        if (node.max == 0) {
            return;
        }
        if (body.kind == Node.CHAR || body.kind == Node.SET) {
            boolean isSet = body.kind == Node.SET;
            op(Prog.STAR, isSet ? 1 : 0, isSet ? pred(body.pred) : body.ch, node.min, node.max, node.mode);
            return;
        }
        if (node.mode == Node.POSSESSIVE) {
            int r = regs(1);
            op(Prog.ATOMIC, r);
            emitLoop(node, body, false);
            op(Prog.ATOMIC_END, r);
            return;
        }
        emitLoop(node, body, node.mode == Node.LAZY);
    }

    private void emitLoop(Node node, Node body, boolean lazy) {
        int r = regs(5);
        // the JDK's GroupCurly: a quantified group whose body matches one way only
        boolean groupCurly = !node.ques && body.kind == Node.GROUP && deterministic(body.kids.get(0));
        int g = groupCurly ? body.group : -1;
        int restore = !lazy && node.mode == Node.GREEDY && g > 0 ? g : 0;
        op(Prog.REP_INIT, r);
        int loop = op(Prog.REP_LOOP, r, node.min, node.max, lazy ? 1 : 0, 0, restore, g);
        op(Prog.REP_ENTER, r, restore);
        emit(body);
        op(Prog.JMP, loop);
        code[loop + 5] = n;
    }

    /** The JDK's notion of a body that can match in one way only (no alternation, fixed repetition counts). */
    private static boolean deterministic(Node n) {
        switch (n.kind) {
            case Node.ALT:
                return false;
            case Node.REPEAT:
                return n.min == n.max && deterministic(n.kids.get(0));
            case Node.SEQ:
            case Node.GROUP:
            case Node.ATOMIC:
                for (Node k : n.kids) {
                    if (!deterministic(k)) {
                        return false;
                    }
                }
                return true;
            default:
                return true;
        }
    }

    private void emitLook(Node node) {
        Node body = node.kids.get(0);
        int r = regs(2);
        int neg = node.negative ? 1 : 0;
        int begin;
        if (node.behind) {
            begin = op(Prog.LB, r, neg, body.minLength(), body.maxLength(), 0);
            emit(body);
            op(Prog.LB_END, r, neg);
            code[begin + 5] = n;
        } else {
            begin = op(Prog.LOOK, r, neg, 0);
            emit(body);
            op(Prog.LOOK_END, r, neg);
            code[begin + 3] = n;
        }
    }
}
