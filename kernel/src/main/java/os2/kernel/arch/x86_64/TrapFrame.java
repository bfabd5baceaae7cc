package os2.kernel.arch.x86_64;

import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * The trap frame traps.S builds on the stack: the general registers it pushes, the
 * vector and error code from the stub, then what the CPU pushed (SDM vol. 3A
 * §6.14.1, Figure 6-9: RIP, CS, RFLAGS, RSP, SS). This class is the one definition
 * of the offsets: ./os2 build generates traps.S's trapframe.h from these constants
 * ({@link TrapFrameHeader}). It has constants only, no static initialiser (the
 * register names are in {@link FrameNames}): a call to {@link #get} or {@link #set}
 * then needs no initialisation test, so the compiler can inline the callers of these
 * leaves (UserMode's getters on the system-call path) without a frame of their own.
 */
public final class TrapFrame {
    public static final int RAX = 0;
    public static final int RBX = 8;
    public static final int RCX = 16;
    public static final int RDX = 24;
    public static final int RSI = 32;
    public static final int RDI = 40;
    public static final int RBP = 48;
    /** r8..r15 follow at 8-byte steps. */
    public static final int R8 = 56;
    public static final int R15 = 112;
    public static final int VECTOR = 120;
    public static final int ERROR = 128;
    public static final int RIP = 136;
    public static final int CS = 144;
    public static final int RFLAGS = 152;
    public static final int RSP = 160;
    public static final int SS = 168;
    public static final int SIZE = 176;

    /** Bytes per entry stub, and the number of stubs (vectors 0..47). */
    public static final int STUB_SIZE = 16;
    public static final int STUB_COUNT = 48;
    /** Vectors whose exceptions push an error code (SDM vol. 3A §6.15): 8, 10-14, 17, 21, 29, 30. */
    public static final int ERROR_CODE_VECTORS = (1 << 8) | (1 << 10) | (1 << 11) | (1 << 12) | (1 << 13)
            | (1 << 14) | (1 << 17) | (1 << 21) | (1 << 29) | (1 << 30);

    /** os2_trap's answers to traps.S. */
    public static final int TRAP_RESUME = 0;
    public static final int TRAP_ENTER_SCHEDULER = 1;

    /*
     * A user task's save area: a page of its own (never on the kernel stack, which is reset
     * before every continuation) holding a frame of the layout above, filled by the syscall
     * entry or copied from a trap frame, and the fxsave image of its x87/SSE state.
     */
    /** Offset of the fxsave image in a save area (16-byte aligned, SDM vol. 1 §10.5). */
    public static final int USER_FXSAVE = 256;
    /** Bytes of a save area used (fxsave writes 512). */
    public static final int USER_AREA_SIZE = USER_FXSAVE + 512;
    /** The VECTOR slot of a frame saved by the syscall entry (no CPU vector is this large). */
    public static final int VECTOR_SYSCALL = 256;
    /** Selectors the syscall entry stores in CS and SS of the frame (as sysret loads them). */
    public static final int USER_CS = Gdt.USER_CODE;
    public static final int USER_SS = Gdt.USER_DATA;
    /**
     * How os2_sched_step and os2_syscall answer traps.S: 0 = run the scheduler loop, or a
     * save area's address with one of these bits = resume that task through sysretq (the
     * frame's rcx and r11 are lost, as the syscall ABI allows) or iretq (every register).
     */
    public static final int RESUME_SYSRET = 1;
    public static final int RESUME_IRET = 2;

    private TrapFrame() {
    }

    @NoAlloc
    public static long get(long frame, int offset) {
        return Mem.read64(frame + offset);
    }

    @NoAlloc
    public static void set(long frame, int offset, long value) {
        Mem.write64(frame + offset, value);
    }

    /** All slots of a frame, in {@link FrameNames#NAMES} order. */
    public static long[] values(long frame) {
        long[] v = new long[SIZE / 8];
        for (int i = 0; i < v.length; i++) {
            v[i] = Mem.read64(frame + 8L * i);
        }
        return v;
    }
}
