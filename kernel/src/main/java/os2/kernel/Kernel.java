package os2.kernel;

import java.util.List;
import os2.kernel.arch.x86_64.Interrupts;
import os2.kernel.boot.BootInfo;
import os2.kernel.boot.BootModule;
import os2.kernel.boot.CommandLine;
import os2.kernel.boot.Multiboot;
import os2.kernel.console.Console;
import os2.kernel.console.Fmt;
import os2.kernel.console.Log;
import os2.kernel.console.Serial;
import os2.kernel.dev.pci.Pci;
import os2.kernel.dev.pci.PciDevice;
import os2.kernel.dev.pci.PortConfigSpace;
import os2.kernel.dev.virtio.VirtioNet;
import os2.kernel.sock.NetService;
import os2.kernel.mem.HeapCensus;
import os2.kernel.mem.KernelHeap;
import os2.kernel.mem.Memory;
import os2.kernel.mem.MemoryMapEntry;
import os2.kernel.mem.PhysMap;
import os2.kernel.panic.Panic;
import os2.kernel.panic.QemuExit;
import os2.kernel.sched.EchoPrompt;
import os2.kernel.sched.KernelLoop;
import os2.kernel.sched.Result;
import os2.kernel.test.Benchmarks;
import os2.kernel.task.Tasks;
import os2.kernel.test.SelfTests;
import os2.rt.Boot;
import os2.rt.Cpu;
import os2.rt.Mem;

/**
 * The kernel's Java entry (boot.S calls os2_java_main, which runs this main). It owns
 * the init order: one subsystem per step, one log line each.
 *
 * <p>Order and why: the GDT, TSS and IDT first, so that a CPU fault anywhere after is
 * reported (they need only the early static heap in .bss); the console (everything
 * after reports through it); the
 * Multiboot information while boot.S's window still maps it; memory next (new page
 * tables, direct map, kernel heap), because the kernel stack the scheduler runs on is
 * a guarded region it allocates; then the PIC, the clock and the interrupt sources, which
 * the scheduler needs to be entered at all; last the scheduler, which never returns
 * and runs everything else ({@link #startup}) as its first continuation.
 *
 * <p>Kernel command line: {@code log=error|warn|info|debug|trace} (default info),
 * {@code test=all|NAME[,NAME...]} runs self tests and exits QEMU,
 * {@code bench=kernel} runs the kernel benchmarks and exits,
 * {@code ready=exit} shuts down right after "kernel ready" (benchmarks),
 * {@code heap=SIZE} sets the kernel heap size, {@code init=NAME} runs boot module NAME
 * as the first task (its exit status ends the boot), {@code budget=MS} is a task's CPU
 * budget before it is preempted; {@code fault=early} (tests only) takes a page fault
 * before memory management exists; {@code stall=entry} (tests only) makes every odd
 * entry of a task wait, its budget armed, until the budget's timer interrupt has been
 * raised ({@code Tasks.stallUntilBudgetSpent}); {@code fragtimeout=MS} shortens the IP
 * reassembly timeout (30 s; the packet fuzzer's boots use 2 s, docs/RELIABILITY.md).
 */
public final class Kernel {
    public static final String VERSION = "0.1.0";

    /** The higher-half window boot.S maps over the low 1 GiB of physical memory. */
    public static final long BOOT_WINDOW = 0xFFFF_FFFF_8000_0000L;
    /** How much physical memory that window reaches (boot.S: 512 x 2 MiB pages). */
    public static final long BOOT_WINDOW_LIMIT = 1L << 30;
    /** The Multiboot information structure is kept out of the frame allocator (one page is plenty). */
    static final long MULTIBOOT_INFO_BYTES = 4096;
    private static final long GIB = 1L << 30;
    /** The boot windows map only the low 1 GiB (twice): this user-half address is unmapped. */
    static final long EARLY_FAULT_ADDRESS = 0x0000_7F00_0000_0000L;

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
        // Exceptions first: a fault in anything below is reported, not a triple-fault reset.
        Interrupts.installTraps();

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

        if ("early".equals(cmd.get("fault"))) {
            earlyFault();
        }

