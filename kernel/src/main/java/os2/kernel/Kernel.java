package os2.kernel;

import os2.kernel.boot.BootInfo;
import os2.kernel.boot.CommandLine;
import os2.kernel.boot.Multiboot;
import os2.kernel.console.Console;
import os2.kernel.console.Fmt;
import os2.kernel.console.Log;
import os2.kernel.console.Serial;
import os2.kernel.mem.PhysMap;
import os2.kernel.panic.Panic;
import os2.kernel.panic.QemuExit;
import os2.kernel.test.SelfTests;
import os2.rt.Boot;
import os2.rt.Cpu;
import os2.rt.Gc;

/**
 * The kernel's Java entry (boot.S calls os2_java_main, which runs this main). It owns
 * the init order: one subsystem per step, one log line each.
 *
 * <p>Kernel command line: {@code log=error|warn|info|debug|trace} (default info),
 * {@code test=all|NAME[,NAME...]} runs self tests and exits QEMU,
 * {@code ready=exit} shuts down right after "kernel ready" (benchmarks).
 */
public final class Kernel {
    public static final String VERSION = "0.1.0";

    /** The higher-half window boot.S maps over the low 1 GiB of physical memory. */
    public static final long BOOT_WINDOW = 0xFFFF_FFFF_8000_0000L;

    private static BootInfo bootInfo;
    private static long entryTsc;

    private Kernel() {
    }

    public static void main(String[] args) {
        entryTsc = Cpu.rdtsc();
        try {
            init();
        } catch (Throwable t) {
            Panic.panic("uncaught " + t, t);
        }
    }

    private static void init() {
        // physical memory is reachable through boot.S's higher-half window until mem/ maps it all
        PhysMap.setOffset(BOOT_WINDOW);

        Console.init();
        bootInfo = Multiboot.parse(Boot.multibootMagic(), Boot.multibootInfo());
        CommandLine cmd = bootInfo.commandLine();
        String level = cmd.get("log", "info");
        int l = Log.parseLevel(level);
        Log.setLevel(l < 0 ? Log.INFO : l);

        Log.plain(Log.INFO, "OS2 " + VERSION + " (x86-64) - Java all the way down");
        Log.info("console", "COM1 " + (Serial.present() ? Serial.BAUD + " 8N1" : "absent") + ", VGA text 80x25");
        if (l < 0) {
            Log.warn("log", "unknown level \"" + level + "\", using info");
        } else {
            Log.info("log", "level " + Log.levelName(Log.level()));
        }
        Log.info("boot", "multiboot from \"" + bootInfo.loaderName() + "\", cmdline \"" + cmd.text() + "\", "
                + (bootInfo.availableBytes() >> 20) + " MiB available in " + bootInfo.memoryMap().size()
                + " map entries, " + bootInfo.modules().size() + " modules");
        long[] gc = new long[5];
        Gc.stats(gc);
        Log.info("heap", "early heap " + Fmt.bytes(gc[0]) + " (static, in .bss)");
        // later: memory, interrupts, scheduler ...

        String tests = cmd.get("test");
        if (tests != null) {
            int failed = SelfTests.run(tests);
            QemuExit.exit(failed == 0 ? QemuExit.SUCCESS : QemuExit.FAILURE);
        }

        long readyTsc = Cpu.rdtsc();
        Log.info("boot", "java-entry tsc=" + entryTsc + ", ready tsc=" + readyTsc);
        Log.plain(Log.INFO, "kernel ready");
        if ("exit".equals(cmd.get("ready"))) {
            QemuExit.exit(QemuExit.SUCCESS);
        }
        QemuExit.halt();
    }

    /** What the loader passed (parsed at boot). */
    public static BootInfo bootInfo() {
        return bootInfo;
    }

    /** The TSC at the first line of main. */
    public static long entryTsc() {
        return entryTsc;
    }
}
