package java.lang;

/**
 * A mutable sequence of chars: the target of every string concatenation the
 * compiler generates, so it is final (direct calls) and self-contained (no
 * shared base class to delegate through). Numbers are formatted straight into
 * the buffer without temporary strings. StringBuffer delegates to this class.
 */
public final class StringBuilder implements java.io.Serializable, Comparable<StringBuilder>, CharSequence, Appendable {
    private char[] value;
    private int count;

    public StringBuilder() {
        value = new char[16];
    }

    public StringBuilder(int capacity) {
        value = new char[capacity];
    }

    public StringBuilder(String str) {
        char[] s = str.valueArray();
        value = new char[s.length + 16];
        System.arraycopy(s, 0, value, 0, s.length);
        count = s.length;
    }

    public StringBuilder(CharSequence seq) {
        this(seq.length() + 16);
        append(seq);
    }

    // ---- capacity ---------------------------------------------------------

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > value.length) {
            grow(minimumCapacity);
        }
    }

    /** Grows to at least min chars: twice the old capacity plus two, as the JDK does. */
    private void grow(int min) {
        if (min < 0) {
            throw new OutOfMemoryError("Requested array size exceeds VM limit");
        }
        int cap = (value.length << 1) + 2;
        if (cap < min || cap < 0) {
            cap = min;
        }
        char[] v = new char[cap];
        System.arraycopy(value, 0, v, 0, count);
        value = v;
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] v = new char[count];
            System.arraycopy(value, 0, v, 0, count);
            value = v;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        if (newLength > value.length) {
            grow(newLength);
        }
        for (int i = count; i < newLength; i++) {
            value[i] = 0;
        }
        count = newLength;
    }

    // ---- access -----------------------------------------------------------

    @Override
    public int length() {
        return count;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= count) {
            throw String.indexError(index, count);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        if (index < 0 || index >= count) {
            throw String.indexError(index, count);
        }
        return Character.codePointAt(value, index, count);
    }

    public int codePointBefore(int index) {
        if (index < 1 || index > count) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > count) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRange(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        String.checkOffsetCount(dstBegin, n, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, n);
    }

    public void setCharAt(int index, char ch) {
        if (index < 0 || index >= count) {
            throw String.indexError(index, count);
        }
        value[index] = ch;
    }

    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
        }
    }

    // ---- append -----------------------------------------------------------

    public StringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public StringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        char[] s = str.valueArray();
        int n = s.length;
        int c = count;
        if (c + n > value.length) {
            grow(c + n);
        }
        char[] v = value;
        if (n <= SHORT_COPY) {
            // a call to arraycopy costs more than copying a few chars here
            for (int k = 0; k < n; k++) {
                v[c + k] = s[k];
            }
        } else {
            System.arraycopy(s, 0, v, c, n);
        }
        count = c + n;
        return this;
    }

    /** Strings up to this length are appended by a loop instead of System.arraycopy. */
    private static final int SHORT_COPY = 8;

    public StringBuilder append(StringBuffer sb) {
        if (sb == null) {
            return appendNull();
        }
        return append(sb.builder());
    }

    /** Appends another builder's chars directly. */
    StringBuilder append(StringBuilder sb) {
        int n = sb.count;
        if (count + n > value.length) {
            grow(count + n);
        }
        System.arraycopy(sb.value, 0, value, count, n);
        count += n;
        return this;
    }

    @Override
    public StringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String) {
            return append((String) s);
        }
        if (s instanceof StringBuilder) {
            return append((StringBuilder) s);
        }
        if (s instanceof StringBuffer) {
            return append(((StringBuffer) s).builder());
        }
        return append(s, 0, s.length());
    }

    @Override
    public StringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        if (start < 0 || start > end || end > s.length()) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        }
        int n = end - start;
        if (count + n > value.length) {
            grow(count + n);
        }
        if (s instanceof String) {
            System.arraycopy(((String) s).valueArray(), start, value, count, n);
        } else {
            for (int i = start; i < end; i++) {
                value[count + i - start] = s.charAt(i);
            }
        }
        count += n;
        return this;
    }

    public StringBuilder append(char[] str) {
        return append(str, 0, str.length);
    }

    public StringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        if (offset < 0 || len < 0 || end > str.length || end < 0) {
            throw new IndexOutOfBoundsException("start " + offset + ", end " + end + ", length " + str.length);
        }
        if (count + len > value.length) {
            grow(count + len);
        }
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    private StringBuilder appendNull() {
        if (count + 4 > value.length) {
            grow(count + 4);
        }
        char[] v = value;
        int c = count;
        v[c] = 'n';
        v[c + 1] = 'u';
        v[c + 2] = 'l';
        v[c + 3] = 'l';
        count = c + 4;
        return this;
    }

    public StringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    @Override
    public StringBuilder append(char c) {
        if (count == value.length) {
            grow(count + 1);
        }
        value[count++] = c;
        return this;
    }

    public StringBuilder append(int i) {
        int n = Integer.stringSize(i);
        if (count + n > value.length) {
            grow(count + n);
        }
        count += n;
        Integer.getChars(i, count, value);
        return this;
    }

    public StringBuilder append(long l) {
        int n = Long.stringSize(l);
        if (count + n > value.length) {
            grow(count + n);
        }
        count += n;
        Long.getChars(l, count, value);
        return this;
    }

    public StringBuilder append(float f) {
        return append(FloatFormat.toString(f));
    }

    public StringBuilder append(double d) {
        return append(FloatFormat.toString(d));
    }

    public StringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(Character.notACodePoint(codePoint));
        }
        append(Character.highSurrogate(codePoint));
        return append(Character.lowSurrogate(codePoint));
    }

    // ---- editing ----------------------------------------------------------

    public StringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        checkRange(start, end, count);
        int n = end - start;
        if (n > 0) {
            System.arraycopy(value, end, value, start, count - end);
            count -= n;
        }
        return this;
    }

    public StringBuilder deleteCharAt(int index) {
        if (index < 0 || index >= count) {
            throw String.indexError(index, count);
        }
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public StringBuilder replace(int start, int end, String str) {
        if (end > count) {
            end = count;
        }
        checkRange(start, end, count);
        char[] s = str.valueArray();
        int newCount = count + s.length - (end - start);
        if (newCount > value.length) {
            grow(newCount);
        }
        System.arraycopy(value, end, value, start + s.length, count - end);
        System.arraycopy(s, 0, value, start, s.length);
        count = newCount;
        return this;
    }

    /** Opens a gap of n chars at offset (already checked). */
    private void openGap(int offset, int n) {
        if (count + n > value.length) {
            grow(count + n);
        }
        System.arraycopy(value, offset, value, offset + n, count - offset);
        count += n;
    }

    public StringBuilder insert(int offset, String str) {
        checkOffset(offset);
        if (str == null) {
            str = "null";
        }
        char[] s = str.valueArray();
        openGap(offset, s.length);
        System.arraycopy(s, 0, value, offset, s.length);
        return this;
    }

    public StringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index);
        checkRange(offset, offset + len, str.length);
        openGap(index, len);
        System.arraycopy(str, offset, value, index, len);
        return this;
    }

    public StringBuilder insert(int offset, char[] str) {
        checkOffset(offset);
        openGap(offset, str.length);
        System.arraycopy(str, 0, value, offset, str.length);
        return this;
    }

    public StringBuilder insert(int dstOffset, CharSequence s) {
        return insert(dstOffset, String.valueOf(s));
    }

    public StringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        checkOffset(dstOffset);
        if (s == null) {
            s = "null";
        }
        if (start < 0 || start > end || end > s.length()) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        }
        return insert(dstOffset, s.subSequence(start, end).toString());
    }

    public StringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public StringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public StringBuilder insert(int offset, char c) {
        checkOffset(offset);
        openGap(offset, 1);
        value[offset] = c;
        return this;
    }

    public StringBuilder insert(int offset, int i) {
        return insert(offset, Integer.toString(i));
    }

    public StringBuilder insert(int offset, long l) {
        return insert(offset, Long.toString(l));
    }

    public StringBuilder insert(int offset, float f) {
        return insert(offset, FloatFormat.toString(f));
    }

    public StringBuilder insert(int offset, double d) {
        return insert(offset, FloatFormat.toString(d));
    }

    /** Reverses the chars, keeping surrogate pairs in order. */
    public StringBuilder reverse() {
        char[] v = value;
        int n = count;
        boolean surrogates = false;
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            char a = v[i];
            char b = v[j];
            surrogates |= Character.isSurrogate(a) || Character.isSurrogate(b);
            v[i] = b;
            v[j] = a;
        }
        if (n % 2 == 1) {
            surrogates |= Character.isSurrogate(v[n / 2]);
        }
        if (surrogates) {
            for (int i = 0; i < n - 1; i++) {
                if (Character.isLowSurrogate(v[i]) && Character.isHighSurrogate(v[i + 1])) {
                    char t = v[i];
                    v[i] = v[i + 1];
                    v[i + 1] = t;
                    i++;
                }
            }
        }
        return this;
    }

    // ---- searching and extracting -----------------------------------------

    public int indexOf(String str) {
        return String.indexOf(value, count, str.valueArray(), 0);
    }

    public int indexOf(String str, int fromIndex) {
        return String.indexOf(value, count, str.valueArray(), fromIndex);
    }

    public int lastIndexOf(String str) {
        return String.lastIndexOf(value, count, str.valueArray(), count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(value, count, str.valueArray(), fromIndex);
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        checkRange(start, end, count);
        return new String(value, start, end - start);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    @Override
    public String toString() {
        return new String(copyChars(), true);
    }

    /** A fresh array of exactly the current chars. */
    char[] copyChars() {
        char[] v = new char[count];
        System.arraycopy(value, 0, v, 0, count);
        return v;
    }

    @Override
    public int compareTo(StringBuilder another) {
        char[] a = value;
        char[] b = another.value;
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return count - another.count;
    }
}
