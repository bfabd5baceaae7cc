package os2.kernel.task;

/**
 * One PT_LOAD segment of a validated ELF image. For a PIE, {@code vaddr} is relative to the
 * load bias. The loader maps {@code [pageStart(), pageEnd())} with {@code rights}, copies
 * {@code fileSize} bytes from {@code fileOffset} to {@code vaddr} and zeroes the rest (the bss
 * and the page slack on both sides).
 *
 * @param vaddr      p_vaddr
 * @param memSize    p_memsz (greater than 0)
 * @param fileOffset p_offset
 * @param fileSize   p_filesz (at most memSize)
 * @param rights     {@link #R}, {@link #W}, {@link #X}; R is always set, W and X never both
 */
public record Segment(long vaddr, long memSize, long fileOffset, long fileSize, int rights) {
    /** Readable (implied by W and X: x86 page tables cannot express write- or execute-only). */
    public static final int R = 1;
    /** Writable. */
    public static final int W = 2;
    /** Executable. */
    public static final int X = 4;
    /** The page size segments are mapped with. */
    public static final long PAGE = 4096;

    /** {@code vaddr} rounded down to the page. */
    public long pageStart() {
        return vaddr & -PAGE;
    }

    /** {@code vaddr + memSize} rounded up to the page (exclusive). */
    public long pageEnd() {
        return (vaddr + memSize + PAGE - 1) & -PAGE;
    }

    /** {@code vaddr + memSize} (exclusive). */
    public long end() {
        return vaddr + memSize;
    }

    /** Whether the segment has all of {@code r} (a combination of R, W, X). */
    public boolean has(int r) {
        return (rights & r) == r;
    }
}
