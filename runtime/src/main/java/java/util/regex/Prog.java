package java.util.regex;

/**
 * A compiled pattern: instructions for a backtracking matcher that keeps its choice points on an
 * explicit stack (an int array that grows), never on the Java stack, so no pattern or input can cause
 * a StackOverflowError; the cost of a pathological pattern is time (exponential, as with the JDK)
 * and stack memory (about 16 bytes per open choice point). Register writes are logged on the same
 * stack and undone when the matcher backtracks over them.
 *
 * <p>Semantics follow the JDK's: alternatives in order, greedy/lazy/possessive quantifiers, a loop
 * whose iteration matched the empty string stops iterating, lookarounds and atomic groups keep
 * only their first match, lookbehind tries start points from the nearest (its length bounds)
 * backwards.
 */
final class Prog {
    // instructions (operands follow the opcode in code[])
    static final int CHAR = 0;       // c
    static final int SET = 1;        // pred
    static final int SPLIT = 2;      // first, second
    static final int JMP = 3;        // target
    static final int OPEN = 4;       // group
    static final int CLOSE = 5;      // group
    static final int REP_INIT = 6;   // r
    static final int REP_LOOP = 7;   // r, min, max, lazy, exit, group to restore, GroupCurly's group or -1 (REP_ENTER follows, then the body)
    static final int REP_ENTER = 8;  // r, group
    static final int STAR = 9;       // isSet, char or pred, min, max, mode
    static final int ASSERT = 10;    // kind
    static final int BACKREF = 11;   // group, ci
    static final int LOOK = 12;      // r, negative, continuation
    static final int LOOK_END = 13;  // r, negative
    static final int LB = 14;        // r, negative, min, max, continuation
    static final int LB_END = 15;    // r, negative
    static final int ATOMIC = 16;    // r
    static final int ATOMIC_END = 17; // r
    static final int MATCH = 18;

    static final int A_BEGIN = 0;
    static final int A_END = 1;
    static final int A_CARET = 2;
    static final int A_UCARET = 3;
    static final int A_DOLLAR = 4;
    static final int A_DOLLAR_M = 5;
    static final int A_UDOLLAR = 6;
    static final int A_UDOLLAR_M = 7;
    static final int A_BOUND = 8;
    static final int A_NOT_BOUND = 9;
    static final int A_LAST_MATCH = 10;
    /** Added to A_BOUND/A_NOT_BOUND under UNICODE_CHARACTER_CLASS. */
    static final int A_UNICODE = 16;

    // backtrack stack entries: 4 ints, the first is the type
    private static final int T_CHOICE = 0;     // pc, pos
    private static final int T_UNDO = 1;       // register, old value
    private static final int T_BARRIER = 2;
    private static final int T_STAR_BACK = 3;  // pc, pos, lowest pos
    private static final int T_STAR_LAZY = 4;  // pc, pos, count
    private static final int T_LB_TRY = 5;     // pc, start, lowest start

    final int[] code;
    final CharPred[] preds;
    final int regCount;
    final int groupSlots;
    final int groupCount;
    final int minLength;

    Prog(int[] code, CharPred[] preds, int regCount, int groupSlots, int groupCount, int minLength) {
        this.code = code;
        this.preds = preds;
        this.regCount = regCount;
        this.groupSlots = groupSlots;
        this.groupCount = groupCount;
        this.minLength = minLength;
    }

    /** The state of one run: text, bounds, registers (groups first) and the backtrack stack. */
    static final class Exec {
        char[] s;
        int from;
        int to;
        int anchorFrom;
        int anchorTo;
        int lastEnd;
        boolean endAnchor;
        int[] regs;
        int[] stk = new int[64];
        int sp;
        int matchEnd;

        void push(int type, int a, int b, int c) {
            if (sp + 4 > stk.length) {
                int[] bigger = new int[stk.length * 2];
                System.arraycopy(stk, 0, bigger, 0, sp);
                stk = bigger;
            }
            stk[sp] = type;
            stk[sp + 1] = a;
            stk[sp + 2] = b;
            stk[sp + 3] = c;
            sp += 4;
        }

