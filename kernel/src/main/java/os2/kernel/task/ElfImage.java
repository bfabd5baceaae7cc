package os2.kernel.task;

/**
 * A validated ELF64 x86-64 executable: what the loader needs to map it, and nothing it has to
 * check again. {@link #parse} checks every field it uses before using it (see
 * {@link ElfParser} for the rules) and refuses a file with an {@link ElfException} naming the
 * field; on success the invariants below hold:
 *
 * <ul>
 *   <li>at least one segment; segments sorted by vaddr, not overlapping; two segments share a
 *       4 KiB page only if their rights are equal;
 *   <li>every segment lies below {@link #USER_TOP} (for a PIE: relative to the bias), its file
 *       bytes inside the file, rights never W and X together, R always set;
 *   <li>ET_EXEC: every segment at or above {@link #NULL_GUARD}; no relocations;
 *   <li>PIE: {@code spanEnd() - spanStart()} at most {@link #MAX_SPAN};
 *   <li>the page-rounded sizes of all segments together at most {@link #MAX_TOTAL};
 *   <li>the entry point lies in an executable segment;
 *   <li>every relocation is R_X86_64_RELATIVE and its 8-byte target lies inside one writable
 *       segment (it may be unaligned and may cross a page boundary inside that segment).
 * </ul>
 *
 * Relocations are not copied: the image remembers where the table is in the file and reads an
 * entry again when asked, so a large table costs the kernel no heap (an index array of ints is
 * built only if the table has R_X86_64_NONE entries to skip).
 */
public final class ElfImage {
    /** The end of the user half (exclusive): canonical lower-half addresses. */
    public static final long USER_TOP = 0x0000_8000_0000_0000L;
    /** ET_EXEC segments start at or above this (the first 2 MiB stay unmapped: null guard). */
    public static final long NULL_GUARD = 0x20_0000L;
    /** Largest PIE span (lowest to highest page of its segments). */
    public static final long MAX_SPAN = 1L << 30;
    /** Largest total of the segments' page-rounded sizes. */
    public static final long MAX_TOTAL = 1L << 30;
    /** Most relocation entries accepted (bounds the kernel's work on a hostile file). */
    public static final int MAX_RELOCATIONS = 1_000_000;
    /** Most program headers accepted. */
    public static final int MAX_PHNUM = 64;

    private final ElfBytes bytes;
    private final boolean pie;
    private final long entry;
    private final Segment[] segments;
    private final long align;
    private final long relaFileOffset;
    private final int relocations;
    private final int[] relocationIndex;

    ElfImage(ElfBytes bytes, boolean pie, long entry, Segment[] segments, long align,
            long relaFileOffset, int relocations, int[] relocationIndex) {
        this.bytes = bytes;
        this.pie = pie;
        this.entry = entry;
        this.segments = segments;
        this.align = align;
        this.relaFileOffset = relaFileOffset;
        this.relocations = relocations;
        this.relocationIndex = relocationIndex;
    }

    /** Validates {@code f} and describes it; refuses a malformed or unsupported file. */
    public static ElfImage parse(ElfBytes f) throws ElfException {
        return ElfParser.parse(f);
    }

    /** ET_DYN (PIE, static-pie: placed anywhere, addresses relative to the bias) vs ET_EXEC. */
    public boolean isPie() {
        return pie;
    }

    /** e_entry; for a PIE relative to the load bias. */
    public long entry() {
        return entry;
    }

    /** The lowest segment's vaddr rounded down to 4 KiB. */
    public long spanStart() {
        return segments[0].pageStart();
    }

    /** The highest segment end rounded up to 4 KiB (exclusive). */
    public long spanEnd() {
        return segments[segments.length - 1].pageEnd();
    }

    /**
     * The largest p_align of the PT_LOAD segments, at least 4096 (at most 1 GiB): a PIE whose
     * bias is a multiple of it keeps every alignment the linker promised.
     */
    public long alignment() {
        return align;
    }

    /** PT_LOAD segments (empty ones, p_memsz 0, are skipped), sorted by vaddr. */
    public int segmentCount() {
        return segments.length;
    }

    /** Segment {@code i} in vaddr order. */
    public Segment segment(int i) {
        return segments[i];
    }

    /** R_X86_64_RELATIVE relocations to apply (R_X86_64_NONE entries are dropped). */
    public int relocationCount() {
        return relocations;
    }

    /** r_offset of relocation {@code i} (relative to the bias for a PIE). */
    public long relocationOffset(int i) {
        return ElfParser.u64(bytes, entryAt(i));
    }

    /** r_addend of relocation {@code i}: the word at bias+offset becomes bias+addend. */
    public long relocationAddend(int i) {
        return ElfParser.u64(bytes, entryAt(i) + 16);
    }

    private long entryAt(int i) {
        if (i < 0 || i >= relocations) {
            throw new IndexOutOfBoundsException("relocation " + i + " of " + relocations);
        }
        int k = relocationIndex == null ? i : relocationIndex[i];
        return relaFileOffset + (long) k * ElfParser.RELA_SIZE;
    }
}
