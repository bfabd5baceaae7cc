package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;

/**
 * Tokens (separated by whitespace) and lines from text, read as needed: next, nextLine, nextInt and friends
 * with the JDK's exceptions (InputMismatchException leaves the token to be read again). Custom delimiters,
 * patterns and Readable sources (java.nio's CharBuffer) are not provided.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private Reader source;
    private final StringBuilder buf = new StringBuilder();
    private int pos;
    private boolean eof;
    private boolean closed;

    public Scanner(InputStream source) {
        this(new InputStreamReader(source));
    }

    public Scanner(InputStream source, String charsetName) {
        this(source);
    }

    private Scanner(Reader source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public Scanner(String source) {
        this(new StringReader(source));
    }

    /** Reads more input into buf; false at the end. */
    private boolean more() {
        if (eof) {
            return false;
        }
        char[] c = new char[1024];
        int n;
        try {
            n = source.read(c, 0, c.length);
        } catch (IOException e) {
            n = -1;
        }
        if (n <= 0) {
            eof = true;
            return false;
        }
        if (pos > 4096) {   // drop what was consumed
            buf.delete(0, pos);
            pos = 0;
        }
        buf.append(c, 0, n);
        return true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    private boolean charAt(int i) {
        while (i >= buf.length()) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    /** The next token's [start, end) in buf, or null when only whitespace is left. */
    private int[] token() {
        ensureOpen();
        int s = pos;
        while (charAt(s) && Character.isWhitespace(buf.charAt(s))) {
            s++;
        }
        if (!charAt(s)) {
            return null;
        }
        int e = s;
        while (charAt(e) && !Character.isWhitespace(buf.charAt(e))) {
            e++;
        }
        return new int[] {s, e};
    }

    public boolean hasNext() {
        return token() != null;
    }

    public String next() {
        int[] t = token();
        if (t == null) {
            throw new NoSuchElementException();
        }
        pos = t[1];
        return buf.substring(t[0], t[1]);
    }

    public boolean hasNextLine() {
        ensureOpen();
        return charAt(pos);
    }

    public String nextLine() {
        ensureOpen();
        if (!charAt(pos)) {
            throw new NoSuchElementException("No line found");
        }
        int e = pos;
        while (charAt(e)) {
            char c = buf.charAt(e);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                break;
            }
            e++;
        }
        String line = buf.substring(pos, e);
        pos = e;
        if (charAt(pos)) {
            char c = buf.charAt(pos++);
            if (c == '\r' && charAt(pos) && buf.charAt(pos) == '\n') {
                pos++;
            }
        }
        return line;
    }

    /** An integer token as Integer/Long.parseLong takes it (group separators of en_US removed), or null. */
    private static String integer(String t) {
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        if (i == t.length()) {
            return null;
        }
        boolean grouped = t.indexOf(',') >= 0;
        for (int k = i; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == ',' ? (t.length() - k) % 4 != 0 || k == i : !Character.isDigit(c)) {
                return null;
            }
        }
        return grouped ? t.replace(",", "") : t;
    }

    private String peek() {
        int[] t = token();
        if (t == null) {
            throw new NoSuchElementException();
        }
        return buf.substring(t[0], t[1]);
    }

    private void consume() {
        pos = token()[1];
    }

    public boolean hasNextInt() {
        return hasNextLong(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public boolean hasNextLong() {
        return hasNextLong(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private boolean hasNextLong(long min, long max) {
        int[] t = token();
        String s = t == null ? null : integer(buf.substring(t[0], t[1]));
        if (s == null) {
            return false;
        }
        try {
            long v = Long.parseLong(s);
            return v >= min && v <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public int nextInt() {
        String s = integer(peek());
        if (s == null) {
            throw new InputMismatchException();
        }
        try {
            int v = Integer.parseInt(s);
            consume();
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public long nextLong() {
        String s = integer(peek());
        if (s == null) {
            throw new InputMismatchException();
        }
        try {
            long v = Long.parseLong(s);
            consume();
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    /** A decimal number token (digits, point, exponent, NaN, Infinity; no hex or type suffix), or null. */
    private static String decimal(String t) {
        String u = t.replace(",", "");
        char last = u.isEmpty() ? ' ' : u.charAt(u.length() - 1);
        if (u.isEmpty() || "dDfF".indexOf(last) >= 0 || u.contains("x") || u.contains("X")) {
            return null;
        }
        try {
            Double.parseDouble(u);
            return u;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean hasNextDouble() {
        int[] t = token();
        return t != null && decimal(buf.substring(t[0], t[1])) != null;
    }

    public double nextDouble() {
        String s = decimal(peek());
        if (s == null) {
            throw new InputMismatchException();
        }
        consume();
        return Double.parseDouble(s);
    }

    public boolean hasNextBoolean() {
        int[] t = token();
        return t != null && (buf.substring(t[0], t[1]).equalsIgnoreCase("true") || buf.substring(t[0], t[1]).equalsIgnoreCase("false"));
    }

    public boolean nextBoolean() {
        String s = peek();
        if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
            throw new InputMismatchException();
        }
        consume();
        return s.equalsIgnoreCase("true");
    }

    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            source.close();
        } catch (IOException ignored) {
            // as the JDK's Scanner, which keeps it for ioException()
        }
    }
}
