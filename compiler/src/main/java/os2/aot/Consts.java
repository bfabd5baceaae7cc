package os2.aot;

/** C spellings of Java constants and types that keep their exact values. */
final class Consts {
    private Consts() {
    }

    static String intLit(int v) {
        return v == Integer.MIN_VALUE ? "(-2147483647 - 1)" : Integer.toString(v);
    }

    static String longLit(long v) {
        return v == Long.MIN_VALUE ? "INT64_MIN" : v + "LL";
    }

    /** Hexadecimal floating literals are exact; NaN and infinities need builtins. */
    static String doubleLit(double d) {
        if (Double.isNaN(d)) {
            return "__builtin_nan(\"\")";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "__builtin_inf()" : "(-__builtin_inf())";
        }
        return "(" + Double.toHexString(d) + ")";
    }

    static String floatLit(float f) {
        if (Float.isNaN(f)) {
            return "__builtin_nanf(\"\")";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "__builtin_inff()" : "(-__builtin_inff())";
        }
        return "(" + Double.toHexString(f) + "f)";
    }

    /** The C type of a field or array element with this descriptor. */
    static String fieldCType(String desc) {
        switch (desc.charAt(0)) {
            case 'Z': return "jboolean";
            case 'B': return "jbyte";
            case 'C': return "jchar";
            case 'S': return "jshort";
            case 'I': return "jint";
            case 'J': return "jlong";
            case 'F': return "jfloat";
            case 'D': return "jdouble";
            default: return "JObject *";
        }
    }

    /** The C type of a parameter, return value or local with this descriptor. */
    static String valueCType(String desc) {
        switch (desc.charAt(0)) {
            case 'Z': case 'B': case 'C': case 'S': case 'I': return "jint";
            case 'J': return "jlong";
            case 'F': return "jfloat";
            case 'D': return "jdouble";
            case 'V': return "void";
            default: return "JObject *";
        }
    }

    /** A C string literal for s (ASCII; other characters escaped). */
    static String cString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (byte c : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int u = c & 0xFF;
            if (u == '"' || u == '\\') {
                b.append('\\').append((char) u);
            } else if (u >= 32 && u < 127 && u != '?') {
                b.append((char) u);
            } else {
                b.append(String.format("\\%03o", u));
            }
        }
        return b.append('"').toString();
    }
}
