package os2.kernel.task;

/**
 * An ELF file the kernel can load from: a boot module in physical memory, or an image in
 * a task's own memory (SPAWN_IMAGE). Besides the parser's byte reads, it gives kernel
 * (direct-map) addresses of runs of its bytes for bulk copies.
 */
interface ElfSource extends ElfBytes {
    /** The kernel address of byte off (0 <= off < size), 0 if it cannot be reached. */
    long address(long off);

    /** How many bytes from off are contiguous at {@link #address}(off). */
    long contiguous(long off);
}
