package os2.kernel.arch.x86_64;

import os2.kernel.dev.InputRing;
import os2.kernel.dev.Ps2Keyboard;
import os2.kernel.dev.SerialInput;
import os2.kernel.mem.Memory;
import os2.kernel.mem.PageTable;
import os2.kernel.mem.Region;
import os2.rt.InitAtBoot;
import os2.rt.Mem;

/**
 * Brings up the CPU's protection and interrupt structures (first thing at boot) and,
 * once memory exists, the devices that raise interrupts, in dependency order.
 * Interrupts stay disabled: the scheduler enables them when it first idles.
 */
@InitAtBoot(also = Long.class)   // installTraps initialises Long (PageFaults.handle uses Long.compareUnsigned)
public final class Interrupts {
    private static String calibrationWarning;

    private Interrupts() {
    }

    /**
     * Moves the IST stacks from traps.S's .bss (no guard pages: an overflowing #DF
     * handler would write over the next stack) into kernel regions with an unmapped guard
     * page on each side, and points the TSS at them. Keeps the static stacks if memory
     * management has no room (the boot goes on, unguarded).
     */
    static void guardIstStacks() {
        for (int ist = Tss.IST_DOUBLE_FAULT; ist <= Tss.IST_MACHINE_CHECK; ist++) {
            Region r = Memory.space().allocate(IST_SIZES[ist], Region.WRITABLE, IST_GUARD, IST_GUARD, true,
                    IST_NAMES[ist]);
            if (r == null) {
                return;
            }
            if (Memory.kernelTable().mapRegion(r) != PageTable.OK) {
                Memory.space().release(r);
                return;
            }
            Tss.setIst(ist, r.base() + r.size());
        }
    }

    /**
     * Self test ist-guard: every IST slot of the TSS points at the top of its own kernel
     * region, mapped, with an unmapped guard page directly below and above. Null or why not.
     */
    public static String checkIstStacks() {
        for (int ist = Tss.IST_DOUBLE_FAULT; ist <= Tss.IST_MACHINE_CHECK; ist++) {
            long top = Tss.ist(ist);
            Region r = Memory.space().find(top - 1);
            if (r == null || !IST_NAMES[ist].equals(r.name()) || r.base() + r.size() != top
                    || r.size() != IST_SIZES[ist]) {
                return "IST" + ist + " top 0x" + Long.toHexString(top) + " is not the top of a region \""
                        + IST_NAMES[ist] + "\" but of " + (r == null ? "nothing" : r.name());
            }
            PageTable t = Memory.kernelTable();
            if (t.translate(top - 8) == PageTable.NOT_MAPPED || t.translate(r.base()) == PageTable.NOT_MAPPED) {
                return r.name() + " is not mapped";
            }
            if (!r.isGuard(r.base() - 1) || !r.isGuard(top) || t.translate(r.base() - 1) != PageTable.NOT_MAPPED
                    || t.translate(top) != PageTable.NOT_MAPPED) {
                return r.name() + " has no unmapped guard page on each side";
            }
        }
        return null;
    }

    /** Why the TSC calibration fell back to an assumed frequency, or null. */
    public static String calibrationWarning() {
        return calibrationWarning;
    }

    /**
     * GDT + TSS and the IDT: from here on a CPU exception is reported (a panic with the
     * registers and the Java trace) instead of triple-faulting into a silent reset.
     * Called first in Kernel.init, before the console, the Multiboot information and
     * memory. Needs only the collector's early static heap, which lives in the image's
     * .bss: the tables are at higher-half addresses that the kernel page tables map too,
     * so they stay valid across Memory.init's CR3 switch; so do the stub addresses
     * (kernel text) and the IST stacks (traps.S .bss).
     */
    public static void installTraps() {
        // Initialisers that trap handlers would otherwise run (and allocate in) on their
        // first use: FrameNames' and java.lang.Long's (its cache), promised by @InitAtBoot.
        if (FrameNames.NAMES.length != TrapFrame.SIZE / 8) {
            throw new IllegalStateException("FrameNames.NAMES does not match the frame size");
        }
        Long.valueOf(0);
        // Exceptions' name tables too: made on the first user fault they would raise the
        // kernel heap for good in the middle of a run (fuzz.c checks it is back exactly).
        Exceptions.mnemonic(Exceptions.DE);
        long tss = Tss.create(0);
        Gdt.install(tss);
        Idt.install();
    }

    /** IST stack sizes, by IST index 1..3 (#DF, NMI, #MC), as traps.S's static ones. */
    static final long[] IST_SIZES = {0, 16 * 1024, 8 * 1024, 8 * 1024};
    static final String[] IST_NAMES = {null, "IST stack #DF", "IST stack NMI", "IST stack #MC"};
    static final long IST_GUARD = 4096;

    /**
     * PIC, guarded IST stacks, TSC calibration, keyboard and COM1 receive (after
     * installTraps and Memory.init). Returns a log line.
     */
    public static String init() {
        guardIstStacks();
        Pic.init();
        calibrationWarning = Clock.calibrate();
        InputRing.init();   // its class initialiser allocates: run it here, not in an IRQ handler
        Ps2Keyboard.init();
        SerialInput.init();
        Pic.unmask(Pic.IRQ_TIMER);
        return "GDT+TSS (IST: #DF, NMI, #MC" + (Tss.ist(Tss.IST_DOUBLE_FAULT) == Mem.symbol("os2_ist_df_top")
                ? ", static" : ", guarded") + "), IDT 0-47, PIC at 32-47, PIT one-shot, TSC "
                + Clock.tscHz() / 1_000_000 + " MHz, PS/2 keyboard, COM1 receive";
    }
}
