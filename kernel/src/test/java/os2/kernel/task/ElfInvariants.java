package os2.kernel.task;

/** What every image {@link ElfImage#parse} accepts must satisfy; an AssertionError names the broken one. */
final class ElfInvariants {
    private ElfInvariants() {
    }

    static void check(ElfImage img, long fileSize) {
        int n = img.segmentCount();
        need(n >= 1, "at least one segment");
        long total = 0;
        int entryIn = -1;
        for (int i = 0; i < n; i++) {
            Segment s = img.segment(i);
            String at = "segment " + i + " " + s + ": ";
            need(s.memSize() > 0, at + "memSize > 0");
            need(Long.compareUnsigned(s.fileSize(), s.memSize()) <= 0, at + "fileSize <= memSize");
            need(Long.compareUnsigned(s.fileOffset(), fileSize) <= 0
                    && Long.compareUnsigned(s.fileSize(), fileSize - s.fileOffset()) <= 0, at + "file bytes inside the file");
            need(s.vaddr() >= 0 && s.vaddr() < ElfImage.USER_TOP && s.memSize() <= ElfImage.USER_TOP - s.vaddr(),
                    at + "inside the user half");
            need(s.pageEnd() <= ElfImage.USER_TOP && s.pageStart() <= s.vaddr() && s.pageEnd() >= s.end(), at + "pages");
            need(((s.vaddr() ^ s.fileOffset()) & 0xfff) == 0, at + "vaddr and file offset congruent");
            need(s.has(Segment.R) && (s.rights() & ~7) == 0, at + "R set, no other bits");
            need(!s.has(Segment.W | Segment.X), at + "W^X");
            need(img.isPie() || s.vaddr() >= ElfImage.NULL_GUARD, at + "ET_EXEC above the null guard");
            total += s.pageEnd() - s.pageStart();
            if (i > 0) {
                Segment p = img.segment(i - 1);
                need(p.end() <= s.vaddr(), at + "sorted, not overlapping the previous one");
                need(p.pageEnd() <= s.pageStart() || p.rights() == s.rights(), at + "a shared page has one set of rights");
            }
            if (Long.compareUnsigned(img.entry() - s.vaddr(), s.memSize()) < 0 && img.entry() >= s.vaddr()) {
                entryIn = i;
            }
        }
        need(total <= ElfImage.MAX_TOTAL, "total size at most 1 GiB");
        need(img.spanStart() == img.segment(0).pageStart() && img.spanEnd() == img.segment(n - 1).pageEnd(), "span");
        need(!img.isPie() || img.spanEnd() - img.spanStart() <= ElfImage.MAX_SPAN, "PIE span at most 1 GiB");
        need(entryIn >= 0 && img.segment(entryIn).has(Segment.X), "entry 0x" + Long.toHexString(img.entry()) + " in an X segment");
        long a = img.alignment();
        need(a >= 4096 && a <= 1L << 30 && (a & (a - 1)) == 0, "alignment");
        int r = img.relocationCount();
        need(r >= 0 && r <= ElfImage.MAX_RELOCATIONS && (img.isPie() || r == 0), "relocation count " + r);
        for (int k = 0; k < r; k++) {
            long off = img.relocationOffset(k);
            img.relocationAddend(k);
            boolean inside = false;
            for (int i = 0; i < n; i++) {
                Segment s = img.segment(i);
                if (off >= s.vaddr() && s.memSize() >= 8 && off - s.vaddr() <= s.memSize() - 8 && s.has(Segment.W)) {
                    inside = true;
                }
            }
            need(inside, "relocation " + k + " at 0x" + Long.toHexString(off) + " inside one writable segment");
        }
    }

    private static void need(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("invariant broken: " + what);
        }
    }
}
