package os2.kernel.boot;

import java.util.ArrayList;
import java.util.List;
import os2.kernel.mem.MemoryMapEntry;
import os2.kernel.mem.PhysMap;
import os2.rt.Mem;

/**
 * Parses the Multiboot 1 information structure (Multiboot spec 0.6.96, section 3.3
 * "Boot information format"). Physical addresses are read through {@link PhysMap}.
 */
public final class Multiboot {
    /** The value in EAX when a Multiboot loader enters the kernel (spec 3.2). */
    public static final int BOOT_MAGIC = 0x2BADB002;

    // flags bits of the information structure
    static final int F_MEM = 1 << 0;
    static final int F_CMDLINE = 1 << 2;
    static final int F_MODS = 1 << 3;
    static final int F_MMAP = 1 << 6;
    static final int F_LOADER_NAME = 1 << 9;

    // field offsets in the information structure
    static final int OFF_FLAGS = 0;
    static final int OFF_MEM_LOWER = 4;
    static final int OFF_MEM_UPPER = 8;
    static final int OFF_CMDLINE = 16;
    static final int OFF_MODS_COUNT = 20;
    static final int OFF_MODS_ADDR = 24;
    static final int OFF_MMAP_LENGTH = 44;
    static final int OFF_MMAP_ADDR = 48;
    static final int OFF_LOADER_NAME = 64;

    static final int MODULE_SIZE = 16;       // mod_start, mod_end, string, reserved
    private static final int MAX_STRING = 4096;

    private Multiboot() {
    }

    /** Parses the structure at physical address info; magic must be {@link #BOOT_MAGIC}. */
    public static BootInfo parse(int magic, long info) {
        if (magic != BOOT_MAGIC) {
            throw new IllegalStateException("not booted by a Multiboot loader (magic " + Integer.toHexString(magic) + ")");
        }
        int flags = read32(info + OFF_FLAGS);
        long lower = 0;
        long upper = 0;
        if ((flags & F_MEM) != 0) {
            lower = u32(info + OFF_MEM_LOWER);
            upper = u32(info + OFF_MEM_UPPER);
        }
        String cmdline = (flags & F_CMDLINE) != 0 ? cString(u32(info + OFF_CMDLINE)) : "";
        String loader = (flags & F_LOADER_NAME) != 0 ? cString(u32(info + OFF_LOADER_NAME)) : "";
        List<MemoryMapEntry> map = new ArrayList<>();
        if ((flags & F_MMAP) != 0) {
            readMemoryMap(u32(info + OFF_MMAP_ADDR), u32(info + OFF_MMAP_LENGTH), map);
        }
        List<BootModule> mods = new ArrayList<>();
        if ((flags & F_MODS) != 0) {
            long count = u32(info + OFF_MODS_COUNT);
            long addr = u32(info + OFF_MODS_ADDR);
            for (long i = 0; i < count; i++) {
                long m = addr + i * MODULE_SIZE;
                mods.add(new BootModule(u32(m), u32(m + 4), cString(u32(m + 8))));
            }
        }
        return new BootInfo(info, loader, CommandLine.parse(cmdline), lower, upper, map, mods);
    }

    /**
     * The memory map is a sequence of entries each preceded by its size (which does
     * not count the size field itself): size:u32, base:u64, length:u64, type:u32.
     */
    static void readMemoryMap(long addr, long length, List<MemoryMapEntry> out) {
        long p = addr;
        while (p < addr + length) {
            long size = u32(p);
            out.add(new MemoryMapEntry(read64(p + 4), read64(p + 12), read32(p + 20)));
            p += size + 4;
        }
    }

    /** A NUL-terminated Latin-1 string at physical address p ("" for address 0). */
    static String cString(long p) {
        if (p == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < MAX_STRING; i++) {
            int c = Mem.read8(PhysMap.virt(p + i)) & 0xFF;
            if (c == 0) {
                break;
            }
            b.append((char) c);
        }
        return b.toString();
    }

    private static int read32(long phys) {
        return Mem.read32(PhysMap.virt(phys));
    }

    private static long u32(long phys) {
        return read32(phys) & 0xFFFF_FFFFL;
    }

    private static long read64(long phys) {
        return Mem.read64(PhysMap.virt(phys));
    }
}
