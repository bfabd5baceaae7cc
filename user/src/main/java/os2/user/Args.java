package os2.user;

/**
 * SPAWN's argument encoding: each argument as UTF-8 followed by a NUL byte, one after
 * another. An argument cannot contain NUL (it would split into two).
 */
public final class Args {
    private Args() {
    }

    /** The args as SPAWN takes them. */
    public static byte[] encode(String... args) {
        int n = 0;
        byte[][] parts = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                throw new NullPointerException("argument " + i + " is null");
            }
            if (args[i].indexOf('\0') >= 0) {
                throw new IllegalArgumentException("argument " + i + " contains a NUL character");
            }
            parts[i] = utf8(args[i]);
            n += parts[i].length + 1;
        }
        byte[] out = new byte[n];
        int pos = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length + 1;
        }
        return out;
    }

    /** The inverse of {@link #encode}: the NUL-terminated strings of b (a missing last NUL is an error). */
    public static String[] decode(byte[] b) {
        int count = 0;
        for (byte x : b) {
            if (x == 0) {
                count++;
            }
        }
        if (b.length > 0 && b[b.length - 1] != 0) {
            throw new IllegalArgumentException("the last argument is not NUL-terminated");
        }
        String[] out = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                out[k++] = fromUtf8(b, start, i - start);
                start = i + 1;
            }
        }
        return out;
    }

    /** A string's UTF-8 bytes (the runtime's only charset). */
    static byte[] utf8(String s) {
        try {
            return s.getBytes("UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);   // every Java platform has UTF-8
        }
    }

    static String fromUtf8(byte[] b, int off, int len) {
        try {
            return new String(b, off, len, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