        long t0 = Cpu.rdtsc();
        Memory.init(bootInfo.memoryMap(), Mem.symbol("_kernel_start_phys"), Mem.symbol("_kernel_end_phys"),
                reservedRanges(), cmd.text(), BOOT_WINDOW, BOOT_WINDOW_LIMIT);
        Log.info("memory", describeMemory());
        if (Memory.heapWarning() != null) {
            Log.warn("heap", Memory.heapWarning());
        }
        Log.info("heap", KernelHeap.describe());
        if (cmd.has("heapcensus")) {   // debug: SYS_INFO prints the live heap by class (docs/RELIABILITY.md)
            HeapCensus.enable();
        }
        long t1 = Cpu.rdtsc();
        Log.info("interrupts", Interrupts.init());
        if (Interrupts.calibrationWarning() != null) {
            Log.warn("clock", Interrupts.calibrationWarning());
        }
        Log.info("tasks", Tasks.init(Memory.space(), Memory.kernelTable(), Memory.frames(), bootInfo.modules(),
                parseMillis("budget", cmd.get("budget"))));
        if ("entry".equals(cmd.get("stall"))) {
            Log.warn("tasks", "stall=entry: odd task entries wait in the kernel until their budget's interrupt is raised");
            Tasks.stallEntriesForTest();
        }
        List<PciDevice> pci = Pci.scan(new PortConfigSpace());
        Log.info("pci", Pci.describe(pci));
        Log.info("net", VirtioNet.probe(pci));
        // TSC ticks (guest instructions under -icount shift=0) of the two costly steps, for docs/BENCHMARKS.md
        Log.debug("boot", "init tsc: memory=" + (t1 - t0) + ", interrupts=" + (Cpu.rdtsc() - t1));
        KernelLoop.start(Kernel::startup);
    }

    /**
     * Test only ({@code fault=early}): a page fault before memory management exists,
     * under boot.S's page tables, must be reported like any other (FaultTest).
     */
    private static void earlyFault() {
        Log.warn("boot", "fault=early: reading unmapped " + Fmt.hex64(EARLY_FAULT_ADDRESS));
        Log.warn("boot", "no exception, read " + Mem.read64(EARLY_FAULT_ADDRESS));
    }

    /** The boot modules and the Multiboot information, as (base, length) pairs the frame allocator skips. */
    private static long[] reservedRanges() {
        List<BootModule> mods = bootInfo.modules();
        long[] r = new long[2 * (mods.size() + 1)];
        r[0] = bootInfo.infoPhys();
        r[1] = MULTIBOOT_INFO_BYTES;
        for (int i = 0; i < mods.size(); i++) {
            r[2 * i + 2] = mods.get(i).start();
            r[2 * i + 3] = mods.get(i).size();
        }
        return r;
    }

    /** "4095 MiB RAM (1024 MiB above 4 GiB), frames: ..., direct map at ...". */
    private static String describeMemory() {
        long above4g = 0;
        List<MemoryMapEntry> map = bootInfo.memoryMap();
        for (int i = 0; i < map.size(); i++) {
            MemoryMapEntry e = map.get(i);
            if (e.type() == MemoryMapEntry.AVAILABLE && e.base() + e.length() > 4 * GIB) {
                above4g += e.base() + e.length() - Math.max(e.base(), 4 * GIB);
            }
        }
        return (Memory.ramBytes() >> 20) + " MiB RAM (" + (above4g >> 20) + " MiB above 4 GiB); "
                + Memory.frames().describe() + "; direct map at " + Fmt.hex64(PhysMap.DIRECT_MAP_BASE)
                + ", kernel image W^X" + (Memory.nxEnabled() ? " (NX)" : " (no NX)") + ", identity map removed";
    }

    /**
     * The first continuation, on the scheduler's kernel stack with interrupts on: self
     * tests or benchmarks (which end the boot), else "kernel ready" and the prompt.
     */
    private static Result startup() {
        CommandLine cmd = bootInfo.commandLine();
        String tests = cmd.get("test");
        if (tests != null) {
            // The tests run as continuations after this one (some need the real loop).
            return SelfTests.start(tests, failed -> exit(failed == 0));
        }
        String bench = cmd.get("bench");
        if (bench != null) {
            return Benchmarks.start(bench, ok -> exit(ok));
        }

        // The network comes up here, not in init(): DHCP and the stack's timers need the loop.
        Log.info("net", NetService.start(cmd.get("ip"), cmd.get("dns")));
        long fragTimeout = parseMillis("fragtimeout", cmd.get("fragtimeout"));
        if (fragTimeout > 0 && NetService.stack() != null) {
            NetService.stack().ipv4().setReassemblyTimeout(fragTimeout);
        }
        long readyTsc = Cpu.rdtsc();
        Log.info("boot", "java-entry tsc=" + entryTsc + ", ready tsc=" + readyTsc);
        Log.plain(Log.INFO, "kernel ready");
        if ("exit".equals(cmd.get("ready"))) {
            QemuExit.exit(QemuExit.SUCCESS);
        }
        String init = cmd.get("init");
        if (init != null) {
            // init's exit ends the machine with its status (Tasks.exit)
            return Tasks.startInit(init) ? Result.done() : exit(false);
        }
        return Result.now(EchoPrompt.start());
    }

    /** A positive number of milliseconds, or 0 (absent or malformed: the default applies). */
    private static long parseMillis(String name, String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return 0;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                Log.warn("boot", name + "=\"" + s + "\" is not a number of milliseconds; using the default");
                return 0;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Ends a test= or bench= boot: QEMU exits with success or failure. */
    private static Result exit(boolean ok) {
        QemuExit.exit(ok ? QemuExit.SUCCESS : QemuExit.FAILURE);
        return Result.done();
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
