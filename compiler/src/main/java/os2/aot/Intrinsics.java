package os2.aot;

import java.util.HashMap;
import java.util.Map;

/**
 * The os2.rt intrinsics: calls to these methods compile to inline C instead of
 * their JVM simulation bodies. Each entry maps class.name+descriptor to a C
 * expression template where $0, $1, ... are the arguments.
 */
final class Intrinsics {
    private static final Map<String, String> TABLE = new HashMap<>();

    static {
        String m = "os2/rt/Mem.";
        put(m + "read8(J)B", "(jint)*(volatile jbyte *)(uintptr_t)($0)");
        put(m + "read16(J)S", "(jint)*(volatile jshort *)(uintptr_t)($0)");
        put(m + "read32(J)I", "*(volatile jint *)(uintptr_t)($0)");
        put(m + "read64(J)J", "*(volatile jlong *)(uintptr_t)($0)");
        put(m + "write8(JB)V", "(*(volatile jbyte *)(uintptr_t)($0) = (jbyte)($1))");
        put(m + "write16(JS)V", "(*(volatile jshort *)(uintptr_t)($0) = (jshort)($1))");
        put(m + "write32(JI)V", "(*(volatile jint *)(uintptr_t)($0) = ($1))");
        put(m + "write64(JJ)V", "(*(volatile jlong *)(uintptr_t)($0) = ($1))");
        put(m + "copy(JJJ)V", "memmove((void *)(uintptr_t)($0), (const void *)(uintptr_t)($1), (size_t)($2))");
        put(m + "fill(JBJ)V", "memset((void *)(uintptr_t)($0), (jbyte)($1), (size_t)($2))");
        put(m + "addressOf(Ljava/lang/Object;)J", "(jlong)(uintptr_t)($0)");
        put(m + "arrayData(Ljava/lang/Object;)J", "(jlong)(uintptr_t)OS2_ARRAY_DATA($0)");
        put(m + "symbol(Ljava/lang/String;)J", null); // handled specially: needs a constant name
        String p = "os2/rt/Port.";
        put(p + "in8(I)I", "os2_in8($0)");
        put(p + "in16(I)I", "os2_in16($0)");
        put(p + "in32(I)I", "os2_in32($0)");
        put(p + "out8(II)V", "os2_out8($0, $1)");
        put(p + "out16(II)V", "os2_out16($0, $1)");
        put(p + "out32(II)V", "os2_out32($0, $1)");
        String c = "os2/rt/Cpu.";
        put(c + "cli()V", "__asm__ volatile(\"cli\" ::: \"memory\")");
        put(c + "sti()V", "__asm__ volatile(\"sti\" ::: \"memory\")");
        put(c + "stiHlt()V", "__asm__ volatile(\"sti; hlt\" ::: \"memory\")");
        put(c + "hlt()V", "__asm__ volatile(\"hlt\" ::: \"memory\")");
        put(c + "pause()V", "__builtin_ia32_pause()");
        put(c + "rflags()J", "os2_rflags()");
        put(c + "rdtsc()J", "(jlong)__builtin_ia32_rdtsc()");
        put(c + "rdrand()J", "os2_rdrand()");
        put(c + "rdrandOk()Z", "os2_rdrand_ok");
        put(c + "cpuid(II[I)V", "os2_cpuid($0, $1, $2)");
        put(c + "rdmsr(I)J", "os2_rdmsr($0)");
        put(c + "wrmsr(IJ)V", "os2_wrmsr($0, $1)");
        for (int i : new int[] {0, 2, 3, 4}) {
            put(c + "readCr" + i + "()J", "os2_read_cr" + i + "()");
        }
        for (int i : new int[] {0, 3, 4}) {
            put(c + "writeCr" + i + "(J)V", "os2_write_cr" + i + "($0)");
        }
        put(c + "invlpg(J)V", "__asm__ volatile(\"invlpg (%0)\" :: \"r\"((uintptr_t)($0)) : \"memory\")");
        put(c + "lgdt(J)V", "__asm__ volatile(\"lgdt (%0)\" :: \"r\"((uintptr_t)($0)) : \"memory\")");
        put(c + "lidt(J)V", "__asm__ volatile(\"lidt (%0)\" :: \"r\"((uintptr_t)($0)) : \"memory\")");
        put(c + "ltr(I)V", "__asm__ volatile(\"ltr %w0\" :: \"r\"($0) : \"memory\")");
        put(c + "reloadSegments(II)V", "os2_reload_segments($0, $1)");
        put(c + "syscall(JJJJJJ)J", "os2_syscall6($0, $1, $2, $3, $4, $5)");
        String b = "os2/rt/Boot.";
        put(b + "multibootMagic()I", "(jint)os2_boot_magic");
        put(b + "multibootInfo()J", "(jlong)os2_boot_info");
        String g = "os2/rt/Gc.";
        put(g + "addRegion(JJ)Z", "(jboolean)os2_heap_add_region((void *)(uintptr_t)($0), (size_t)($1))");
        put(g + "collect()V", "os2_gc_collect()");
        put(g + "collectWithoutStack()V", "os2_gc_collect_without_stack()");
        put(g + "stats([J)V", "os2_gc_stats((Os2GcStats *)OS2_ARRAY_DATA($0))");
        put(g + "freeBytes()J", "(jlong)os2_gc_free_bytes()");
        put(g + "census([Ljava/lang/Object;[J[J[JI)I", "os2_gc_census((JObject **)OS2_ARRAY_DATA($0), "
                + "(jlong *)OS2_ARRAY_DATA($1), (jlong *)OS2_ARRAY_DATA($2), (jlong *)OS2_ARRAY_DATA($3), $4)");
        put(g + "setStackBase(J)V", "os2_gc_set_stack_base((void *)(uintptr_t)($0))");
    }

