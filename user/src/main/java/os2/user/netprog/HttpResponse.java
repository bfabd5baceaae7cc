package os2.user.netprog;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP/1.1 response parser (RFC 9112) fed bytes as they arrive: the status line, the
 * header fields, then the body framed by Content-Length, by chunked transfer coding, or
 * by the end of the connection; the body's bytes go to a {@link Body} as they are
 * decoded. Interim (1xx) responses are skipped; 204, 304 and responses to HEAD have no
 * body. Malformed input is an {@link HttpException} naming what was wrong.
 */
public final class HttpResponse {
    /** Where decoded body bytes go. */
    public interface Body {
        void write(byte[] b, int off, int len);
    }

    /** A response that breaks the protocol; the message says how. */
    public static final class HttpException extends RuntimeException {
        public HttpException(String message) {
            super(message);
        }
    }

    /** Longest status line, header line or chunk-size line accepted. */
    public static final int MAX_LINE = 8192;
    /** Most header fields accepted. */
    public static final int MAX_HEADERS = 100;

    private static final int STATUS = 0, HEADERS = 1, LENGTH = 2, CHUNK_SIZE = 3, CHUNK_DATA = 4, CHUNK_END = 5,
            TRAILERS = 6, UNTIL_CLOSE = 7, DONE = 8;

    private final boolean head;
    private final StringBuilder line = new StringBuilder();
    private int state = STATUS;
    private int status;
    private String reason = "";
    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private long remaining;
    private long bodyBytes;
    private boolean sawCr;

    /** A parser for the response to a GET (head: to a HEAD, which has no body). */
    public HttpResponse(boolean head) {
        this.head = head;
    }

    /**
     * Parses b[off..off+len); body bytes go to body. Returns how many bytes were used:
     * len, or fewer once the response is complete (the rest belongs to no response).
     */
    public int feed(byte[] b, int off, int len, Body body) {
        int i = off;
        int end = off + len;
        while (i < end && state != DONE) {
            switch (state) {
                case LENGTH: {
                    int n = (int) Math.min(remaining, end - i);
                    body.write(b, i, n);
                    bodyBytes += n;
                    remaining -= n;
                    i += n;
                    if (remaining == 0) {
                        state = DONE;
                    }
                    break;
                }
                case CHUNK_DATA: {
                    int n = (int) Math.min(remaining, end - i);
                    body.write(b, i, n);
                    bodyBytes += n;
                    remaining -= n;
                    i += n;
                    if (remaining == 0) {
                        state = CHUNK_END;
                    }
                    break;
                }
                case UNTIL_CLOSE: {
                    body.write(b, i, end - i);
                    bodyBytes += end - i;
                    i = end;
                    break;
                }
                default:
                    if (lineByte(b[i++])) {
                        String l = line.toString();
                        line.setLength(0);
                        onLine(l);
                    }
                    break;
            }
        }
        return i - off;
    }

    /** Adds one byte of a line; true at its end (CRLF, or a bare LF as RFC 9112 allows). */
    private boolean lineByte(byte c) {
        if (c == '\n') {
            sawCr = false;
            return true;
        }
        if (sawCr) {
            throw new HttpException("a bare CR inside a line");
        }
        if (c == '\r') {
            sawCr = true;
            return false;
        }
        if (line.length() >= MAX_LINE) {
            throw new HttpException("a line longer than " + MAX_LINE + " bytes");
        }
        line.append((char) (c & 0xFF));
        return false;
    }

    private void onLine(String l) {
        switch (state) {
            case STATUS:
                statusLine(l);
                break;
            case HEADERS:
                if (l.isEmpty()) {
                    headersDone();
                } else {
                    headerLine(l);
                }
                break;
            case CHUNK_SIZE:
                chunkSize(l);
                break;
            case CHUNK_END:
                if (!l.isEmpty()) {
                    throw new HttpException("chunk data longer than its size");
                }
                state = CHUNK_SIZE;
                break;
            case TRAILERS:
                if (l.isEmpty()) {
                    state = DONE;
                }
                break;
            default:
                throw new IllegalStateException("no line expected in state " + state);
        }
    }

    private void statusLine(String l) {
        if (!l.startsWith("HTTP/1.") || l.length() < 12 || l.charAt(8) != ' ' || l.length() > 12 && l.charAt(12) != ' ') {
            throw new HttpException("not an HTTP/1.x status line: \"" + clip(l) + "\"");
        }
        int code = 0;
        for (int k = 9; k < 12; k++) {
            char c = l.charAt(k);
            if (c < '0' || c > '9') {
                throw new HttpException("a status code must be 3 digits: \"" + clip(l) + "\"");
            }
            code = code * 10 + (c - '0');
        }
        if (code < 100) {
            throw new HttpException("no such status code " + code);
        }
        status = code;
        reason = l.length() > 13 ? l.substring(13) : "";
        names.clear();
        values.clear();
        state = HEADERS;
    }

