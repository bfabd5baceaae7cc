package os2.kernel.boot;

/**
 * A Multiboot module (spec 3.3, mods_*): physical [start, end) and its string
 * (for QEMU's -initrd: the file name and any arguments after it).
 */
public final class BootModule {
    private final long start;
    private final long end;
    private final String string;

    public BootModule(long start, long end, String string) {
        this.start = start;
        this.end = end;
        this.string = string;
    }

    public long start() { return start; }
    public long end() { return end; }
    public long size() { return end - start; }
    public String string() { return string; }
}
