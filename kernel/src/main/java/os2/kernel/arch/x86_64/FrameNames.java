package os2.kernel.arch.x86_64;

import os2.rt.InitAtBoot;

/**
 * The register names of a trap frame, for reports: apart from {@link TrapFrame} so that
 * class keeps no static initialiser (its accessors are on the system-call path).
 */
@InitAtBoot   // Interrupts.installTraps reads NAMES before the IDT is loaded: no initialiser runs in a trap
public final class FrameNames {
    /** Register names in frame order (offset = index * 8). */
    public static final String[] NAMES = {
        "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
        "vector", "error", "rip", "cs", "rflags", "rsp", "ss",
    };

    private FrameNames() {
    }
}