        void set(int reg, int value) {
            if (regs[reg] != value) {
                push(T_UNDO, reg, regs[reg], 0);
                regs[reg] = value;
            }
        }

        /** Registers below this are group bounds. */
        int groupRegs;

        /**
         * Drops the choice points above mark, keeping the register log except for group bounds: as in
         * the JDK, groups captured inside a lookaround or atomic group that matched are not reset when
         * the matcher later backtracks past it.
         */
        void cut(int mark) {
            int w = mark;
            for (int i = mark; i < sp; i += 4) {
                if (stk[i] == T_UNDO && stk[i + 1] >= groupRegs) {
                    stk[w] = T_UNDO;
                    stk[w + 1] = stk[i + 1];
                    stk[w + 2] = stk[i + 2];
                    w += 4;
                }
            }
            sp = w;
        }

        /**
         * Forgets the logged writes above mark to group bounds other than group own's: the JDK does not
         * reset groups captured inside an iteration of a loop over a deterministic group.
         */
        void keep(int mark, int own) {
            int w = mark;
            for (int i = mark; i < sp; i += 4) {
                int reg = stk[i + 1];
                if (stk[i] != T_UNDO || reg >= groupRegs || reg >> 1 == own) {
                    stk[w] = stk[i];
                    stk[w + 1] = reg;
                    stk[w + 2] = stk[i + 2];
                    stk[w + 3] = stk[i + 3];
                    w += 4;
                }
            }
            sp = w;
        }

        /** Pops everything above mark, undoing register writes but for group bounds (see cut). */
        void unwind(int mark) {
            while (sp > mark) {
                sp -= 4;
                if (stk[sp] == T_UNDO && stk[sp + 1] >= groupRegs) {
                    regs[stk[sp + 1]] = stk[sp + 2];
                }
            }
        }
    }

