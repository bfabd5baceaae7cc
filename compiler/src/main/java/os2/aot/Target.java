package os2.aot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a compiled program runs on: a Linux process, the bare-metal kernel, or an OS2 user task. */
enum Target {
    /** A hosted Linux executable (libc below the runtime); used to test against the JVM. */
    LINUX(List.of(), List.of("rt.c", "gc.c", "arrays.c", "platform_linux.c", "mathlib.c")),
    /** The kernel: freestanding, higher half (-mcmodel=kernel), linked by the kernel's script. */
    KERNEL(List.of("-ffreestanding", "-fno-pic", "-mcmodel=kernel", "-mno-red-zone", "-fno-stack-protector",
            "-fno-asynchronous-unwind-tables"), List.of("rt.c", "gc.c", "arrays.c", "libc.c")),
    /**
     * An OS2 user program: a freestanding static PIE whose only relocations are
     * R_X86_64_RELATIVE (the kernel's loader applies those and refuses anything else).
     * Hidden visibility keeps every symbol local, so no GOT entry needs a symbolic relocation.
     */
    OS2(List.of("-ffreestanding", "-fPIE", "-fvisibility=hidden", "-mno-red-zone", "-fno-stack-protector",
            "-fno-asynchronous-unwind-tables", "-fcf-protection=none"),
            List.of("rt.c", "gc.c", "arrays.c", "libc.c", "platform_os2.c"));

    private final List<String> cflags;
    private final List<String> runtimeSources;

    Target(List<String> cflags, List<String> runtimeSources) {
        this.cflags = cflags;
        this.runtimeSources = runtimeSources;
    }

    static Target parse(String s) {
        switch (s) {
            case "linux": return LINUX;
            case "kernel": return KERNEL;
            case "os2": return OS2;
            default: throw new UsageError("unknown target '" + s + "' (expected linux, os2 or kernel)");
        }
    }

    List<String> cflags() {
        return cflags;
    }

    List<String> runtimeSources() {
        return runtimeSources;
    }

    List<String> ldflags(Path ldscript) {
        List<String> f = new ArrayList<>();
        switch (this) {
            case LINUX:
                break;
            case KERNEL:
                f.addAll(List.of("-nostdlib", "-static", "-no-pie", "-Wl,-z,max-page-size=0x1000", "-Wl,--build-id=none"));
                if (ldscript != null) {
                    f.add("-Wl,-T," + ldscript);
                }
                break;
            default:
                // separate-code keeps text, read-only data and data in their own page-aligned
                // segments (W^X per segment); no build-id note, no .eh_frame_hdr lookups
                f.addAll(List.of("-nostdlib", "-static-pie", "-Wl,-z,max-page-size=0x1000", "-Wl,-z,separate-code",
                        "-Wl,-z,noexecstack", "-Wl,--build-id=none", "-Wl,-e,_start"));
                if (ldscript != null) {
                    f.add("-Wl,-T," + ldscript);
                }
        }
        return f;
    }

    List<String> libs() {
        return this == LINUX ? List.of("-lm") : List.of("-lgcc");
    }
}
