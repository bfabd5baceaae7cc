package os2.kernel.arch.x86_64;

import os2.rt.Cpu;
import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * The x86-64 side of user tasks, the one contract the task subsystem uses: enabling
 * syscall/sysret, SMEP and SMAP; building, reading and editing a task's save area (a
 * {@link TrapFrame} plus its fxsave image, in a page of its own); and choosing how
 * traps.S resumes it.
 */
public final class UserMode {
    // MSRs (SDM vol. 4, Table 2-2) and bits.
    static final int MSR_EFER = 0xC000_0080;
    static final long EFER_SCE = 1L;
    static final int MSR_STAR = 0xC000_0081;
    static final int MSR_LSTAR = 0xC000_0082;
    static final int MSR_FMASK = 0xC000_0084;
    // RFLAGS bits (SDM vol. 1 §3.4.3).
    static final long RFLAGS_CF_TO_OF = 0x0000_0CD5L;   // CF PF AF ZF SF DF OF (and bit 9 IF below)
    static final long RFLAGS_FIXED1 = 1L << 1;
    static final long RFLAGS_TF = 1L << 8;
    static final long RFLAGS_IF = 1L << 9;
    static final long RFLAGS_DF = 1L << 10;
    static final long RFLAGS_AC = 1L << 18;
    static final long RFLAGS_ID = 1L << 21;
    /** What a task may keep in RFLAGS across a resume (never IOPL, NT, VM, RF; IF always). */
    static final long RFLAGS_USER = RFLAGS_CF_TO_OF | RFLAGS_TF | RFLAGS_AC | RFLAGS_ID;
    // CR4 bits and their CPUID.(EAX=7,ECX=0):EBX feature bits (SDM vol. 3A §2.5, §4.6.1).
    static final long CR0_AM = 1L << 18;
    static final long CR4_OSXMMEXCPT = 1L << 10;
    static final long CR4_SMEP = 1L << 20;
    static final long CR4_SMAP = 1L << 21;
    static final int CPUID_LEAF_FEATURES7 = 7;
    static final int EBX_SMEP = 1 << 7;
    static final int EBX_SMAP = 1 << 20;
    /** Highest address sysretq may return to: the last user page is excluded as well. */
    public static final long SYSRET_LIMIT = 0x0000_7FFF_FFFF_F000L;
    // fxsave image fields (SDM vol. 1 §10.5.1, Table 10-2) and their reset values.
    static final int FX_FCW = 0;
    static final int FX_MXCSR = 24;
    static final short FCW_DEFAULT = 0x037F;
    static final int MXCSR_DEFAULT = 0x1F80;

    private static boolean smep;
    private static boolean smap;

    private UserMode() {
    }

    /**
     * Turns on syscall/sysret (EFER.SCE, STAR with the GDT's kernel and user selectors,
     * LSTAR = traps.S's entry, FMASK clearing IF, DF, TF and AC on entry) and SMEP/SMAP
     * where the CPU has them. Returns a log line.
     */
    public static String init() {
        Cpu.wrmsr(MSR_EFER, Cpu.rdmsr(MSR_EFER) | EFER_SCE);
        // STAR[47:32]: syscall CS (SS = +8); STAR[63:48]: sysret base (SS = +8, CS = +16) (SDM 2B).
        long sysretBase = Gdt.USER_DATA - 8 & ~3L;
        Cpu.wrmsr(MSR_STAR, (sysretBase << 48) | ((long) Gdt.KERNEL_CODE << 32));
        Cpu.wrmsr(MSR_LSTAR, Mem.symbol("os2_syscall_entry"));
        Cpu.wrmsr(MSR_FMASK, RFLAGS_IF | RFLAGS_DF | RFLAGS_TF | RFLAGS_AC);
        int[] r = new int[4];
        Cpu.cpuid(CPUID_LEAF_FEATURES7, 0, r);
        smep = (r[1] & EBX_SMEP) != 0;
        smap = (r[1] & EBX_SMAP) != 0;
        // CR0.AM: a task that sets RFLAGS.AC gets #AC on misaligned accesses (SDM 3A 2.5).
        Cpu.writeCr0(Cpu.readCr0() | CR0_AM);
        // CR4.OSXMMEXCPT: unmasked SIMD floating-point exceptions are #XM, not #UD (SDM 3A 2.5).
        long cr4 = Cpu.readCr4() | CR4_OSXMMEXCPT;
        if (smep) {
            cr4 |= CR4_SMEP;
        }
        if (smap) {
            cr4 |= CR4_SMAP;
        }
        Cpu.writeCr4(cr4);
        return "syscall/sysret, SMEP " + (smep ? "on" : "absent") + ", SMAP " + (smap ? "on" : "absent");
    }

