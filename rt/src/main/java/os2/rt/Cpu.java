package os2.rt;

/**
 * Privileged and special CPU instructions. Compiled, each is inline assembly;
 * on the JVM, a {@link SimCpu} records their effects.
 */
public final class Cpu {
    private Cpu() {
    }

    public static void cli() { SimCpu.get().interrupts = false; }
    public static void sti() { SimCpu.get().interrupts = true; }
    /** sti; hlt as one step, so no interrupt is lost between them. */
    public static void stiHlt() { SimCpu.get().interrupts = true; SimCpu.get().halts++; }
    public static void hlt() { SimCpu.get().halts++; }
    public static void pause() { }
    /** The RFLAGS register. */
    public static long rflags() { return SimCpu.get().interrupts ? 0x202 : 0x2; }

    public static long rdtsc() { return SimCpu.get().tsc += 1000; }

    /** A hardware random number, or 0 with {@code ok[0] == false}... see rdrandOk. */
    public static long rdrand() { return SimCpu.get().random.nextLong(); }
    /** True if the last rdrand succeeded (carry flag). */
    public static boolean rdrandOk() { return true; }

    /** cpuid(leaf, subleaf) into out[0..3] = eax, ebx, ecx, edx. */
    public static void cpuid(int leaf, int subleaf, int[] out) {
        int[] r = SimCpu.get().cpuid(leaf, subleaf);
        System.arraycopy(r, 0, out, 0, 4);
    }

    public static long rdmsr(int msr) { return SimCpu.get().msrs.getOrDefault(msr, 0L); }
    public static void wrmsr(int msr, long v) { SimCpu.get().msrs.put(msr, v); }

    public static long readCr0() { return SimCpu.get().cr[0]; }
    public static long readCr2() { return SimCpu.get().cr[2]; }
    public static long readCr3() { return SimCpu.get().cr[3]; }
    public static long readCr4() { return SimCpu.get().cr[4]; }
    public static void writeCr0(long v) { SimCpu.get().cr[0] = v; }
    public static void writeCr3(long v) { SimCpu.get().cr[3] = v; SimCpu.get().tlbFlushes++; }
    public static void writeCr4(long v) { SimCpu.get().cr[4] = v; }

    /** Invalidates the TLB entry for one virtual address. */
    public static void invlpg(long addr) { SimCpu.get().invlpgs.add(addr); }

    /** Loads the GDT / IDT from a descriptor-table pointer (limit:16, base:64) at addr. */
    public static void lgdt(long addr) { SimCpu.get().gdtr = addr; }
    public static void lidt(long addr) { SimCpu.get().idtr = addr; }
    /** Loads the task register with a TSS selector. */
    public static void ltr(int selector) { SimCpu.get().tr = selector; }
    /** Reloads CS with codeSelector and DS/ES/SS with dataSelector (FS/GS zeroed). */
    public static void reloadSegments(int codeSelector, int dataSelector) {
        SimCpu.get().cs = codeSelector;
    }

    /** The user-side system call instruction: rax = nr, rdi, rsi, rdx, r10, r8; returns rax. */
    public static long syscall(long nr, long a1, long a2, long a3, long a4, long a5) {
        throw new UnsupportedOperationException("syscall has no JVM simulation");
    }
}
