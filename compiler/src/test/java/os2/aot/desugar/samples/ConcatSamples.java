package os2.aot.desugar.samples;

/** String concatenation with every operand type, nulls and constants that look like recipe tags. */
public class ConcatSamples {
    static final String CONST = "K";

    static final class NullToString {
        @Override
        public String toString() {
            return null;
        }
    }

    static final class Named {
        final String n;

        Named(String n) {
            this.n = n;
        }

        @Override
        public String toString() {
            return "Named(" + n + ")";
        }
    }

    public static String run() {
        StringBuilder out = new StringBuilder();
        boolean z = true;
        byte b = -8;
        short s = 1234;
        char c = 'Q';
        int i = Integer.MIN_VALUE;
        long l = Long.MAX_VALUE;
        float f = Float.NaN;
        double d = -0.0;
        String str = "str";
        String nul = null;
        Object obj = new Named("o");
        Object nullObj = null;
        Integer boxed = 42;
        CharSequence cs = new StringBuilder("cs");
        out.append("z=" + z + " b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d)
                .append('\n');
        out.append(str + nul + obj + nullObj + boxed + cs + new NullToString()).append('\n');
        out.append("tag\u0001arg\u0002const" + i + "\u0001" + CONST + "\u0002").append('\n');
        out.append(1.0f / 3 + " " + 1e300 * 10 + " " + (char) 0x263A + (int) 'x' + ' ' + (byte) 200).append('\n');
        out.append(c + s).append(' ').append("" + c + s).append(' ').append(b + s + "|" + b + s).append('\n');
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k + ",";
        }
        acc += 'x';
        acc += 1.5;
        out.append(acc).append('\n');
        out.append(str + str).append(' ').append("" + nul).append(' ').append(nul + "").append('\n');
        out.append(f + d + "|" + (f + d)).append('\n');
        out.append("\u0000nul-char" + '\u0000' + "end").append('\n');
        out.append(new int[0].length + "arr" + new String[] {"a"}[0]).append('\n');
        return out.toString();
    }
}
