package java.lang;

/**
 * Hexadecimal floating-point text: Double.toHexString and Float.toHexString in the JDK's exact
 * format ("0x1.8p1", "0x0.0p0", subnormals as "0x0.…p-1022",
 * trailing zero digits removed, at least one digit after the point).
 */
final class HexFloat {
    private HexFloat() {
    }

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    static String toHexString(double d) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        StringBuilder sb = new StringBuilder(24);
        long bits = Double.doubleToRawLongBits(d);
        if (bits < 0) {
            sb.append('-');
        }
        sb.append("0x");
        bits &= 0x7FFFFFFFFFFFFFFFL;
        if (bits == 0) {
            return sb.append("0.0p0").toString();
        }
        int biased = (int) (bits >>> 52);
        long fraction = bits & 0x000FFFFFFFFFFFFFL;
        sb.append(biased == 0 ? "0." : "1.");
        // the 13 hex digits of the fraction, trailing zeros dropped (one 0 if all are zero)
        int last = 12;
        while (last > 0 && ((fraction >>> (4 * (12 - last))) & 15) == 0) {
            last--;
        }
        for (int k = 0; k <= last; k++) {
            sb.append(DIGITS[(int) ((fraction >>> (48 - 4 * k)) & 15)]);
        }
        sb.append('p').append(biased == 0 ? Double.MIN_EXPONENT : biased - 1023);
        return sb.toString();
    }

    /** A float's subnormals use the float exponent -126; everything else reads as the double. */
    static String toHexString(float f) {
        if (Math.abs(f) < Float.MIN_NORMAL && f != 0.0f) {
            String s = toHexString(Math.scalb((double) f, Double.MIN_EXPONENT - Float.MIN_EXPONENT));
            return s.substring(0, s.length() - "p-1022".length()) + "p-126";
        }
        return toHexString((double) f);
    }
}
