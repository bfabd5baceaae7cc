package os2.user.sh;

/** The text of a {@link LineEditor}: code points and a cursor between them. */
final class LineBuffer {
    private int[] cps = new int[64];
    private int len;
    private int cursor;

    int length() {
        return len;
    }

    int cursor() {
        return cursor;
    }

    int at(int i) {
        return cps[i];
    }

    void setCursor(int c) {
        cursor = c;
    }

    void clear() {
        len = 0;
        cursor = 0;
    }

    /** Replaces the text, cursor at the end. */
    void set(String s) {
        clear();
        s.codePoints().forEach(this::insert);
    }

    void insert(int cp) {
        if (len == cps.length) {
            cps = java.util.Arrays.copyOf(cps, len * 2);
        }
        System.arraycopy(cps, cursor, cps, cursor + 1, len - cursor);
        cps[cursor++] = cp;
        len++;
    }

    /** Removes [from, to); the cursor moves to from if it was inside or after. */
    void delete(int from, int to) {
        System.arraycopy(cps, to, cps, from, len - to);
        len -= to - from;
        if (cursor >= to) {
            cursor -= to - from;
        } else if (cursor > from) {
            cursor = from;
        }
    }

    String text() {
        return text(0, len);
    }

    String text(int from, int to) {
        return new String(cps, from, to - from);
    }
}
