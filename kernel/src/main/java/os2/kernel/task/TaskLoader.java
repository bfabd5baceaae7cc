package os2.kernel.task;

import os2.kernel.cap.Capability;
import os2.kernel.mem.PageTable;
import os2.kernel.mem.Region;

/**
 * Puts a validated ELF image into a task: each PT_LOAD segment becomes a region of the
 * task with the segment's own rights (R, RW+NX, RX; never W+X), its file bytes copied
 * into fresh frames, the rest (bss) demand-zero; a PIE is placed where the address-space
 * allocator finds room, and its R_X86_64_RELATIVE relocations are applied. Then the
 * stack with the arguments. {@link ElfImage#parse} has checked every field first, so
 * nothing here trusts the file; on any failure the caller releases what the task got.
 */
final class TaskLoader {
    private TaskLoader() {
    }

    /** Loads the file into t; returns the entry address. */
    static long load(Task t, ElfSource file) throws SpawnError {
        ElfImage img;
        try {
            img = ElfImage.parse(file);
        } catch (ElfException e) {
            throw new SpawnError(Syscalls.E_NOEXEC, "refused ELF file: " + e.getMessage());
        }
        long bias = 0;
        if (img.isPie()) {
            bias = Tasks.findSpan(img.spanEnd() - img.spanStart());
            if (bias < 0) {
                throw new SpawnError(Syscalls.E_NOMEM, "no address space for a " + (img.spanEnd() - img.spanStart())
                        + "-byte image");
            }
            bias -= img.spanStart();
        }
        for (int i = 0; i < img.segmentCount(); i++) {
            loadSegment(t, file, img, i, bias);
        }
        relocate(t, img, bias);
        return bias + img.entry();
    }

    /**
     * One segment: a region over its pages (merged with the previous segment's region
     * when they share a page, which the validator allows only for equal rights), the
     * file bytes copied page by page.
     */
    private static void loadSegment(Task t, ElfSource file, ElfImage img, int i, long bias) throws SpawnError {
        Segment s = img.segment(i);
        long start = bias + (s.vaddr() & -PageTable.PAGE_4K);
        long end = bias + ((s.vaddr() + s.memSize() + PageTable.PAGE_4K - 1) & -PageTable.PAGE_4K);
        Region shared = t.regionAt(start);
        if (shared != null) {
            start += PageTable.PAGE_4K;   // the first page is the previous segment's last
        }
        if (start < end) {
            int flags = Region.DEMAND;
            if ((s.rights() & Segment.W) != 0) {
                flags |= Region.WRITABLE;
            }
            if ((s.rights() & Segment.X) != 0) {
                flags |= Region.EXECUTABLE;
            }
            if (Tasks.reserveRegion(t, start, end - start, flags, t.name + " segment " + i) == null) {
                throw new SpawnError(Syscalls.E_NOMEM, "segment " + i + " at 0x" + Long.toHexString(start)
                        + " overlaps memory in use");
            }
        }
        copyFileBytes(t, file, s, bias, i);
    }

    /** Copies the segment's file bytes into its pages (filled from zeroed frames). */
    private static void copyFileBytes(Task t, ElfSource file, Segment s, long bias, int i) throws SpawnError {
        long done = 0;
        while (done < s.fileSize()) {
            long v = bias + s.vaddr() + done;
            long chunk = Math.min(s.fileSize() - done, PageTable.PAGE_4K - (v & (PageTable.PAGE_4K - 1)));
            chunk = Math.min(chunk, file.contiguous(s.fileOffset() + done));
            long from = file.address(s.fileOffset() + done);
            Region r = t.regionAt(v);
            if (from == 0 || r == null || !UserMemory.copy(t, r, v, from, chunk, true)) {
                throw new SpawnError(Syscalls.E_NOMEM, "no frame for segment " + i);
            }
            done += chunk;
        }
    }

    /**
     * The stack region with args at its top (strings, then room for caps start handles,
     * then argv[] and a null pointer); returns {rsp, argv, stack base, handles}: rsp
     * 16-byte aligned, as docs/SYSCALLS.md promises.
     */
    static long[] stack(Task t, String[] args, int caps) throws SpawnError {
        Region r = Tasks.allocRegion(t, Tasks.STACK_SIZE, Region.DEMAND | Region.WRITABLE, Tasks.GUARD,
                t.name + " stack");
        if (r == null) {
            throw new SpawnError(Syscalls.E_NOMEM, "no address space for a stack");
        }
        long top = r.base() + r.size();
        long[] ptrs = new long[args.length + 1];
        long p = top;
        for (int i = args.length - 1; i >= 0; i--) {
            byte[] b = ascii(args[i]);
            p -= b.length + 1;
            if (p - r.base() < PageTable.PAGE_4K || !UserMemory.write(t, p, b, b.length)) {
                throw new SpawnError(Syscalls.E_TOOBIG, "arguments do not fit on the stack");
            }
            ptrs[i] = p;   // the NUL after it is already zero (fresh page)
        }
        p &= -16L;
        p -= 16L * caps;
        long handles = p;
        for (int i = 0; i < 2 * caps; i++) {
            if (!UserMemory.write64(t, handles + 8L * i, 0)) {   // its pages now exist: writeHandles cannot fail
                throw new SpawnError(Syscalls.E_NOMEM, "no frame for the stack");
            }
        }
        p -= 8L * ptrs.length;
        long argv = p;
        for (int i = 0; i < ptrs.length; i++) {
            if (!UserMemory.write64(t, argv + 8L * i, ptrs[i])) {
                throw new SpawnError(Syscalls.E_NOMEM, "no frame for the stack");
            }
        }
        return new long[] {argv & -16L, argv, r.base(), handles};
    }

    /** Writes the start capabilities' handles (16 bytes each; an empty slot stays zero). */
    static void writeHandles(Task t, long at, Capability[] start) {
        for (int i = 0; i < start.length; i++) {
            if (start[i] != null) {
                Handles.write(t, at + 16L * i, start[i]);
            }
        }
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            b[i] = (byte) (c < 0x100 ? c : '?');
        }
        return b;
    }

    /**
     * Applies the relocations. They come in runs on the same pages (a large program has one
     * per pointer of its static data), so the page last written is kept: one region lookup
     * and page walk a page, not one a relocation; a value across a page end goes the slow way.
     */
    private static void relocate(Task t, ElfImage img, long bias) throws SpawnError {
        long page = -1;
        long kpage = 0;
        for (int i = 0; i < img.relocationCount(); i++) {
            long a = bias + img.relocationOffset(i);
            long v = bias + img.relocationAddend(i);
            long p = a & -PageTable.PAGE_4K;
            if (a - p <= PageTable.PAGE_4K - Long.BYTES) {
                if (p != page) {
                    Region r = t.regionAt(a);
                    kpage = r == null ? 0 : UserMemory.kernelAddress(t, r, p);
                    page = kpage == 0 ? -1 : p;
                }
                if (kpage != 0) {
                    os2.rt.Mem.write64(kpage + (a - p), v);
                    continue;
                }
            }
            if (!UserMemory.poke64(t, a, v)) {
                throw new SpawnError(Syscalls.E_NOMEM, "no frame for relocation " + i);
            }
        }
    }
}
