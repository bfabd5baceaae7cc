package os2.kernel.task;

/**
 * The checks behind {@link ElfImage#parse}: the ELF header and the program headers (the
 * dynamic section and relocations are {@link ElfDynamic}'s). Every value read from the file is
 * treated as unsigned and every sum is checked for wrap-around before it is compared, so a
 * hostile file can neither make the parser read outside the file nor loop for long: the work
 * is bounded by 64 program headers, 4096 dynamic entries and 1,000,000 relocations.
 *
 * <p>Choices: an empty PT_LOAD (p_memsz 0) maps nothing and is skipped (after its p_filesz is
 * checked to be 0 as well); PT_NOTE, PT_PHDR, PT_GNU_* and other unknown types are ignored
 * (the stack is never executable, whatever PT_GNU_STACK asks); section headers are not used
 * and not checked. PT_LOAD p_align must be 0, 1, or a power of two from 4 KiB to 1 GiB.
 */
final class ElfParser {
    static final int EHDR_SIZE = 64;
    static final int PHDR_SIZE = 56;
    static final int RELA_SIZE = 24;
    static final long PAGE = 4096;

    static final int ET_REL = 1, ET_EXEC = 2, ET_DYN = 3, ET_CORE = 4;
    static final int EM_X86_64 = 62;
    static final int PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_SHLIB = 5, PT_TLS = 7;
    static final int PF_X = 1, PF_W = 2, PF_R = 4;
    static final int PN_XNUM = 0xffff;
    static final long MAX_ALIGN = 1L << 30;

    private ElfParser() {
    }

    static ElfImage parse(ElfBytes f) throws ElfException {
        if (f == null) {
            throw new ElfException("no file");
        }
        long size = f.size();
        if (size < EHDR_SIZE) {
            throw new ElfException("file size (0x" + hex(size) + ") is smaller than the ELF header (0x40)");
        }
        boolean pie = header(f);
        long entry = u64(f, 24);
        long phoff = u64(f, 32);
        int phnum = u16(f, 56);
        if (phnum == 0) {
            throw new ElfException("e_phnum is 0: no program headers");
        }
        if (phnum == PN_XNUM) {
            throw new ElfException("e_phnum is PN_XNUM (0xffff): extended program header numbering is not supported");
        }
        if (phnum > ElfImage.MAX_PHNUM) {
            throw new ElfException("e_phnum (" + phnum + ") is more than " + ElfImage.MAX_PHNUM);
        }
        if (!inside(phoff, (long) phnum * PHDR_SIZE, size)) {
            throw new ElfException("e_phoff+e_phnum*e_phentsize (" + end(phoff, (long) phnum * PHDR_SIZE)
                    + ") is past the end of the file (0x" + hex(size) + ")");
        }

        Segment[] found = new Segment[phnum];
        int[] foundPh = new int[phnum];
        int n = 0;
        int dynamic = -1;
        long align = PAGE;
        for (int i = 0; i < phnum; i++) {
            long ph = phoff + (long) i * PHDR_SIZE;
            long type = u32(f, ph);
            if (type == PT_LOAD) {
                Segment s = load(f, ph, i, size, pie);
                if (s != null) {
                    found[n] = s;
                    foundPh[n] = i;
                    n++;
                    long a = u64(f, ph + 48);
                    if (a > align) {
                        align = a;
                    }
                }
            } else if (type == PT_DYNAMIC) {
                if (dynamic >= 0) {
                    throw new ElfException("program header " + i + ": a second PT_DYNAMIC (the first is program header " + dynamic + ")");
                }
                dynamic = i;
            } else if (type == PT_INTERP) {
                throw new ElfException("program header " + i + ": PT_INTERP: the file needs a dynamic loader (link with -static or -static-pie)");
            } else if (type == PT_TLS) {
                throw new ElfException("program header " + i + ": PT_TLS: thread-local storage is not supported");
            } else if (type == PT_SHLIB) {
                throw new ElfException("program header " + i + ": PT_SHLIB is reserved and not supported");
            }
        }
        if (n == 0) {
            throw new ElfException("no PT_LOAD segment with p_memsz > 0: nothing to load");
        }
        Segment[] segs = new Segment[n];
        int[] segPh = new int[n];
        sort(found, foundPh, n, segs, segPh);
        layout(segs, segPh, pie);

        int entrySeg = find(segs, entry, 1);
        if (entrySeg < 0 || !segs[entrySeg].has(Segment.X)) {
            throw new ElfException("e_entry (0x" + hex(entry) + ") is not inside an executable PT_LOAD segment");
        }
        ElfDynamic dyn = new ElfDynamic(f, segs, segPh, pie);
        if (dynamic >= 0) {
            dyn.parse(phoff + (long) dynamic * PHDR_SIZE, dynamic);
        }
        return new ElfImage(f, pie, entry, segs, align, dyn.relaFileOffset, dyn.relocations, dyn.relocationIndex);
    }

