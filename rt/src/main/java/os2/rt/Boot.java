package os2.rt;

/**
 * What the boot code hands to Java: the Multiboot magic and the physical address
 * of the Multiboot information structure. On the JVM, tests set them.
 */
public final class Boot {
    private Boot() {
    }

    static int simMagic;
    static long simInfo;

    public static int multibootMagic() { return simMagic; }

    public static long multibootInfo() { return simInfo; }

    /** For JVM tests. */
    public static void simulate(int magic, long info) {
        simMagic = magic;
        simInfo = info;
    }
}
