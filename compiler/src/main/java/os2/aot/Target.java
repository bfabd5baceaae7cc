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
    /** An OS2 user program: freestanding static PIE. */
    OS2(List.of("-ffreestanding", "-fPIE", "-mno-red-zone", "-fno-stack-protector"),
            List.of("rt.c", "gc.c", "arrays.c", "libc.c"));

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
                f.addAll(List.of("-nostdlib", "-static-pie", "-Wl,-z,max-page-size=0x1000"));
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