    /** Whether the program matches at start; on success x.matchEnd and the group registers are set. */
    boolean run(Exec x, int start) {
        final int[] code = this.code;
        final char[] s = x.s;
        final int to = x.to;
        final int groupTmp = groupSlots * 2;
        x.groupRegs = groupTmp;
        int pc = 0;
        int pos = start;
        x.sp = 0;
        for (;;) {
            boolean ok = true;
            switch (code[pc]) {
                case CHAR: {
                    int c = code[pc + 1];
                    if (c < 0x10000) {
                        ok = pos < to && s[pos] == c;
                        pos++;
                    } else {
                        ok = pos + 1 < to && codePointAt(s, pos) == c;
                        pos += 2;
                    }
                    pc += 2;
                    break;
                }
                case SET: {
                    int np = step(s, to, pos, 1, code[pc + 1]);
                    ok = np >= 0;
                    pos = np;
                    pc += 2;
                    break;
                }
                case SPLIT:
                    x.push(T_CHOICE, code[pc + 2], pos, 0);
                    pc = code[pc + 1];
                    break;
                case JMP:
                    pc = code[pc + 1];
                    break;
                case OPEN:
                    x.set(groupTmp + code[pc + 1], pos);
                    pc += 2;
                    break;
                case CLOSE: {
                    int g = code[pc + 1];
                    x.set(2 * g, x.regs[groupTmp + g]);
                    x.set(2 * g + 1, pos);
                    pc += 2;
                    break;
                }
                case REP_INIT: {
                    int r = code[pc + 1];
                    x.set(r, 0);
                    x.set(r + 1, -1);
                    pc += 2;
                    break;
                }
                case REP_LOOP: {
                    int r = code[pc + 1];
                    int count = x.regs[r];
                    int began = x.regs[r + 1];
                    int exit = code[pc + 5];
                    if (began >= 0 && code[pc + 7] >= 0) {
                        // a GroupCurly keeps the captures of groups inside its body (see Exec.keep)
                        x.keep(x.regs[r + 4], code[pc + 7]);
                    }
                    if (began >= 0 && pos == began) {
                        int g = code[pc + 6];
                        if (g > 0 && count > code[pc + 2]) {
                            // the JDK's loop over a deterministic group drops an empty extra iteration's capture
                            x.set(2 * g, x.regs[r + 2]);
                            x.set(2 * g + 1, x.regs[r + 3]);
                        }
                        pc = exit;
                    } else if (count < code[pc + 2]) {
                        pc += 8;
                    } else if (count < code[pc + 3]) {
                        if (code[pc + 4] != 0) {
                            x.push(T_CHOICE, pc + 8, pos, 0);
                            pc = exit;
                        } else {
                            x.push(T_CHOICE, exit, pos, 0);
                            pc += 8;
                        }
                    } else {
                        pc = exit;
                    }
                    break;
                }
                case REP_ENTER: {
                    int r = code[pc + 1];
                    int g = code[pc + 2];
                    x.set(r + 4, x.sp);
                    x.set(r, x.regs[r] + 1);
                    x.set(r + 1, pos);
                    if (g > 0) {
                        x.set(r + 2, x.regs[2 * g]);
                        x.set(r + 3, x.regs[2 * g + 1]);
                    }
                    pc += 3;
                    break;
                }
                case STAR: {
                    int np = star(x, pc, pos);
                    ok = np >= 0;
                    pos = np;
                    pc += 6;
                    break;
                }
                case ASSERT:
                    ok = Assertions.test(x, code[pc + 1], pos);
                    pc += 2;
                    break;
                case BACKREF: {
                    int np = backref(x, code[pc + 1], code[pc + 2], pos);
                    ok = np >= 0;
                    pos = np;
                    pc += 3;
                    break;
                }
                case LOOK: {
                    int r = code[pc + 1];
                    x.set(r + 1, pos);
                    x.set(r, x.sp);
                    if (code[pc + 2] != 0) {
                        x.push(T_CHOICE, code[pc + 3], pos, 0);
                    } else {
                        x.push(T_BARRIER, 0, 0, 0);
                    }
                    pc += 4;
                    break;
                }
                case LOOK_END:
                case LB_END: {
                    int r = code[pc + 1];
                    if (code[pc] == LB_END && pos != x.regs[r + 1]) {
                        ok = false;
                    } else if (code[pc + 2] != 0) {
                        x.unwind(x.regs[r]);
                        ok = false;
                    } else {
                        pos = x.regs[r + 1];
                        x.cut(x.regs[r]);
                        pc += 3;
                    }
                    break;
                }
                case LB: {
                    int r = code[pc + 1];
                    x.set(r + 1, pos);
                    x.set(r, x.sp);
                    if (code[pc + 2] != 0) {
                        x.push(T_CHOICE, code[pc + 5], pos, 0);
                    } else {
                        x.push(T_BARRIER, 0, 0, 0);
                    }
                    int hi = pos - code[pc + 3];
                    int max = code[pc + 4];
                    int lo = max >= pos - x.from ? x.from : pos - max;
                    if (hi >= lo) {
                        x.push(T_LB_TRY, pc, hi, lo);
                    }
                    ok = false;
                    break;
                }
                case ATOMIC: {
                    x.set(code[pc + 1], x.sp);
                    x.push(T_BARRIER, 0, 0, 0);
                    pc += 2;
                    break;
                }
                case ATOMIC_END:
                    x.cut(x.regs[code[pc + 1]]);
                    pc += 2;
                    break;
                default: // MATCH
                    if (x.endAnchor && pos != to) {
                        ok = false;
                        break;
                    }
                    x.matchEnd = pos;
                    return true;
            }
            if (ok) {
                continue;
            }
            // backtrack: resume at the newest choice point, undoing register writes on the way
            for (;;) {
                if (x.sp == 0) {
                    return false;
                }
                x.sp -= 4;
                int[] stk = x.stk;
                int sp = x.sp;
                int type = stk[sp];
                if (type == T_UNDO) {
                    x.regs[stk[sp + 1]] = stk[sp + 2];
                    continue;
                }
                if (type == T_CHOICE) {
                    pc = stk[sp + 1];
                    pos = stk[sp + 2];
                    break;
                }
                if (type == T_STAR_BACK) {
                    int at = stk[sp + 1];
                    int low = stk[sp + 3];
                    int np = stk[sp + 2] - 1;
                    if (np - 1 >= low && Character.isLowSurrogate(s[np]) && Character.isHighSurrogate(s[np - 1])) {
                        np--;
                    }
                    if (np > low) {
                        x.push(T_STAR_BACK, at, np, low);
                    }
                    pc = at + 6;
                    pos = np;
                    break;
                }
                if (type == T_STAR_LAZY) {
                    int at = stk[sp + 1];
                    int count = stk[sp + 3];
                    int np = step(s, to, stk[sp + 2], code[at + 1], code[at + 2]);
                    if (np < 0) {
                        continue;
                    }
                    if (count + 1 < code[at + 4]) {
                        x.push(T_STAR_LAZY, at, np, count + 1);
                    }
                    pc = at + 6;
                    pos = np;
                    break;
                }
                if (type == T_LB_TRY) {
                    int at = stk[sp + 1];
                    int j = stk[sp + 2];
                    int lo = stk[sp + 3];
                    if (j - 1 >= lo) {
                        x.push(T_LB_TRY, at, j - 1, lo);
                    }
                    pc = at + 6;
                    pos = j;
                    break;
                }
                // T_BARRIER: nothing to resume here
            }
        }
    }