    /** e_ident, e_type, e_machine, e_version, e_ehsize, e_phentsize; returns whether ET_DYN. */
    private static boolean header(ElfBytes f) throws ElfException {
        if (f.u8(0) != 0x7f || f.u8(1) != 'E' || f.u8(2) != 'L' || f.u8(3) != 'F') {
            throw new ElfException("e_ident: no ELF magic (\\x7fELF) at the start of the file");
        }
        if (f.u8(4) != 2) {
            throw new ElfException("e_ident[EI_CLASS] is " + f.u8(4) + ", not ELFCLASS64 (2)");
        }
        if (f.u8(5) != 1) {
            throw new ElfException("e_ident[EI_DATA] is " + f.u8(5) + ", not ELFDATA2LSB (1, little-endian)");
        }
        if (f.u8(6) != 1) {
            throw new ElfException("e_ident[EI_VERSION] is " + f.u8(6) + ", not EV_CURRENT (1)");
        }
        int osabi = f.u8(7);
        if (osabi != 0 && osabi != 3) {
            throw new ElfException("e_ident[EI_OSABI] is " + osabi + ", not ELFOSABI_SYSV (0) or ELFOSABI_GNU (3)");
        }
        int type = u16(f, 16);
        if (type == ET_REL) {
            throw new ElfException("e_type is ET_REL (a relocatable object file), not an executable");
        }
        if (type == ET_CORE) {
            throw new ElfException("e_type is ET_CORE (a core dump), not an executable");
        }
        if (type != ET_EXEC && type != ET_DYN) {
            throw new ElfException("e_type is 0x" + Integer.toHexString(type) + ", not ET_EXEC (2) or ET_DYN (3)");
        }
        int machine = u16(f, 18);
        if (machine != EM_X86_64) {
            throw new ElfException("e_machine is " + machine + ", not EM_X86_64 (62)");
        }
        long version = u32(f, 20);
        if (version != 1) {
            throw new ElfException("e_version is 0x" + hex(version) + ", not EV_CURRENT (1)");
        }
        int ehsize = u16(f, 52);
        if (ehsize != EHDR_SIZE) {
            throw new ElfException("e_ehsize is " + ehsize + ", not 64");
        }
        int phentsize = u16(f, 54);
        if (phentsize != PHDR_SIZE) {
            throw new ElfException("e_phentsize is " + phentsize + ", not 56");
        }
        return type == ET_DYN;
    }

    /** One PT_LOAD program header at file offset {@code ph}; null for an empty one. */
    private static Segment load(ElfBytes f, long ph, int i, long size, boolean pie) throws ElfException {
        String at = "program header " + i + " (PT_LOAD): ";
        long flags = u32(f, ph + 4);
        long offset = u64(f, ph + 8);
        long vaddr = u64(f, ph + 16);
        long filesz = u64(f, ph + 32);
        long memsz = u64(f, ph + 40);
        long align = u64(f, ph + 48);
        if (Long.compareUnsigned(filesz, memsz) > 0) {
            throw new ElfException(at + "p_filesz (0x" + hex(filesz) + ") is larger than p_memsz (0x" + hex(memsz) + ")");
        }
        if (memsz == 0) {
            return null;
        }
        if (!inside(offset, filesz, size)) {
            throw new ElfException(at + "p_offset+p_filesz (" + end(offset, filesz)
                    + ") is past the end of the file (0x" + hex(size) + ")");
        }
        if (align > 1 && (align & (align - 1)) != 0) {
            throw new ElfException(at + "p_align (0x" + hex(align) + ") is not a power of two");
        }
        if (align > 1 && align < PAGE) {
            throw new ElfException(at + "p_align (0x" + hex(align) + ") is smaller than the 4 KiB page");
        }
        if (Long.compareUnsigned(align, MAX_ALIGN) > 0) {
            throw new ElfException(at + "p_align (0x" + hex(align) + ") is larger than 1 GiB");
        }
        if (((offset ^ vaddr) & (PAGE - 1)) != 0) {
            throw new ElfException(at + "p_offset (0x" + hex(offset) + ") and p_vaddr (0x" + hex(vaddr)
                    + ") differ modulo 4096 (the page)");
        }
        if (!inside(vaddr, memsz, ElfImage.USER_TOP)) {
            throw new ElfException(at + "p_vaddr+p_memsz (" + end(vaddr, memsz)
                    + ") is not in the user half (below 0x" + hex(ElfImage.USER_TOP) + ")");
        }
        if (!pie && vaddr < ElfImage.NULL_GUARD) {
            throw new ElfException(at + "p_vaddr (0x" + hex(vaddr) + ") of an ET_EXEC file is below 0x"
                    + hex(ElfImage.NULL_GUARD) + " (the unmapped null guard)");
        }
        if ((flags & ~(long) (PF_R | PF_W | PF_X)) != 0) {
            throw new ElfException(at + "p_flags (0x" + hex(flags) + ") has bits other than PF_R, PF_W, PF_X");
        }
        if ((flags & (PF_W | PF_X)) == (PF_W | PF_X)) {
            throw new ElfException(at + "p_flags (0x" + hex(flags) + ") asks for writable and executable (W^X)");
        }
        if (flags == 0) {
            throw new ElfException(at + "p_flags is 0: no rights (PF_R, PF_W, PF_X all clear)");
        }
        int rights = Segment.R | ((flags & PF_W) != 0 ? Segment.W : 0) | ((flags & PF_X) != 0 ? Segment.X : 0);
        return new Segment(vaddr, memsz, offset, filesz, rights);
    }

