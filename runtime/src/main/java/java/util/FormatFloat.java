package java.util;

import static java.util.FormatSpec.ALT;
import static java.util.FormatSpec.PAREN;
import static java.util.FormatSpec.UPPER;

/**
 * %e, %f and %g for {@link Formatter}. Like the JDK, these start from the digits of
 * Double.toString (the shortest-style digits, not the exact binary value) and round them
 * HALF_UP at the requested position.
 */
final class FormatFloat {
    /** Decimal digits d[0..n) (no leading zeros) and exponent: value = 0.d0d1d2... * 10^exp. */
    private final char[] d = new char[32];
    private int n;
    private int exp;

    private FormatFloat() {
    }

    static void print(StringBuilder sb, FormatSpec fs, double value) {
        int start = sb.length();
        int f = fs.flags;
        boolean upper = (f & UPPER) != 0;
        if (value != value) {
            sb.append(upper ? "NAN" : "NaN");
        } else {
            boolean neg = Double.compare(value, 0.0) < 0; // -0.0 prints a sign too
            double v = Math.abs(value);
            FormatPrinter.leadingSign(sb, f, neg);
            if (v == Double.POSITIVE_INFINITY) {
                sb.append(upper ? "INFINITY" : "Infinity");
            } else {
                FormatFloat ff = new FormatFloat();
                ff.digitsOf(v);
                ff.printFinite(sb, fs, v, neg, start);
            }
            if (neg && (f & PAREN) != 0) {
                sb.append(')');
            }
        }
        FormatPrinter.justify(sb, fs, start);
    }

    /** Reads the digits and exponent back from Double.toString's text. */
    private void digitsOf(double v) {
        String s = Double.toString(v);
        int len = s.length();
        int e = 0;
        int epos = s.indexOf('E');
        if (epos >= 0) {
            e = Integer.parseInt(s.substring(epos + 1));
            len = epos;
        }
        int pointAt = -1;
        boolean seenPoint = false;
        n = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                pointAt = n;
                seenPoint = true;
            } else if (c != '0' || n > 0) {
                d[n++] = c;
            } else if (seenPoint) {
                pointAt--; // a leading zero after the point moves the exponent down
            }
        }
        while (n > 0 && d[n - 1] == '0') {
            n--;
        }
        if (n == 0) {
            d[0] = '0';
            n = 1;
            exp = 0;
        } else {
            exp = pointAt + e;
        }
    }

    /** Keeps 'keep' leading digits, rounding half up (the JDK's applyPrecision, quirks included). */
    private void round(int keep) {
        if (keep >= n || keep < 0) {
            return;
        }
        if (keep == 0) {
            if (d[0] >= '5') {
                d[0] = '1';
                exp++;
            } else {
                d[0] = '0';
            }
            n = 1;
            return;
        }
        boolean up = d[keep] >= '5';
        n = keep;
        if (up) {
            int i = keep - 1;
            while (i >= 0 && d[i] == '9') {
                i--;
            }
            if (i < 0) {
                d[0] = '1';
                n = 1;
                exp++;
            } else {
                d[i]++;
                n = i + 1;
            }
        }
    }

    private char digit(int i) {
        return i >= 0 && i < n ? d[i] : '0';
    }

    private void printFinite(StringBuilder sb, FormatSpec fs, double v, boolean neg, int start) {
        int prec = fs.precision;
        int width = fs.width;
        int f = fs.flags;
        StringBuilder mant = new StringBuilder(24);
        String expText = null;
        switch (fs.conv) {
            case 'f' -> {
                if (prec == -1) {
                    prec = 6;
                }
                round(exp + prec);
                fixed(mant, prec);
                if ((f & ALT) != 0 && prec == 0) {
                    mant.append('.');
                }
            }
            case 'e' -> {
                if (prec == -1) {
                    prec = 6;
                }
                round(prec + 1);
                scientific(mant, prec);
                if ((f & ALT) != 0 && prec == 0) {
                    mant.append('.');
                }
                expText = v == 0.0 ? "+00" : exponent(exp - 1);
            }
            default -> { // 'g'
                if (prec == -1) {
                    prec = 6;
                } else if (prec == 0) {
                    prec = 1;
                }
                if (v == 0.0) {
                    fixed(mant, prec - 1);
                } else {
                    round(prec);
                    int e10 = exp - 1;
                    if (e10 < -4 || e10 >= prec) {
                        scientific(mant, prec - 1);
                        expText = exponent(e10);
                    } else {
                        fixed(mant, prec - exp);
                    }
                }
            }
        }
        if (width != -1) {
            if (expText != null) {
                width -= expText.length() + 1;
            }
            if (neg && (f & PAREN) != 0) {
                width--;
            }
        }
        FormatPrinter.magnitude(sb, mant, 0, mant.length(), f, width, start);
        if (expText != null) {
            sb.append((f & UPPER) != 0 ? 'E' : 'e').append(expText);
        }
    }

    /** Integer part, then exactly prec fraction digits. */
    private void fixed(StringBuilder m, int prec) {
        if (exp <= 0) {
            m.append('0');
        } else {
            for (int i = 0; i < exp; i++) {
                m.append(digit(i));
            }
        }
        if (prec > 0) {
            m.append('.');
            for (int k = 0; k < prec; k++) {
                m.append(digit(exp + k));
            }
        }
    }

    private void scientific(StringBuilder m, int prec) {
        m.append(d[0]);
        if (prec > 0) {
            m.append('.');
            for (int k = 1; k <= prec; k++) {
                m.append(digit(k));
            }
        }
    }

    /** Sign and at least two digits. */
    private static String exponent(int e) {
        char sign = e < 0 ? '-' : '+';
        int a = e < 0 ? -e : e;
        return a < 10 ? sign + "0" + a : sign + Integer.toString(a);
    }
}