    public static boolean smep() {
        return smep;
    }

    public static boolean smap() {
        return smap;
    }

    /** Fills a fresh save area: the task starts at entry with rsp, argc, argv, its stack's base (docs/SYSCALLS.md). */
    public static void initialState(long area, long entry, long rsp, long argc, long argv, long stackBase,
                                    long caps, long capCount) {
        Mem.fill(area, (byte) 0, TrapFrame.USER_AREA_SIZE);
        TrapFrame.set(area, TrapFrame.RIP, entry);
        TrapFrame.set(area, TrapFrame.CS, TrapFrame.USER_CS);
        TrapFrame.set(area, TrapFrame.RFLAGS, RFLAGS_FIXED1 | RFLAGS_IF);
        TrapFrame.set(area, TrapFrame.RSP, rsp);
        TrapFrame.set(area, TrapFrame.SS, TrapFrame.USER_SS);
        TrapFrame.set(area, TrapFrame.RDI, argc);
        TrapFrame.set(area, TrapFrame.RSI, argv);
        TrapFrame.set(area, TrapFrame.RDX, stackBase);
        TrapFrame.set(area, TrapFrame.R8, caps);
        TrapFrame.set(area, TrapFrame.R8 + 8, capCount);   // r9 follows r8 in the frame
        Mem.write16(area + TrapFrame.USER_FXSAVE + FX_FCW, FCW_DEFAULT);
        Mem.write32(area + TrapFrame.USER_FXSAVE + FX_MXCSR, MXCSR_DEFAULT);
    }

    /** True if a trap frame was pushed by an interrupt or exception in user mode (CPL 3). */
    @NoAlloc
    public static boolean fromUser(long frame) {
        return (TrapFrame.get(frame, TrapFrame.CS) & 3) == 3;
    }

    /** A system call's result, returned in rax on resume. */
    @NoAlloc
    public static void setResult(long area, long value) {
        TrapFrame.set(area, TrapFrame.RAX, value);
    }

    /** Argument i (0..5) of the system call saved in area: rdi, rsi, rdx, r10, r8, r9. */
    @NoAlloc
    public static long argument(long area, int i) {
        switch (i) {
            case 0: return TrapFrame.get(area, TrapFrame.RDI);
            case 1: return TrapFrame.get(area, TrapFrame.RSI);
            case 2: return TrapFrame.get(area, TrapFrame.RDX);
            case 3: return TrapFrame.get(area, TrapFrame.R8 + 16);
            case 4: return TrapFrame.get(area, TrapFrame.R8);
            default: return TrapFrame.get(area, TrapFrame.R8 + 8);
        }
    }

    /** The system-call number saved in area. */
    @NoAlloc
    public static long number(long area) {
        return TrapFrame.get(area, TrapFrame.RAX);
    }

    /**
     * Saves an interrupted user context into its task's area: the frame traps.S built on
     * the kernel stack and the fxsave image below it (os2_trap_common: 512 bytes under
     * the frame, rounded down to 16).
     */
    @NoAlloc
    public static void saveFromTrap(long frame, long area) {
        Mem.copy(area, frame, TrapFrame.SIZE);
        Mem.copy(area + TrapFrame.USER_FXSAVE, (frame - 512) & -16L, 512);
    }

    /**
     * The word traps.S resumes with: the area and how. sysretq when the area was saved
     * by a system call (rcx and r11 are the ABI's to lose) and the return address is a
     * user address below {@link #SYSRET_LIMIT}; iretq otherwise (a preempted or new task,
     * or an odd rip, whose fault is then the task's own). RFLAGS is sanitised either way.
     */
    @NoAlloc
    public static long resumeWord(long area) {
        long flags = TrapFrame.get(area, TrapFrame.RFLAGS);
        TrapFrame.set(area, TrapFrame.RFLAGS, (flags & RFLAGS_USER) | RFLAGS_FIXED1 | RFLAGS_IF);
        TrapFrame.set(area, TrapFrame.CS, TrapFrame.USER_CS);
        TrapFrame.set(area, TrapFrame.SS, TrapFrame.USER_SS);
        long rip = TrapFrame.get(area, TrapFrame.RIP);
        boolean viaSyscall = TrapFrame.get(area, TrapFrame.VECTOR) == TrapFrame.VECTOR_SYSCALL;
        if (viaSyscall && Long.compareUnsigned(rip, SYSRET_LIMIT) < 0) {
            return area | TrapFrame.RESUME_SYSRET;
        }
        return area | TrapFrame.RESUME_IRET;
    }

    /** Points traps.S at the area of the task about to run (the syscall entry saves there). */
    @NoAlloc
    public static void setRunning(long area) {
        Mem.write64(Mem.symbol("os2_user_state"), area);
    }
}
