package os2.kernel.console;

import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * The kernel console: every byte goes to COM1 (the primary console, what
 * {@code ./os2 run} and the tests read) and to the VGA text screen.
 * Strings are written as Latin-1 ('?' for anything above U+00FF).
 */
public final class Console {
    private Console() {
    }

    public static void init() {
        Serial.init();
        Vga.init();
    }

    @NoAlloc
    public static void write(int b) {
        Serial.write(b);
        Vga.write(b);
    }

    /** Writes len bytes starting at address buf. */
    @NoAlloc
    public static void write(long buf, long len) {
        for (long i = 0; i < len; i++) {
            write(Mem.read8(buf + i));
        }
    }

    /** Not @NoAlloc: String.charAt may throw (allocate) on a bad index, never here. */
    public static void print(String s) {
        if (s == null) {
            s = "null";
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            write(c < 0x100 ? c : '?');
        }
    }

    public static void println(String s) {
        print(s);
        write('\n');
    }
}
