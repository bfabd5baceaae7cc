package os2.kernel.task;

/**
 * The bytes of an ELF file wherever they are: a boot module in physical memory in the
 * kernel, a {@code byte[]} in tests. The parser reads only inside {@code [0, size())}, one
 * byte at a time, so an implementation needs no bounds logic of its own beyond that promise.
 * The bytes must not change between {@link ElfImage#parse} and the last use of the image
 * (relocations are read from the file again when the loader asks for them).
 */
public interface ElfBytes {
    /** The file size in bytes (never negative). */
    long size();

    /** The byte at {@code off} as 0..255; callers only read inside {@code [0, size())}. */
    int u8(long off);
}
