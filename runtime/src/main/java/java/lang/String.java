package java.lang;

import java.util.Comparator;
import java.util.Iterator;

/**
 * An immutable sequence of UTF-16 chars.
 *
 * The layout (a char[] and a cached hash) is what the compiler emits for string
 * literals, so the two fields must stay first and in this order. Unlike the JDK
 * there is no Latin-1 compaction; where the JDK's exception messages differ
 * between its Latin-1 and UTF-16 representations, the message is chosen by
 * looking at the content (only on the error path).
 *
 * Regular expressions: split/matches/replaceAll/replaceFirst go through
 * java.util.regex.Pattern, except split's one-char fast path (as the JDK's).
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    /** 0 until computed (a string whose hash is 0 just recomputes it). */
    private int hash;

    private static final char[] EMPTY = new char[0];

    /** Case-insensitive order as compareToIgnoreCase. */
    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    public String() {
        value = EMPTY;
    }

    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    public String(char[] value) {
        this.value = copyOf(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkOffsetCount(offset, count, value.length);
        this.value = copyOf(value, offset, count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkOffsetCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (cp >= 0 && cp < 0x10000) {
                n++;
            } else if (cp >= 0x10000 && cp <= 0x10FFFF) {
                n += 2;
            } else {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            j += Character.toChars(codePoints[i], v, j);
        }
        this.value = v;
    }

    /** Decodes UTF-8 (the platform charset of OS2). */
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkOffsetCount(offset, length, bytes.length);
        this.value = utf8ToChars(bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws java.io.UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        checkOffsetCount(offset, length, bytes.length);
        int cs = charsetOf(charsetName);
        if (cs == CS_UTF8) {
            this.value = utf8ToChars(bytes, offset, length);
        } else {
            char[] v = new char[length];
            for (int i = 0; i < length; i++) {
                int b = bytes[offset + i] & 0xFF;
                v[i] = (cs == CS_ASCII && b > 127) ? '\uFFFD' : (char) b;
            }
            this.value = v;
        }
    }

    public String(StringBuilder builder) {
        this.value = builder.copyChars();
    }

    public String(StringBuffer buffer) {
        this.value = buffer.copyChars();
    }

    /** Takes ownership of value (no copy): for the library's own freshly built arrays. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    private static char[] copyOf(char[] src, int off, int n) {
        if (n == 0) {
            return EMPTY;
        }
        char[] v = new char[n];
        System.arraycopy(src, off, v, 0, n);
        return v;
    }

    // ---- bounds checks with the JDK's messages ----------------------------

    static void checkOffsetCount(int offset, int count, int length) {
        if ((offset | count) < 0 || count > length - offset) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
        }
    }

    static StringIndexOutOfBoundsException indexError(int index, int length) {
        return new StringIndexOutOfBoundsException("index " + index + ", length " + length);
    }

    /** The JDK words charAt's error differently for Latin-1 and UTF-16 strings. */
    private StringIndexOutOfBoundsException charAtError(int index) {
        for (char c : value) {
            if (c > 0xFF) {
                return indexError(index, value.length);
            }
        }
        return new StringIndexOutOfBoundsException(index);
    }

    // ---- basic access -----------------------------------------------------

    @Override
    public int length() {
        return value.length;
    }

    @Override
    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public char charAt(int index) {
        char[] v = value;
        if (index < 0 || index >= v.length) {
            throw charAtError(index);
        }
        return v[index];
    }

    public int codePointAt(int index) {
        char[] v = value;
        if (index < 0 || index >= v.length) {
            throw indexError(index, v.length);
        }
        return Character.codePointAt(v, index, v.length);
    }

    public int codePointBefore(int index) {
        char[] v = value;
        if (index < 1 || index > v.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBefore(v, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(value, 0, value.length, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBeginEnd(srcBegin, srcEnd, value.length);
        int n = srcEnd - srcBegin;
        if (dstBegin < 0 || dstBegin > dst.length - n) {
            checkOffsetCount(dstBegin, n, dst.length);
        }
        System.arraycopy(value, srcBegin, dst, dstBegin, n);
    }

    public char[] toCharArray() {
        char[] v = new char[value.length];
        System.arraycopy(value, 0, v, 0, v.length);
        return v;
    }

    /** The backing array, for the library's readers in this package (never modify it). */
    char[] valueArray() {
        return value;
    }

    // ---- bytes ------------------------------------------------------------

    private static final int CS_UTF8 = 0;
    private static final int CS_LATIN1 = 1;
    private static final int CS_ASCII = 2;

    private static int charsetOf(String name) throws java.io.UnsupportedEncodingException {
        if (name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8")) {
            return CS_UTF8;
        }
        if (name.equalsIgnoreCase("ISO-8859-1") || name.equalsIgnoreCase("latin1")
                || name.equalsIgnoreCase("ISO8859_1")) {
            return CS_LATIN1;
        }
        if (name.equalsIgnoreCase("US-ASCII") || name.equalsIgnoreCase("ASCII")) {
            return CS_ASCII;
        }
        throw new java.io.UnsupportedEncodingException(name);
    }

    /** UTF-8, the platform charset. */
    public byte[] getBytes() {
        return encodeUtf8(value, 0, value.length);
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        int cs = charsetOf(charsetName);
        if (cs == CS_UTF8) {
            return getBytes();
        }
        int limit = cs == CS_LATIN1 ? 0xFF : 0x7F;
        char[] v = value;
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            b[i] = c <= limit ? (byte) c : (byte) '?';
        }
        return b;
    }

    /** Number of UTF-8 bytes for chars[off, off+n); unpaired surrogates count as '?'. */
    static int utf8Length(char[] v, int off, int n) {
        int len = 0;
        int end = off + n;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                len++;
            } else if (c < 0x800) {
                len += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(v[i + 1])) {
                len += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                len++;
            } else {
                len += 3;
            }
        }
        return len;
    }

    static byte[] encodeUtf8(char[] v, int off, int n) {
        byte[] b = new byte[utf8Length(v, off, n)];
        encodeUtf8(v, off, n, b, 0);
        return b;
    }

    /** Encodes chars into b at pos (which must have room); returns the new position. */
    static int encodeUtf8(char[] v, int off, int n, byte[] b, int pos) {
        int end = off + n;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                b[pos++] = (byte) c;
            } else if (c < 0x800) {
                b[pos++] = (byte) (0xC0 | (c >> 6));
                b[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(v[i + 1])) {
                int cp = Character.toCodePoint(c, v[++i]);
                b[pos++] = (byte) (0xF0 | (cp >> 18));
                b[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[pos++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[pos++] = (byte) '?';
            } else {
                b[pos++] = (byte) (0xE0 | (c >> 12));
                b[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return pos;
    }

    static String decodeUtf8(byte[] b, int off, int len) {
        return new String(utf8ToChars(b, off, len), true);
    }

    /** UTF-8 to UTF-16; each malformed byte becomes U+FFFD. */
    private static char[] utf8ToChars(byte[] b, int off, int len) {
        char[] out = new char[len];
        int n = 0;
        int end = off + len;
        int i = off;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out[n++] = (char) c;
                i++;
            } else if (c >= 0xC2 && c <= 0xDF && i + 1 < end && isCont(b[i + 1])) {
                out[n++] = (char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F));
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF && i + 2 < end && isCont(b[i + 1]) && isCont(b[i + 2])) {
                int cp = ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
                if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    out[n++] = '\uFFFD';
                    i++;
                } else {
                    out[n++] = (char) cp;
                    i += 3;
                }
            } else if (c >= 0xF0 && c <= 0xF4 && i + 3 < end && isCont(b[i + 1]) && isCont(b[i + 2])
                    && isCont(b[i + 3])) {
                int cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6)
                        | (b[i + 3] & 0x3F);
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    out[n++] = '\uFFFD';
                    i++;
                } else {
                    out[n++] = Character.highSurrogate(cp);
                    out[n++] = Character.lowSurrogate(cp);
                    i += 4;
                }
            } else {
                out[n++] = '\uFFFD';
                i++;
            }
        }
        if (n == out.length) {
            return out;
        }
        return copyOf(out, 0, n);
    }

    private static boolean isCont(byte b) {
        return (b & 0xC0) == 0x80;
    }

    // ---- comparison -------------------------------------------------------

    @Override
    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] a = value;
        char[] b = ((String) anObject).value;
        int n = a.length;
        if (n != b.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** The JDK's hash: s[0]*31^(n-1) + ... + s[n-1] (string switches depend on it). */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (char c : value) {
                h = 31 * h + c;
            }
            hash = h;
        }
        return h;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String) {
            return equals(cs);
        }
        int n = value.length;
        if (cs.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        if (this == anotherString) {
            return true;
        }
        return anotherString != null && anotherString.value.length == value.length
                && regionMatches(true, 0, anotherString, 0, value.length);
    }

    @Override
    public int compareTo(String anotherString) {
        char[] a = value;
        char[] b = anotherString.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return a.length - b.length;
    }

    public int compareToIgnoreCase(String str) {
        char[] a = value;
        char[] b = str.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            char c1 = a[i];
            char c2 = b[i];
            if (c1 != c2) {
                c1 = Character.toLowerCase(Character.toUpperCase(c1));
                c2 = Character.toLowerCase(Character.toUpperCase(c2));
                if (c1 != c2) {
                    return c1 - c2;
                }
            }
        }
        return a.length - b.length;
    }

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        @Override
        public int compare(String s1, String s2) {
            return s1.compareToIgnoreCase(s2);
        }
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        char[] a = value;
        char[] b = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) a.length - len || ooffset > (long) b.length - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c1 = a[toffset + i];
            char c2 = b[ooffset + i];
            if (c1 == c2) {
                continue;
            }
            if (!ignoreCase) {
                return false;
            }
            char u1 = Character.toUpperCase(c1);
            char u2 = Character.toUpperCase(c2);
            if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        char[] p = prefix.value;
        char[] v = value;
        if (toffset < 0 || toffset > v.length - p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (v[toffset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    // ---- searching --------------------------------------------------------

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        int i = Math.max(fromIndex, 0);
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (; i < v.length; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (; i < v.length - 1; i++) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        int i = Math.min(fromIndex, v.length - 1);
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (; i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (i = Math.min(i, v.length - 2); i >= 0; i--) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(value, value.length, str.value, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    /** First occurrence of t in s[0, n) at or after from (shared with StringBuilder). */
    static int indexOf(char[] s, int n, char[] t, int from) {
        int tn = t.length;
        if (from < 0) {
            from = 0;
        }
        if (from >= n) {
            return tn == 0 ? n : -1;
        }
        if (tn == 0) {
            return from;
        }
        char first = t[0];
        int max = n - tn;
        for (int i = from; i <= max; i++) {
            if (s[i] != first) {
                continue;
            }
            int j = 1;
            while (j < tn && s[i + j] == t[j]) {
                j++;
            }
            if (j == tn) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(value, value.length, str.value, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    /** Last occurrence of t in s[0, n) starting at or before from. */
    static int lastIndexOf(char[] s, int n, char[] t, int from) {
        int tn = t.length;
        int i = Math.min(from, n - tn);
        if (i < 0) {
            return -1;
        }
        for (; i >= 0; i--) {
            int j = 0;
            while (j < tn && s[i + j] == t[j]) {
                j++;
            }
            if (j == tn) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- derived strings --------------------------------------------------

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        int n = value.length;
        checkBeginEnd(beginIndex, endIndex, n);
        if (beginIndex == 0 && endIndex == n) {
            return this;
        }
        return new String(copyOf(value, beginIndex, endIndex - beginIndex), true);
    }

    @Override
    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        if (value.length == 0) {
            return str;
        }
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) {
            return this;
        }
        char[] v = value;
        int i = 0;
        while (i < v.length && v[i] != oldChar) {
            i++;
        }
        if (i == v.length) {
            return this;
        }
        char[] r = new char[v.length];
        System.arraycopy(v, 0, r, 0, i);
        for (; i < v.length; i++) {
            char c = v[i];
            r[i] = c == oldChar ? newChar : c;
        }
        return new String(r, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        char[] t = target.toString().value;
        char[] r = replacement.toString().value;
        char[] v = value;
        int j = indexOf(v, v.length, t, 0);
        if (j < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(v.length + 16);
        int i = 0;
        if (t.length == 0) {
            // an empty target matches before every char and at the end
            for (char c : v) {
                sb.append(r, 0, r.length).append(c);
            }
            return sb.append(r, 0, r.length).toString();
        }
        do {
            sb.append(v, i, j - i).append(r, 0, r.length);
            i = j + t.length;
            j = indexOf(v, v.length, t, i);
        } while (j >= 0);
        return sb.append(v, i, v.length - i).toString();
    }

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        char[] r = regex.value;
        // the common cases without the matcher: one plain char, or an escaped non-alphanumeric
        if (r.length == 1 && ".$|()[{^?*+\\".indexOf(r[0]) < 0) {
            return splitChar(r[0], limit);
        }
        if (r.length == 2 && r[0] == '\\' && !Character.isLetterOrDigit(r[1]) && r[1] < 0x80) {
            return splitChar(r[1], limit);
        }
        return java.util.regex.Pattern.compile(regex).split(this, limit);
    }

    private String[] splitChar(char ch, int limit) {
        char[] v = value;
        int count = 0;
        for (char c : v) {
            if (c == ch) {
                count++;
            }
        }
        if (count == 0) {
            return new String[] {this};
        }
        int max = limit > 0 ? Math.min(limit, count + 1) : count + 1;
        String[] parts = new String[max];
        int n = 0;
        int start = 0;
        for (int i = 0; i < v.length && n < max - 1; i++) {
            if (v[i] == ch) {
                parts[n++] = new String(copyOf(v, start, i - start), true);
                start = i + 1;
            }
        }
        parts[n++] = new String(copyOf(v, start, v.length - start), true);
        return trimSplit(parts, n, limit);
    }

    /** With limit 0, trailing empty strings are dropped. */
    static String[] trimSplit(String[] parts, int n, int limit) {
        if (limit == 0) {
            while (n > 0 && parts[n - 1].value.length == 0) {
                n--;
            }
        }
        if (n == parts.length) {
            return parts;
        }
        String[] r = new String[n];
        System.arraycopy(parts, 0, r, 0, n);
        return r;
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        String d = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(d);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        String d = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Iterator<? extends CharSequence> it = elements.iterator(); it.hasNext();) {
            CharSequence cs = it.next();
            if (!first) {
                sb.append(d);
            }
            sb.append(cs);
            first = false;
        }
        return sb.toString();
    }

    /** Root-locale lower case with the special casings and the final sigma (CaseMap). */
    public String toLowerCase() {
        return CaseMap.toLowerCase(this);
    }

    /** Root-locale upper case with the one-to-many special casings, e.g. "ß" to "SS" (CaseMap). */
    public String toUpperCase() {
        return CaseMap.toUpperCase(this);
    }

    /** Removes chars <= ' ' from both ends. */
    public String trim() {
        char[] v = value;
        int b = 0;
        int e = v.length;
        while (b < e && v[b] <= ' ') {
            b++;
        }
        while (e > b && v[e - 1] <= ' ') {
            e--;
        }
        return substring(b, e);
    }

    /** Removes Character.isWhitespace chars from both ends. */
    public String strip() {
        int b = firstNonWhitespace();
        return b == value.length ? "" : substring(b, lastNonWhitespace() + 1);
    }

    public String stripLeading() {
        return substring(firstNonWhitespace());
    }

    public String stripTrailing() {
        return substring(0, lastNonWhitespace() + 1);
    }

    public boolean isBlank() {
        return firstNonWhitespace() == value.length;
    }

    private int firstNonWhitespace() {
        int i = 0;
        while (i < value.length && Character.isWhitespace(value[i])) {
            i++;
        }
        return i;
    }

    private int lastNonWhitespace() {
        int i = value.length - 1;
        while (i >= 0 && Character.isWhitespace(value[i])) {
            i--;
        }
        return i;
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int n = value.length;
        if (n == 0 || count == 0) {
            return "";
        }
        if ((long) n * count > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] r = new char[n * count];
        System.arraycopy(value, 0, r, 0, n);
        // double the filled prefix until done
        int filled = n;
        while (filled < r.length) {
            int chunk = Math.min(filled, r.length - filled);
            System.arraycopy(r, 0, r, filled, chunk);
            filled += chunk;
        }
        return new String(r, true);
    }

    @Override
    public String toString() {
        return this;
    }

    public String intern() {
        return Interned.intern(this);
    }

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    // ---- valueOf ----------------------------------------------------------

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return FloatFormat.toString(f);
    }

    public static String valueOf(double d) {
        return FloatFormat.toString(d);
    }

    /** The lines, split at \\n, \\r or \\r\\n; an empty last line is not one. */
    public java.util.stream.Stream<String> lines() {
        return java.util.stream.Streams.of(() -> new java.util.Iterator<String>() {
            private int pos;

            public boolean hasNext() {
                return pos < value.length;
            }

            public String next() {
                char[] v = value;
                if (pos >= v.length) {
                    throw new java.util.NoSuchElementException();
                }
                int start = pos;
                int end = start;
                while (end < v.length && v[end] != '\n' && v[end] != '\r') {
                    end++;
                }
                pos = end < v.length && v[end] == '\r' && end + 1 < v.length && v[end + 1] == '\n' ? end + 2 : end + 1;
                return substring(start, end);
            }
        }, null);
    }
}