    /**
     * Library methods with a pure C equivalent, compiled inline at each call: no call, no
     * class-initialisation check (their classes' initialisers have no effect these methods
     * could observe), nothing that can throw. Their bodies are still compiled for other uses.
     */
    private static final Map<String, String> PURE = new HashMap<>();

    static {
        PURE.put("java/lang/Long.compareUnsigned(JJ)I",
                "((uint64_t)($0) < (uint64_t)($1) ? -1 : (uint64_t)($0) != (uint64_t)($1))");
        PURE.put("java/lang/Integer.compareUnsigned(II)I",
                "((uint32_t)($0) < (uint32_t)($1) ? -1 : (uint32_t)($0) != (uint32_t)($1))");
    }

    private Intrinsics() {
    }

    /** A static call compiled to a pure C expression (see {@link #PURE}). */
    static boolean isPure(org.objectweb.asm.tree.AbstractInsnNode in) {
        return in.getOpcode() == org.objectweb.asm.Opcodes.INVOKESTATIC
                && PURE.containsKey(key((org.objectweb.asm.tree.MethodInsnNode) in));
    }

    /** The C expression of a pure call, args being its argument variables. */
    static String pure(org.objectweb.asm.tree.MethodInsnNode mi, String[] args) {
        return substitute(PURE.get(key(mi)), args);
    }

    private static String key(org.objectweb.asm.tree.MethodInsnNode mi) {
        return mi.owner + "." + mi.name + mi.desc;
    }

    private static String substitute(String t, String[] args) {
        for (int i = args.length - 1; i >= 0; i--) {
            t = t.replace("$" + i, args[i]);
        }
        return t;
    }

    private static void put(String key, String template) {
        TABLE.put(key, template);
    }

    /** Classes whose methods are intrinsics (their bodies are JVM simulations). */
    static boolean isIntrinsic(String owner) {
        return owner.equals("os2/rt/Mem") || owner.equals("os2/rt/Port") || owner.equals("os2/rt/Cpu")
                || owner.equals("os2/rt/Boot") || owner.equals("os2/rt/Gc");
    }

    static boolean known(String owner, String name, String desc) {
        return TABLE.containsKey(owner + "." + name + desc);
    }

    /** The C expression for a call, or null for specially handled ones. */
    static String expand(String owner, String name, String desc, String[] args) {
        String t = TABLE.get(owner + "." + name + desc);
        return t == null ? null : substitute(t, args);
    }
}
