package java.util;

/** Splits a string into tokens at delimiter characters (optionally returning the delimiters too). */
public class StringTokenizer implements Enumeration<Object> {
    private int currentPosition;
    private final int maxPosition;
    private final String str;
    private String delimiters;
    private final boolean retDelims;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        this.str = str;
        this.maxPosition = str.length();
        this.delimiters = delim;
        this.retDelims = returnDelims;
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private boolean isDelimiter(char c) {
        return delimiters != null && delimiters.indexOf(c) >= 0;
    }

    private int skipDelimiters(int startPos) {
        if (delimiters == null) {
            throw new NullPointerException();
        }
        int position = startPos;
        while (!retDelims && position < maxPosition && isDelimiter(str.charAt(position))) {
            position++;
        }
        return position;
    }

    private int scanToken(int startPos) {
        int position = startPos;
        while (position < maxPosition && !isDelimiter(str.charAt(position))) {
            position++;
        }
        if (retDelims && startPos == position && position < maxPosition && isDelimiter(str.charAt(position))) {
            position++;
        }
        return position;
    }

    public boolean hasMoreTokens() {
        return skipDelimiters(currentPosition) < maxPosition;
    }

    public String nextToken() {
        currentPosition = skipDelimiters(currentPosition);
        if (currentPosition >= maxPosition) {
            throw new NoSuchElementException();
        }
        int start = currentPosition;
        currentPosition = scanToken(currentPosition);
        return str.substring(start, currentPosition);
    }

    public String nextToken(String delim) {
        delimiters = delim;
        return nextToken();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public Object nextElement() {
        return nextToken();
    }

    public int countTokens() {
        int count = 0;
        int pos = currentPosition;
        while (pos < maxPosition) {
            pos = skipDelimiters(pos);
            if (pos >= maxPosition) {
                break;
            }
            pos = scanToken(pos);
            count++;
        }
        return count;
    }
}
