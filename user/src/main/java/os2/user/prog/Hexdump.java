package os2.user.prog;

import java.util.Arrays;

/** hexdump -C [FILE...]: the canonical hex+ASCII dump of the files, concatenated (util-linux's format). */
public final class Hexdump {
    private Hexdump() {
    }

    static final String USAGE = "usage: hexdump -C [FILE...]\n"
            + "Dumps the bytes of the FILEs (standard input for - or none) as one stream: offset, 16 bytes\n"
            + "in hex, the same as text; repeated lines are shown as '*'.\n"
            + "  -C  canonical hex+ASCII display (the only format, and the default)\n";

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Runs hexdump: 0, or 1 if a file could not be opened. */
    public static int run(String[] args, Io io) {
        Opts o = new Opts(args, "C", "");
        int st = o.finish("hexdump", USAGE, io);
        if (st >= 0) {
            return st;
        }
        int status = 0;
        byte[] line = new byte[16];
        byte[] prev = null;
        boolean starred = false;
        int fill = 0;
        long offset = 0;
        byte[] buf = new byte[16384];
        StringBuilder out = new StringBuilder();
        for (String name : o.inputs()) {
            In in;
            try {
                in = io.open(name);
            } catch (Io.NotFound e) {
                io.error("hexdump", Text.arg(name) + ": " + e.getMessage());
                status = 1;
                continue;
            }
            for (int n; (n = in.read(buf, 0, buf.length)) > 0;) {
                for (int i = 0; i < n; i++) {
                    line[fill++] = buf[i];
                    if (fill == 16) {
                        if (prev != null && Arrays.equals(prev, line)) {
                            if (!starred) {
                                out.append("*\n");
                                starred = true;
                            }
                        } else {
                            format(out, offset, line, 16);
                            starred = false;
                            prev = line.clone();
                        }
                        offset += 16;
                        fill = 0;
                        if (out.length() > 8192) {
                            io.print(out.toString());
                            out.setLength(0);
                        }
                    }
                }
            }
        }
        if (fill > 0) {
            format(out, offset, line, fill);
            offset += fill;
        }
        if (offset > 0) {
            hex(out, offset, 8);
            out.append('\n');
        }
        io.print(out.toString());
        return status;
    }

    private static void format(StringBuilder out, long offset, byte[] b, int n) {
        hex(out, offset, 8);
        out.append(' ');
        for (int i = 0; i < 16; i++) {
            out.append(i == 8 ? "  " : " ");
            if (i < n) {
                hex(out, b[i] & 0xFF, 2);
            } else {
                out.append("  ");
            }
        }
        out.append("  |");
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            out.append(c >= 0x20 && c < 0x7F ? (char) c : '.');
        }
        out.append("|\n");
    }

    private static void hex(StringBuilder out, long v, int digits) {
        for (int k = digits - 1; k >= 0; k--) {
            out.append(HEX[(int) (v >>> (4 * k)) & 15]);
        }
    }
}
