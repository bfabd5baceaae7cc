package java.util;

import static java.util.FormatSpec.ALT;
import static java.util.FormatSpec.GROUP;
import static java.util.FormatSpec.LEFT;
import static java.util.FormatSpec.PAREN;
import static java.util.FormatSpec.PLUS;
import static java.util.FormatSpec.SPACE;
import static java.util.FormatSpec.UPPER;
import static java.util.FormatSpec.ZERO;

/** Prints one argument for {@link Formatter} according to a {@link FormatSpec}. */
final class FormatPrinter {
    private FormatPrinter() {
    }

    static void print(StringBuilder sb, FormatSpec fs, Object arg) {
        switch (fs.conv) {
            case 'b' -> printString(sb, fs, arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true");
            case 'h' -> printString(sb, fs, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
            case 's' -> {
                if ((fs.flags & ALT) != 0) {
                    throw fs.mismatch(ALT); // only Formattable arguments accept '#'
                }
                printString(sb, fs, String.valueOf(arg));
            }
            case 'c' -> printChar(sb, fs, arg);
            case 'd', 'o', 'x' -> printInteger(sb, fs, arg);
            case 'e', 'f', 'g' -> {
                if (arg instanceof Double) {
                    FormatFloat.print(sb, fs, (Double) arg);
                } else if (arg instanceof Float) {
                    FormatFloat.print(sb, fs, (Float) arg);
                } else if (arg == null) {
                    printString(sb, fs, "null");
                } else {
                    throw new IllegalFormatConversionException(fs.conv, arg.getClass());
                }
            }
            case 'a' -> {
                if (arg instanceof Double) {
                    FormatHex.print(sb, fs, (Double) arg);
                } else if (arg instanceof Float) {
                    FormatHex.print(sb, fs, (Float) arg);
                } else if (arg == null) {
                    printString(sb, fs, "null");
                } else {
                    throw new IllegalFormatConversionException(fs.conv, arg.getClass());
                }
            }
            case '%' -> printString(sb, fs, "%");
            default -> sb.append('\n'); // 'n'
        }
    }

    /** Precision truncates, then upper-casing, then padding to the width. */
    static void printString(StringBuilder sb, FormatSpec fs, String s) {
        if (fs.precision != -1 && fs.precision < s.length()) {
            s = s.substring(0, fs.precision);
        }
        if ((fs.flags & UPPER) != 0) {
            s = s.toUpperCase();
        }
        int start = sb.length();
        sb.append(s);
        justify(sb, fs, start);
    }

    /** Pads sb[start..] with spaces to the width, on the left or (flag '-') on the right. */
    static void justify(StringBuilder sb, FormatSpec fs, int start) {
        int pad = fs.width - (sb.length() - start);
        if (pad <= 0) {
            return;
        }
        if ((fs.flags & LEFT) != 0) {
            for (int k = 0; k < pad; k++) {
                sb.append(' ');
            }
        } else {
            sb.insert(start, spaces(pad));
        }
    }

    private static String spaces(int n) {
        char[] c = new char[n];
        for (int k = 0; k < n; k++) {
            c[k] = ' ';
        }
        return new String(c);
    }

    private static void printChar(StringBuilder sb, FormatSpec fs, Object arg) {
        String s;
        if (arg == null) {
            s = "null";
        } else if (arg instanceof Character) {
            s = String.valueOf(((Character) arg).charValue());
        } else {
            int cp;
            if (arg instanceof Byte) {
                cp = (Byte) arg;
            } else if (arg instanceof Short) {
                cp = (Short) arg;
            } else if (arg instanceof Integer) {
                cp = (Integer) arg;
            } else {
                throw new IllegalFormatConversionException(fs.conv, arg.getClass());
            }
            if (cp < 0 || cp > 0x10FFFF) {
                throw new IllegalFormatCodePointException(cp);
            }
            if (cp < 0x10000) {
                s = String.valueOf((char) cp);
            } else {
                int v = cp - 0x10000;
                s = new String(new char[] {(char) (0xD800 + (v >>> 10)), (char) (0xDC00 + (v & 0x3FF))});
            }
        }
        printString(sb, fs, s);
    }

    private static void printInteger(StringBuilder sb, FormatSpec fs, Object arg) {
        long v;
        int bits;
        if (arg instanceof Integer) {
            v = (Integer) arg;
            bits = 32;
        } else if (arg instanceof Long) {
            v = (Long) arg;
            bits = 64;
        } else if (arg instanceof Byte) {
            v = (Byte) arg;
            bits = 8;
        } else if (arg instanceof Short) {
            v = (Short) arg;
            bits = 16;
        } else if (arg == null) {
            printString(sb, fs, "null");
            return;
        } else if (arg instanceof java.math.BigInteger) {
            printBig(sb, fs, (java.math.BigInteger) arg);
            return;
        } else {
            throw new IllegalFormatConversionException(fs.conv, arg.getClass());
        }
        int start = sb.length();
        int f = fs.flags;
        if (fs.conv == 'd') {
            boolean neg = v < 0;
            leadingSign(sb, f, neg);
            String digits = Long.toString(v);
            int width = fs.width;
            if (width != -1 && neg && (f & PAREN) != 0) {
                width--;
            }
            magnitude(sb, digits, neg ? 1 : 0, digits.length(), f, width, start);
            if (neg && (f & PAREN) != 0) {
                sb.append(')');
            }
        } else {
            // the JDK checks these in this order, and only for primitive-typed arguments
            if ((f & PAREN) != 0) {
                throw fs.mismatch(PAREN);
            }
            if ((f & SPACE) != 0) {
                throw fs.mismatch(SPACE);
            }
            if ((f & PLUS) != 0) {
                throw fs.mismatch(PLUS);
            }
            if (v < 0 && bits < 64) {
                v += 1L << bits; // two's complement of the argument's own width
            }
            boolean hex = fs.conv == 'x';
            String s = hex ? Long.toHexString(v) : Long.toOctalString(v);
            int len = s.length();
            if ((f & ALT) != 0) {
                sb.append(hex ? ((f & UPPER) != 0 ? "0X" : "0x") : "0");
                len += hex ? 2 : 1;
            }
            if ((f & ZERO) != 0) {
                for (int k = len; k < fs.width; k++) {
                    sb.append('0');
                }
            }
            sb.append((f & UPPER) != 0 ? s.toUpperCase() : s);
        }
        justify(sb, fs, start);
    }

    /** BigInteger: like long, but o/x print a sign and magnitude instead of two's complement. */
    private static void printBig(StringBuilder sb, FormatSpec fs, java.math.BigInteger value) {
        int start = sb.length();
        int f = fs.flags;
        boolean neg = value.signum() < 0;
        java.math.BigInteger v = value.abs();
        leadingSign(sb, f, neg);
        if (fs.conv == 'd') {
            int width = fs.width;
            if (width != -1 && neg && (f & PAREN) != 0) {
                width--;
            }
            String digits = v.toString();
            magnitude(sb, digits, 0, digits.length(), f, width, start);
        } else {
            boolean hex = fs.conv == 'x';
            String s = v.toString(hex ? 16 : 8);
            int len = s.length() + (sb.length() - start);
            if (neg && (f & PAREN) != 0) {
                len++;
            }
            if ((f & ALT) != 0) {
                len += hex ? 2 : 1;
                sb.append(hex ? ((f & UPPER) != 0 ? "0X" : "0x") : "0");
            }
            if ((f & ZERO) != 0) {
                for (int k = len; k < fs.width; k++) {
                    sb.append('0');
                }
            }
            sb.append((f & UPPER) != 0 ? s.toUpperCase() : s);
        }
        if (neg && (f & PAREN) != 0) {
            sb.append(')');
        }
        justify(sb, fs, start);
    }

    static void leadingSign(StringBuilder sb, int f, boolean neg) {
        if (!neg) {
            if ((f & PLUS) != 0) {
                sb.append('+');
            } else if ((f & SPACE) != 0) {
                sb.append(' ');
            }
        } else {
            sb.append((f & PAREN) != 0 ? '(' : '-');
        }
    }

    /**
     * Appends digits s[from..to) (which may contain one '.'), grouping the integer part by
     * threes with ',' under flag ',', then zero-pads after the sign so that
     * sb[start..] is at least width long under flag '0'.
     */
    static void magnitude(StringBuilder sb, CharSequence s, int from, int to, int f, int width, int start) {
        int begin = sb.length();
        int dot = to;
        for (int j = from; j < to; j++) {
            if (s.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = (f & GROUP) != 0;
        for (int j = from; j < to; j++) {
            char c = s.charAt(j);
            sb.append(c);
            if (group && j < dot - 1 && (dot - j) % 3 == 1) {
                sb.append(',');
            }
        }
        if (width != -1 && (f & ZERO) != 0) {
            int pad = width - (sb.length() - start);
            if (pad > 0) {
                char[] z = new char[pad];
                for (int k = 0; k < pad; k++) {
                    z[k] = '0';
                }
                sb.insert(begin, z);
            }
        }
    }
}
