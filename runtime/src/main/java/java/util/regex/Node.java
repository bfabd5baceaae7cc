package java.util.regex;

import java.util.ArrayList;

/** A node of a parsed pattern; Compiler turns the tree into the matcher's instructions. */
final class Node {
    static final int CHAR = 0;      // ch, a literal code point
    static final int SET = 1;       // pred
    static final int SEQ = 2;       // kids in order
    static final int ALT = 3;       // kids, tried in order
    static final int GROUP = 4;     // kids[0]; group > 0 captures
    static final int REPEAT = 5;    // kids[0], min, max, mode
    static final int ASSERT = 6;    // ch: one of the Prog.A_* kinds
    static final int BACKREF = 7;   // group, ci (0, ASCII, Unicode)
    static final int LOOK = 8;      // kids[0], behind, negative
    static final int ATOMIC = 9;    // kids[0]
    static final int EMPTY = 10;

    static final int GREEDY = 0;
    static final int LAZY = 1;
    static final int POSSESSIVE = 2;

    final int kind;
    int ch;
    CharPred pred;
    ArrayList<Node> kids = new ArrayList<>();
    int group;
    int min;
    int max;
    int mode;
    boolean behind;
    boolean negative;
    int ci;
    /** REPEAT: written as '?' (the JDK makes that a branch, not a loop). */
    boolean ques;

    Node(int kind) {
        this.kind = kind;
    }

    static Node of(int kind, Node kid) {
        Node n = new Node(kind);
        n.kids.add(kid);
        return n;
    }

    /** The fewest chars this node matches (JDK's study: one per character test). */
    int minLength() {
        switch (kind) {
            case CHAR:
                return Character.charCount(ch);
            case SET:
                return 1;
            case SEQ: {
                long sum = 0;
                for (Node k : kids) {
                    sum += k.minLength();
                }
                return (int) Math.min(sum, Integer.MAX_VALUE);
            }
            case ALT: {
                int m = Integer.MAX_VALUE;
                for (Node k : kids) {
                    m = Math.min(m, k.minLength());
                }
                return kids.isEmpty() ? 0 : m;
            }
            case GROUP:
            case ATOMIC:
                return kids.get(0).minLength();
            case REPEAT:
                return (int) Math.min((long) kids.get(0).minLength() * min, Integer.MAX_VALUE);
            default:
                return 0;
        }
    }

    /** The most chars this node matches, Integer.MAX_VALUE if unbounded, -1 if unknown (a back reference). */
    int maxLength() {
        switch (kind) {
            case CHAR:
                return Character.charCount(ch);
            case SET:
                return 1;
            case SEQ: {
                long sum = 0;
                for (Node k : kids) {
                    int m = k.maxLength();
                    if (m < 0) {
                        return -1;
                    }
                    sum += m;
                }
                return (int) Math.min(sum, Integer.MAX_VALUE);
            }
            case ALT: {
                int m = 0;
                for (Node k : kids) {
                    int x = k.maxLength();
                    if (x < 0) {
                        return -1;
                    }
                    m = Math.max(m, x);
                }
                return m;
            }
            case GROUP:
            case ATOMIC:
                return kids.get(0).maxLength();
            case REPEAT: {
                int m = kids.get(0).maxLength();
                if (m < 0) {
                    return -1;
                }
                return (int) Math.min((long) m * max, Integer.MAX_VALUE);
            }
            case BACKREF:
                return -1;
            default:
                return 0;
        }
    }
}
