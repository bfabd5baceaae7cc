package os2.kernel.boot;

import java.util.List;
import os2.kernel.mem.MemoryMapEntry;

/**
 * What the loader told the kernel, parsed from the Multiboot information structure.
 * All addresses are physical.
 */
public final class BootInfo {
    private final long infoPhys;
    private final String loaderName;
    private final CommandLine commandLine;
    private final long memLowerKiB;
    private final long memUpperKiB;
    private final List<MemoryMapEntry> memoryMap;
    private final List<BootModule> modules;

    BootInfo(long infoPhys, String loaderName, CommandLine commandLine, long memLowerKiB, long memUpperKiB,
             List<MemoryMapEntry> memoryMap, List<BootModule> modules) {
        this.infoPhys = infoPhys;
        this.loaderName = loaderName;
        this.commandLine = commandLine;
        this.memLowerKiB = memLowerKiB;
        this.memUpperKiB = memUpperKiB;
        this.memoryMap = memoryMap;
        this.modules = modules;
    }

    /** Physical address of the Multiboot information structure itself. */
    public long infoPhys() { return infoPhys; }

    /** boot_loader_name, or "" when absent. */
    public String loaderName() { return loaderName; }

    public CommandLine commandLine() { return commandLine; }

    /** KiB of memory below 1 MiB / above 1 MiB up to the first hole (mem_lower/mem_upper). */
    public long memLowerKiB() { return memLowerKiB; }
    public long memUpperKiB() { return memUpperKiB; }

    /** The firmware memory map in the loader's order (may be empty). */
    public List<MemoryMapEntry> memoryMap() { return memoryMap; }

    /** Boot modules in order (e.g. the init program), physical ranges. */
    public List<BootModule> modules() { return modules; }

    /** Bytes of AVAILABLE memory in the map. */
    public long availableBytes() {
        long sum = 0;
        for (int i = 0; i < memoryMap.size(); i++) {
            MemoryMapEntry e = memoryMap.get(i);
            if (e.type() == MemoryMapEntry.AVAILABLE) {
                sum += e.length();
            }
        }
        return sum;
    }
}
