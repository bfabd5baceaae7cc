package os2.kernel.test;

import os2.kernel.console.Console;
import os2.kernel.console.Fmt;
import os2.kernel.console.Log;
import os2.kernel.console.Serial;
import os2.kernel.console.Vga;

/** Self tests of the console: COM1, VGA text, log levels, formatting. */
final class ConsoleSelfTests {
    private ConsoleSelfTests() {
    }

    static void register() {
        SelfTests.register("serial", true, ConsoleSelfTests::serial);
        SelfTests.register("vga", true, ConsoleSelfTests::vga);
        SelfTests.register("log-levels", true, ConsoleSelfTests::logLevels);
        SelfTests.register("format", true, ConsoleSelfTests::format);
    }

    static void serial() {
        Check.that(Serial.present(), "COM1 answered at init");
        Check.that(Serial.scratchWorks(), "scratch register keeps its value");
        Serial.write('\r');
        int spins = 0;
        while ((Serial.lineStatus() & 0x20) == 0 && spins < 1_000_000) {
            spins++;
        }
        Check.that((Serial.lineStatus() & 0x20) != 0, "transmitter drains");
    }

    static void vga() {
        int row = Vga.row();
        int col = Vga.column();
        String probe = "vga";
        for (int i = 0; i < probe.length(); i++) {
            Vga.write(probe.charAt(i));
        }
        Check.that(Vga.row() == row && Vga.column() == col + 3 || col + 3 > Vga.COLUMNS, "cursor advanced");
        if (col + 3 <= Vga.COLUMNS) {
            for (int i = 0; i < 3; i++) {
                Check.equal(probe.charAt(i), Vga.charAt(row, col + i), "cell " + i);
            }
        }
        Vga.write('\r');
    }

    static void logLevels() {
        Check.equal(Log.WARN, Log.parseLevel("warn"), "warn");
        Check.equal(Log.WARN, Log.parseLevel("warning"), "warning");
        Check.equal(Log.TRACE, Log.parseLevel("trace"), "trace");
        Check.equal(-1, Log.parseLevel("loud"), "unknown level");
        int saved = Log.level();
        Log.setLevel(Log.ERROR);
        Check.that(!Log.enabled(Log.WARN) && Log.enabled(Log.ERROR), "threshold error");
        Log.setLevel(saved);
        Check.equal(saved, Log.level(), "restored");
    }

    static void format() {
        Check.equal("0x00000000deadbeef", Fmt.hex64(0xDEADBEEFL), "hex64");
        Check.equal("0xffffffff80000000", Fmt.hex64(0xFFFFFFFF80000000L), "hex64 high");
        Check.equal("0x0f", Fmt.hex(15, 2), "hex min digits");
        Check.equal("128 MiB", Fmt.bytes(128L << 20), "bytes MiB");
        Check.equal("1000 B", Fmt.bytes(1000), "bytes B");
        Check.equal("  42", Fmt.padLeft("42", 4), "padLeft");
        Check.equal("-2147483648", String.valueOf(Integer.MIN_VALUE), "int min");
        Check.equal("-9223372036854775808", Long.toString(Long.MIN_VALUE), "long min");
        Check.equal("ff", Integer.toHexString(255), "toHexString");
        String s = "x=" + 7 + ',' + true + ",y=" + (-3L) + "," + null;
        Check.equal("x=7,true,y=-3,null", s, "concatenation");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            b.append(i % 10);
        }
        Check.equal(100, b.length(), "builder length");
        Check.equal('9', b.charAt(99), "builder char");
        Check.equal("1.5", String.valueOf(1.5), "double 1.5");
        Check.equal("-0.25", String.valueOf(-0.25), "double -0.25");
        Console.print("");
    }
}