    /** One code point at pos tested by a STAR/SET atom: the position after it, or -1. */
    private int step(char[] s, int to, int pos, int isSet, int value) {
        if (pos >= to) {
            return -1;
        }
        if (isSet == 0) {
            if (value < 0x10000) {
                return s[pos] == value ? pos + 1 : -1;
            }
            return pos + 1 < to && codePointAt(s, pos) == value ? pos + 2 : -1;
        }
        int c = codePointAt(s, pos);
        int np = pos + Character.charCount(c);
        return np <= to && preds[value].is(c) ? np : -1;
    }

    private int star(Exec x, int pc, int pos) {
        int isSet = code[pc + 1];
        int value = code[pc + 2];
        int min = code[pc + 3];
        int max = code[pc + 4];
        int mode = code[pc + 5];
        int count = 0;
        while (count < min) {
            pos = step(x.s, x.to, pos, isSet, value);
            if (pos < 0) {
                return -1;
            }
            count++;
        }
        if (mode == Node.LAZY) {
            if (count < max) {
                x.push(T_STAR_LAZY, pc, pos, count);
            }
            return pos;
        }
        int low = pos;
        while (count < max) {
            int np = step(x.s, x.to, pos, isSet, value);
            if (np < 0) {
                break;
            }
            pos = np;
            count++;
        }
        if (mode == Node.GREEDY && pos > low) {
            x.push(T_STAR_BACK, pc, pos, low);
        }
        return pos;
    }

    private static int backref(Exec x, int g, int ci, int pos) {
        int gs = x.regs[2 * g];
        int ge = x.regs[2 * g + 1];
        if (gs < 0 || ge < 0) {
            return -1;
        }
        int n = ge - gs;
        if (pos + n > x.to) {
            return -1;
        }
        char[] s = x.s;
        if (ci == 0) {
            for (int i = 0; i < n; i++) {
                if (s[gs + i] != s[pos + i]) {
                    return -1;
                }
            }
            return pos + n;
        }
        int i = 0;
        while (i < n) {
            int c1 = codePointAt(s, gs + i);
            int c2 = codePointAt(s, pos + i);
            if (c1 != c2) {
                if (ci == 2) {
                    int u1 = Character.toUpperCase(c1);
                    int u2 = Character.toUpperCase(c2);
                    if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
                        return -1;
                    }
                } else if (CharPred.asciiLower(c1) != CharPred.asciiLower(c2)) {
                    return -1;
                }
            }
            i += Character.charCount(c1);
        }
        return pos + n;
    }

    static int codePointAt(char[] s, int i) {
        char c = s[i];
        if (Character.isHighSurrogate(c) && i + 1 < s.length && Character.isLowSurrogate(s[i + 1])) {
            return Character.toCodePoint(c, s[i + 1]);
        }
        return c;
    }

    static int codePointBefore(char[] s, int i) {
        char c = s[i - 1];
        if (Character.isLowSurrogate(c) && i - 2 >= 0 && Character.isHighSurrogate(s[i - 2])) {
            return Character.toCodePoint(s[i - 2], c);
        }
        return c;
    }
}
