package os2.rt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The JVM stand-in for CPU state touched through {@link Cpu}. */
public final class SimCpu {
    private static SimCpu current = new SimCpu();

    public boolean interrupts;
    public int halts;
    public long tsc;
    public final long[] cr = new long[5];
    public final Map<Integer, Long> msrs = new HashMap<>();
    public final List<Long> invlpgs = new ArrayList<>();
    public int tlbFlushes;
    public long gdtr;
    public long idtr;
    public int tr;
    public int cs;
    public final Random random = new Random(42);
    /** cpuid answers by leaf (subleaf ignored); missing leaves read as zeros. */
    public final Map<Integer, int[]> cpuidLeaves = new HashMap<>();

    public static SimCpu get() {
        return current;
    }

    public static SimCpu reset() {
        current = new SimCpu();
        return current;
    }

    int[] cpuid(int leaf, int subleaf) {
        return cpuidLeaves.getOrDefault(leaf, new int[4]);
    }
}
