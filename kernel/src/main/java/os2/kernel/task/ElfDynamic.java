package os2.kernel.task;

import static os2.kernel.task.ElfParser.hex;

/**
 * The PT_DYNAMIC checks of {@link ElfImage#parse}: the dynamic entries (16 bytes each, up to
 * DT_NULL, at most {@link #MAX_ENTRIES}) and the RELA table they point to. Refused: DT_NEEDED
 * (a shared library), DT_REL/DT_RELSZ/DT_RELENT (REL format), DT_RELR (packed relative
 * relocations), DT_JMPREL with a non-zero DT_PLTRELSZ (PLT relocations), DT_TEXTREL and
 * DF_TEXTREL (code that is written to), any relocation type but R_X86_64_RELATIVE (8) and
 * R_X86_64_NONE (0), and relocations in an ET_EXEC file. Other tags (DT_SYMTAB, DT_GNU_HASH,
 * DT_DEBUG, DT_FLAGS_1, ...) are ignored. DT_RELACOUNT, when present, must not exceed the
 * table and must count only RELATIVE entries at its start.
 */
final class ElfDynamic {
    static final int MAX_ENTRIES = 4096;
    static final long DT_NULL = 0, DT_NEEDED = 1, DT_PLTRELSZ = 2, DT_RELA = 7, DT_RELASZ = 8, DT_RELAENT = 9;
    static final long DT_REL = 17, DT_RELSZ = 18, DT_RELENT = 19, DT_TEXTREL = 22, DT_JMPREL = 23;
    static final long DT_FLAGS = 30, DT_RELRSZ = 35, DT_RELR = 36, DT_RELRENT = 37;
    static final long DT_RELACOUNT = 0x6ffffff9L;
    static final long DF_TEXTREL = 4;
    static final int R_X86_64_NONE = 0, R_X86_64_RELATIVE = 8;

    private final ElfBytes f;
    private final Segment[] segs;
    private final int[] segPh;
    private final boolean pie;

    /** Results: where the RELA table is, how many RELATIVE entries, their indices if NONE are skipped. */
    long relaFileOffset;
    int relocations;
    int[] relocationIndex;

    ElfDynamic(ElfBytes f, Segment[] segs, int[] segPh, boolean pie) {
        this.f = f;
        this.segs = segs;
        this.segPh = segPh;
        this.pie = pie;
    }

    /** Checks the PT_DYNAMIC program header at file offset {@code ph} (program header {@code i}). */
    void parse(long ph, int i) throws ElfException {
        String at = "program header " + i + " (PT_DYNAMIC): ";
        long offset = ElfParser.u64(f, ph + 8);
        long vaddr = ElfParser.u64(f, ph + 16);
        long filesz = ElfParser.u64(f, ph + 32);
        if (!ElfParser.inside(offset, filesz, f.size())) {
            throw new ElfException(at + "p_offset+p_filesz (" + ElfParser.end(offset, filesz)
                    + ") is past the end of the file (0x" + hex(f.size()) + ")");
        }
        int s = ElfParser.find(segs, vaddr, filesz);
        if (s < 0 || !ElfParser.inside(vaddr - segs[s].vaddr(), filesz, segs[s].fileSize())) {
            throw new ElfException(at + "p_vaddr+p_filesz (0x" + hex(vaddr) + "+0x" + hex(filesz)
                    + ") is not inside the file bytes of a PT_LOAD segment");
        }
        long expected = segs[s].fileOffset() + (vaddr - segs[s].vaddr());
        if (offset != expected) {
            throw new ElfException(at + "p_offset (0x" + hex(offset) + ") does not match p_vaddr's place in program header "
                    + segPh[s] + " (0x" + hex(expected) + ")");
        }
        long rela = 0, relasz = 0, relaent = RELA_ENT, relacount = 0, pltrelsz = 0;
        boolean haveRela = false, haveRelasz = false, jmprel = false;
        long n = filesz / 16;
        for (long k = 0;; k++) {
            if (k >= n || k >= MAX_ENTRIES) {
                throw new ElfException(at + "no DT_NULL in its first " + Math.min(n, MAX_ENTRIES)
                        + " entries (p_filesz 0x" + hex(filesz) + ")");
            }
            long tag = ElfParser.u64(f, offset + k * 16);
            long val = ElfParser.u64(f, offset + k * 16 + 8);
            String e = "dynamic entry " + k + ": ";
            if (tag == DT_NULL) {
                break;
            } else if (tag == DT_NEEDED) {
                throw new ElfException(e + "DT_NEEDED: the file needs a shared library (link with -static-pie)");
            } else if (tag == DT_REL || tag == DT_RELSZ || tag == DT_RELENT) {
                throw new ElfException(e + "DT_REL/DT_RELSZ/DT_RELENT: REL relocations are not supported (only RELA)");
            } else if (tag == DT_RELR || tag == DT_RELRSZ || tag == DT_RELRENT) {
                throw new ElfException(e + "DT_RELR: packed relative relocations are not supported (link without -z pack-relative-relocs)");
            } else if (tag == DT_TEXTREL) {
                throw new ElfException(e + "DT_TEXTREL: relocations in read-only segments are not supported");
            } else if (tag == DT_FLAGS && (val & DF_TEXTREL) != 0) {
                throw new ElfException(e + "DT_FLAGS has DF_TEXTREL: relocations in read-only segments are not supported");
            } else if (tag == DT_RELA) {
                if (haveRela) {
                    throw new ElfException(e + "a second DT_RELA");
                }
                haveRela = true;
                rela = val;
            } else if (tag == DT_RELASZ) {
                if (haveRelasz) {
                    throw new ElfException(e + "a second DT_RELASZ");
                }
                haveRelasz = true;
                relasz = val;
            } else if (tag == DT_RELAENT) {
                relaent = val;
            } else if (tag == DT_RELACOUNT) {
                relacount = val;
            } else if (tag == DT_PLTRELSZ) {
                pltrelsz = val;
            } else if (tag == DT_JMPREL) {
                jmprel = true;
            }
        }
        if (jmprel && pltrelsz != 0) {
            throw new ElfException("DT_JMPREL with DT_PLTRELSZ 0x" + hex(pltrelsz) + ": PLT relocations are not supported");
        }
        if (relaent != RELA_ENT) {
            throw new ElfException("DT_RELAENT is 0x" + hex(relaent) + ", not 24 (sizeof(Elf64_Rela))");
        }
        if (!haveRela && relasz != 0) {
            throw new ElfException("DT_RELASZ (0x" + hex(relasz) + ") without DT_RELA");
        }
        if (relasz != 0) {
            relocations(rela, relasz, relacount);
        } else if (relacount != 0) {
            throw new ElfException("DT_RELACOUNT (0x" + hex(relacount) + ") but no RELA table");
        }
    }

