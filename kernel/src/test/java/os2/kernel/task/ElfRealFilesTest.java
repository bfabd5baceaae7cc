package os2.kernel.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Executables gcc builds, parsed and compared with what readelf says about them. */
class ElfRealFilesTest {
    /** The PT_LOAD lines of {@code readelf -lW}: {offset, vaddr, filesz, memsz, rights}. */
    private static List<long[]> readelfLoads(Path f) {
        String out = RealElfs.run(f.getParent(), "readelf", "-lW", f.toString());
        assumeTrue(out != null, "readelf is not installed");
        List<long[]> loads = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length >= 8 && w[0].equals("LOAD")) {
                String flg = line.substring(line.indexOf(w[5]) + w[5].length(), line.lastIndexOf("0x")).trim();
                int rights = (flg.contains("R") ? Segment.R : 0) | (flg.contains("W") ? Segment.W : 0) | (flg.contains("E") ? Segment.X : 0);
                loads.add(new long[] {Long.decode(w[1]), Long.decode(w[2]), Long.decode(w[4]), Long.decode(w[5]), rights});
            }
        }
        return loads;
    }

    /** The relocations of {@code readelf -rW}: {offset, addend}. */
    private static List<long[]> readelfRelocations(Path f) {
        String out = RealElfs.run(f.getParent(), "readelf", "-rW", f.toString());
        assumeTrue(out != null, "readelf is not installed");
        List<long[]> r = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length == 4 && w[2].equals("R_X86_64_RELATIVE")) {
                r.add(new long[] {Long.parseUnsignedLong(w[0], 16), Long.parseUnsignedLong(w[3], 16)});
            }
        }
        return r;
    }

    private static long readelfEntry(Path f) {
        String out = RealElfs.run(f.getParent(), "readelf", "-hW", f.toString());
        assumeTrue(out != null, "readelf is not installed");
        for (String line : out.split("\n")) {
            if (line.contains("Entry point address:")) {
                return Long.decode(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        throw new AssertionError("no entry in readelf -h output");
    }

    private static void matchesReadelf(Path f, ElfImage img) {
        List<long[]> loads = readelfLoads(f);
        assertEquals(loads.size(), img.segmentCount());
        for (int i = 0; i < loads.size(); i++) {
            long[] l = loads.get(i);
            assertEquals(new Segment(l[1], l[3], l[0], l[2], (int) l[4]), img.segment(i), "segment " + i);
        }
        assertEquals(readelfEntry(f), img.entry());
        List<long[]> rel = readelfRelocations(f);
        assertEquals(rel.size(), img.relocationCount());
        for (int i = 0; i < rel.size(); i++) {
            assertEquals(rel.get(i)[0], img.relocationOffset(i), "relocation " + i);
            assertEquals(rel.get(i)[1], img.relocationAddend(i), "relocation " + i);
        }
    }

    @Test
    void staticPie() throws IOException, ElfException {
        Path f = RealElfs.pie();
        assumeTrue(f != null, "gcc cannot build a static PIE here");
        byte[] b = Files.readAllBytes(f);
        ElfImage img = ElfImageTest.parse(b);
        assertTrue(img.isPie());
        matchesReadelf(f, img);
        // p, msg, table[0..2], fp: six data pointers, each a RELATIVE relocation
        assertEquals(6, img.relocationCount());
        assertTrue(img.segmentCount() >= 2);
        boolean rx = false;
        boolean rw = false;
        for (int i = 0; i < img.segmentCount(); i++) {
            rx |= img.segment(i).rights() == (Segment.R | Segment.X);
            rw |= img.segment(i).rights() == (Segment.R | Segment.W);
        }
        assertTrue(rx && rw, "a code and a data segment");
    }

    @Test
    void staticExec() throws IOException, ElfException {
        Path f = RealElfs.exec();
        assumeTrue(f != null, "gcc cannot build a static executable here");
        ElfImage img = ElfImageTest.parse(Files.readAllBytes(f));
        assertFalse(img.isPie());
        matchesReadelf(f, img);
        assertEquals(0, img.relocationCount());
        assertTrue(img.spanStart() >= ElfImage.NULL_GUARD);
    }

    @Test
    void parsingIsCheap() throws IOException, ElfException {
        Path f = RealElfs.pie();
        assumeTrue(f != null, "gcc cannot build a static PIE here");
        byte[] b = Files.readAllBytes(f);
        CheckedElfBytes c = new CheckedElfBytes(b);
        assertNotNull(ElfImage.parse(c));
        // header, 9 program headers, a dozen dynamic entries, 6 relocations: about 1,300 byte reads
        assertTrue(c.reads < 2000, "reads: " + c.reads);
    }
}