    /** Insertion sort by vaddr (at most 64 entries) into {@code segs}/{@code segPh}. */
    private static void sort(Segment[] found, int[] foundPh, int n, Segment[] segs, int[] segPh) {
        for (int i = 0; i < n; i++) {
            Segment s = found[i];
            int j = i;
            while (j > 0 && segs[j - 1].vaddr() > s.vaddr()) {
                segs[j] = segs[j - 1];
                segPh[j] = segPh[j - 1];
                j--;
            }
            segs[j] = s;
            segPh[j] = foundPh[i];
        }
    }

    /** No overlap, page sharing only with equal rights, size limits. Segments are sorted. */
    private static void layout(Segment[] segs, int[] segPh, boolean pie) throws ElfException {
        long total = 0;
        for (int i = 0; i < segs.length; i++) {
            Segment s = segs[i];
            total += s.pageEnd() - s.pageStart(); // each below 2^47, at most 64: no wrap
            if (i == 0) {
                continue;
            }
            Segment p = segs[i - 1];
            String pair = "program headers " + segPh[i - 1] + " and " + segPh[i];
            if (p.end() > s.vaddr()) {
                throw new ElfException(pair + " overlap: 0x" + hex(p.vaddr()) + "-0x" + hex(p.end())
                        + " and 0x" + hex(s.vaddr()) + "-0x" + hex(s.end()));
            }
            if (p.pageEnd() > s.pageStart() && p.rights() != s.rights()) {
                throw new ElfException(pair + " share the page at 0x" + hex(s.pageStart())
                        + " with different rights (" + rights(p.rights()) + " and " + rights(s.rights()) + ")");
            }
        }
        if (total > ElfImage.MAX_TOTAL) {
            throw new ElfException("the PT_LOAD segments need 0x" + hex(total) + " bytes of pages, more than 1 GiB");
        }
        long span = segs[segs.length - 1].pageEnd() - segs[0].pageStart();
        if (pie && span > ElfImage.MAX_SPAN) {
            throw new ElfException("the PT_LOAD segments span 0x" + hex(span) + " bytes (0x"
                    + hex(segs[0].pageStart()) + "-0x" + hex(segs[segs.length - 1].pageEnd()) + "), more than 1 GiB");
        }
    }

    /** The index of the segment holding {@code [addr, addr+len)}, or -1. */
    static int find(Segment[] segs, long addr, long len) {
        int lo = 0;
        int hi = segs.length - 1;
        while (lo <= hi) { // the last segment whose vaddr <= addr
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(segs[mid].vaddr(), addr) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (hi < 0) {
            return -1;
        }
        Segment s = segs[hi];
        return inside(addr - s.vaddr(), len, s.memSize()) ? hi : -1;
    }

    /** Whether {@code [off, off+len)} lies inside {@code [0, limit)}, all unsigned, no wrap. */
    static boolean inside(long off, long len, long limit) {
        return Long.compareUnsigned(off, limit) <= 0 && Long.compareUnsigned(len, limit - off) <= 0;
    }

    /** {@code off+len} as hex for a message, or a note that it wraps past 2^64. */
    static String end(long off, long len) {
        long e = off + len;
        return Long.compareUnsigned(e, off) < 0 ? "0x" + hex(off) + "+0x" + hex(len) + ", past 2^64" : "0x" + hex(e);
    }

    static String rights(int r) {
        return ((r & Segment.R) != 0 ? "R" : "") + ((r & Segment.W) != 0 ? "W" : "") + ((r & Segment.X) != 0 ? "X" : "");
    }

    static String hex(long v) {
        return Long.toHexString(v);
    }

    static int u16(ElfBytes f, long off) {
        return f.u8(off) | f.u8(off + 1) << 8;
    }

    static long u32(ElfBytes f, long off) {
        return (long) u16(f, off) | (long) u16(f, off + 2) << 16;
    }

    static long u64(ElfBytes f, long off) {
        // one load when the 8 bytes are in one run of a loadable source: relocation tables
        // of a large program are read 8 bytes at a time, byte by byte that was most of a spawn
        if (f instanceof ElfSource && off >= 0 && ((ElfSource) f).contiguous(off) >= Long.BYTES) {
            long a = ((ElfSource) f).address(off);
            return a == 0 ? 0 : os2.rt.Mem.read64(a);
        }
        return u32(f, off) | u32(f, off + 4) << 32;
    }
}
