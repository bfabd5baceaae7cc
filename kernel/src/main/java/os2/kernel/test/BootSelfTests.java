package os2.kernel.test;

import java.util.List;
import os2.kernel.Kernel;
import os2.kernel.boot.BootInfo;
import os2.kernel.boot.CommandLine;
import os2.kernel.boot.Multiboot;
import os2.kernel.mem.MemoryMapEntry;
import os2.rt.Boot;
import os2.rt.Mem;

/** Self tests of the boot path: command line and Multiboot information. */
final class BootSelfTests {
    private BootSelfTests() {
    }

    static void register() {
        SelfTests.register("cmdline", true, BootSelfTests::cmdline);
        SelfTests.register("multiboot", true, BootSelfTests::multiboot);
    }

    static void cmdline() {
        CommandLine c = CommandLine.parse("/boot/kernel32.elf  test=all log=debug  quiet name=\"a b\" x=1 x=2");
        Check.equal("all", c.get("test"), "test=");
        Check.equal("debug", c.get("log"), "log=");
        Check.that(c.has("quiet") && c.get("quiet") == null, "bare flag");
        Check.equal("a b", c.get("name"), "quoted value");
        Check.equal("2", c.get("x"), "last occurrence wins");
        Check.that(!c.has("missing") && c.get("missing", "d").equals("d"), "default");
        Check.equal(7, c.keys().size(), "words");
        Check.equal(0, CommandLine.parse("").keys().size(), "empty line");
        // the real one must carry the test= that selected us
        Check.that(Kernel.bootInfo().commandLine().has("test"), "boot command line has test=");
    }

    static void multiboot() {
        Check.equal(Multiboot.BOOT_MAGIC, Boot.multibootMagic(), "boot magic");
        BootInfo info = Kernel.bootInfo();
        List<MemoryMapEntry> map = info.memoryMap();
        Check.that(!map.isEmpty(), "memory map present");
        long kernelStart = Mem.symbol("_kernel_start_phys");
        long kernelEnd = Mem.symbol("_kernel_end_phys");
        Check.that(kernelStart == 0x100000L && kernelEnd > kernelStart, "kernel image symbols");
        boolean kernelInRam = false;
        for (int i = 0; i < map.size(); i++) {
            MemoryMapEntry e = map.get(i);
            Check.that(e.length() > 0, "entry " + i + " has a length");
            if (e.type() == MemoryMapEntry.AVAILABLE && e.base() <= kernelStart
                    && kernelEnd <= e.base() + e.length()) {
                kernelInRam = true;
            }
        }
        Check.that(kernelInRam, "the kernel image lies in available RAM");
        long avail = info.availableBytes();
        Check.that(avail >= 16L << 20, "at least 16 MiB available, got " + avail);
        // mem_upper (KiB above 1 MiB up to the first hole) agrees with the map within 1 MiB
        long upper = info.memUpperKiB() * 1024;
        Check.that(upper > 0 && upper <= avail, "mem_upper consistent with the map");
    }
}