    private void headerLine(String l) {
        if (l.charAt(0) == ' ' || l.charAt(0) == '\t') {
            throw new HttpException("obsolete line folding in the header");
        }
        int colon = l.indexOf(':');
        if (colon <= 0) {
            throw new HttpException("a header line without a name: \"" + clip(l) + "\"");
        }
        String name = l.substring(0, colon);
        for (int k = 0; k < name.length(); k++) {
            if (name.charAt(k) <= ' ' || name.charAt(k) >= 127) {
                throw new HttpException("a bad header name: \"" + clip(name) + "\"");
            }
        }
        if (names.size() >= MAX_HEADERS) {
            throw new HttpException("more than " + MAX_HEADERS + " header fields");
        }
        names.add(name);
        values.add(l.substring(colon + 1).trim());
    }

    private void headersDone() {
        if (status < 200) {
            state = STATUS;   // an interim response (100 Continue...): the real one follows
            return;
        }
        String te = header("Transfer-Encoding");
        if (head || status == 204 || status == 304) {
            state = DONE;
        } else if (te != null) {
            String last = te.substring(te.lastIndexOf(',') + 1).trim();
            if (!last.equalsIgnoreCase("chunked")) {
                throw new HttpException("unsupported transfer coding \"" + te + "\"");
            }
            state = CHUNK_SIZE;
        } else if (contentLength() >= 0) {
            remaining = contentLength();
            state = remaining == 0 ? DONE : LENGTH;
        } else {
            state = UNTIL_CLOSE;
        }
    }

    /** The Content-Length (every copy must agree), or -1 if there is none. */
    public long contentLength() {
        long v = -1;
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k).equalsIgnoreCase("Content-Length")) {
                long n = number(values.get(k), 10, "Content-Length");
                if (v >= 0 && n != v) {
                    throw new HttpException("conflicting Content-Length values " + v + " and " + n);
                }
                v = n;
            }
        }
        return v;
    }

    private void chunkSize(String l) {
        int semi = l.indexOf(';');
        String hex = (semi < 0 ? l : l.substring(0, semi)).trim();
        remaining = number(hex, 16, "chunk size");
        state = remaining == 0 ? TRAILERS : CHUNK_DATA;
    }

    /** Digits in radix as a non-negative long; HttpException for anything else or an overflow. */
    static long number(String s, int radix, String what) {
        if (s.isEmpty() || s.length() > 15) {
            throw new HttpException("a bad " + what + ": \"" + clip(s) + "\"");
        }
        long v = 0;
        for (int k = 0; k < s.length(); k++) {
            int d = Character.digit(s.charAt(k), radix);
            if (d < 0) {
                throw new HttpException("a bad " + what + ": \"" + clip(s) + "\"");
            }
            v = v * radix + d;
        }
        return v;
    }

    /** The end of the connection: fine if the body ends with it; else HttpException (the response was cut). */
    public void finish() {
        if (state == UNTIL_CLOSE) {
            state = DONE;
        }
        if (state == STATUS && status == 0 && line.length() == 0) {
            throw new HttpException("the server closed the connection without a response");
        }
        if (state != DONE) {
            throw new HttpException("the connection ended before the response did (" + bodyBytes + " body bytes"
                    + (state == LENGTH ? " of " + (bodyBytes + remaining) : "") + ")");
        }
    }

    /** True once the whole response is parsed. */
    public boolean done() {
        return state == DONE;
    }

    /** True once the status line and header fields are parsed. */
    public boolean headersParsed() {
        return state != STATUS && state != HEADERS;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** The first header field called name (case-insensitive), or null. */
    public String header(String name) {
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k).equalsIgnoreCase(name)) {
                return values.get(k);
            }
        }
        return null;
    }

    /** Header fields of the final response parsed so far. */
    public int headerCount() {
        return names.size();
    }

    /** Header field i's name. */
    public String headerName(int i) {
        return names.get(i);
    }

    /** Header field i's value (without surrounding white space). */
    public String headerValue(int i) {
        return values.get(i);
    }

    /** Body bytes decoded so far. */
    public long bodyBytes() {
        return bodyBytes;
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