    private static final long RELA_ENT = ElfParser.RELA_SIZE;

    /** Checks the RELA table at {@code rela} (a vaddr) of {@code relasz} bytes. */
    private void relocations(long rela, long relasz, long relacount) throws ElfException {
        if (!pie) {
            throw new ElfException("DT_RELASZ is 0x" + hex(relasz) + " in an ET_EXEC file: only a PIE (ET_DYN) is relocated");
        }
        if (Long.remainderUnsigned(relasz, RELA_ENT) != 0) {
            throw new ElfException("DT_RELASZ (0x" + hex(relasz) + ") is not a multiple of 24 (sizeof(Elf64_Rela))");
        }
        long count = Long.divideUnsigned(relasz, RELA_ENT);
        if (Long.compareUnsigned(count, ElfImage.MAX_RELOCATIONS) > 0) {
            throw new ElfException("DT_RELASZ (0x" + hex(relasz) + ") holds " + Long.toUnsignedString(count)
                    + " relocations, more than " + ElfImage.MAX_RELOCATIONS);
        }
        if (Long.compareUnsigned(relacount, count) > 0) {
            throw new ElfException("DT_RELACOUNT (0x" + hex(relacount) + ") is more than the " + count + " entries of the RELA table");
        }
        int s = ElfParser.find(segs, rela, relasz);
        if (s < 0 || !ElfParser.inside(rela - segs[s].vaddr(), relasz, segs[s].fileSize())) {
            throw new ElfException("DT_RELA+DT_RELASZ (0x" + hex(rela) + "+0x" + hex(relasz)
                    + ") is not inside the file bytes of a PT_LOAD segment");
        }
        long table = segs[s].fileOffset() + (rela - segs[s].vaddr());
        int n = (int) count;
        int kept = 0;
        int[] index = null;
        int last = 0; // segment of the previous target: relocations come in runs
        for (int k = 0; k < n; k++) {
            long e = table + (long) k * RELA_ENT;
            long info = ElfParser.u64(f, e + 8);
            long type = info & 0xffff_ffffL;
            if (type == R_X86_64_NONE) {
                if (index == null) {
                    index = new int[n];
                    for (int j = 0; j < k; j++) {
                        index[j] = j;
                    }
                }
                if (k < relacount) {
                    throw new ElfException("relocation " + k + ": R_X86_64_NONE inside the DT_RELACOUNT (" + relacount
                            + ") RELATIVE entries");
                }
                continue;
            }
            if (type != R_X86_64_RELATIVE) {
                throw new ElfException("relocation " + k + ": type " + type + " is not supported (only R_X86_64_RELATIVE, 8)");
            }
            if ((info >>> 32) != 0) {
                throw new ElfException("relocation " + k + ": R_X86_64_RELATIVE with symbol index " + (info >>> 32) + ", not 0");
            }
            long off = ElfParser.u64(f, e);
            Segment t = segs[last];
            if (!(Long.compareUnsigned(off, t.vaddr()) >= 0 && ElfParser.inside(off - t.vaddr(), 8, t.memSize()))) {
                last = ElfParser.find(segs, off, 8);
                if (last < 0) {
                    last = 0;
                    throw new ElfException("relocation " + k + ": r_offset+8 (" + ElfParser.end(off, 8)
                            + ") is not inside a PT_LOAD segment");
                }
                t = segs[last];
            }
            if (!t.has(Segment.W)) {
                throw new ElfException("relocation " + k + ": r_offset (0x" + hex(off) + ") is in program header "
                        + segPh[last] + ", which is not writable (" + ElfParser.rights(t.rights()) + ")");
            }
            if (index != null) {
                index[kept] = k;
            }
            kept++;
        }
        relaFileOffset = table;
        relocations = kept;
        relocationIndex = index;
    }
}
