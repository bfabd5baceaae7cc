package os2.kernel.console;

import os2.kernel.panic.QemuExit;
import os2.rt.Cpu;
import os2.rt.Export;
import os2.rt.NoAlloc;

/**
 * The platform functions the runtime calls (runtime/src/main/c/os2rt.h):
 * System.out/err, System.exit, System.nanoTime/currentTimeMillis. write and exit
 * are reached through the C adapters in arch/x86_64/start.c, which give them the
 * header's exact C types (a pointer buffer; noreturn).
 */
public final class Platform {
    private Platform() {
    }

    /** fd 1 and 2 both go to the console. */
    @Export("os2_kernel_write")
    @NoAlloc
    public static void write(int fd, long buf, long len) {
        Console.write(buf, len);
    }

    /** Ends the machine: QEMU exits through isa-debug-exit; on hardware, halts. */
    @Export("os2_kernel_exit")
    @NoAlloc
    public static void exit(int status) {
        QemuExit.exit(status);
    }

    /**
     * Nanoseconds from the TSC. Under {@code -icount shift=0} the TSC advances one
     * tick per guest instruction = one virtual ns, which makes this exact there; a
     * calibrated frequency comes with the timer work.
     */
    @Export("os2_platform_nanotime")
    @NoAlloc
    public static long nanotime() {
        return Cpu.rdtsc();
    }

    @Export("os2_platform_millis")
    @NoAlloc
    public static long millis() {
        return Cpu.rdtsc() / 1_000_000L;
    }
}
