package os2.kernel.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-built ELF files: the valid ones as expected, each malformed field refused by name. */
class ElfImageTest {
    static ElfImage parse(byte[] b) throws ElfException {
        ElfImage img = ElfImage.parse(new CheckedElfBytes(b));
        ElfInvariants.check(img, b.length);
        return img;
    }

    @Test
    void minimalPie() throws ElfException {
        ElfImage img = parse(ElfBuilder.pie().build());
        assertTrue(img.isPie());
        assertEquals(0x800, img.entry());
        assertEquals(0, img.spanStart());
        assertEquals(0x5000, img.spanEnd());
        assertEquals(0x1000, img.alignment());
        assertEquals(3, img.segmentCount());
        assertEquals(new Segment(0, 0x1000, 0, 0x1000, Segment.R | Segment.X), img.segment(0));
        assertEquals(new Segment(0x1000, 0x1000, 0x1000, 0x1000, Segment.R), img.segment(1));
        assertEquals(new Segment(0x2000, 0x3000, 0x2000, 0x1000, Segment.R | Segment.W), img.segment(2));
        assertEquals(0x5000, img.segment(2).pageEnd());
        assertEquals(2, img.relocationCount());
        assertEquals(0x2800, img.relocationOffset(0));
        assertEquals(0x800, img.relocationAddend(0));
        assertEquals(0x2808, img.relocationOffset(1));
        assertEquals(0x2810, img.relocationAddend(1));
        assertThrows(IndexOutOfBoundsException.class, () -> img.relocationOffset(2));
    }

    @Test
    void minimalExec() throws ElfException {
        ElfImage img = parse(ElfBuilder.exec().build());
        assertFalse(img.isPie());
        assertEquals(0x400800, img.entry());
        assertEquals(0x400000, img.spanStart());
        assertEquals(0x405000, img.spanEnd());
        assertEquals(0, img.relocationCount());
    }

    @Test
    void segmentsAreSortedAndEmptyOnesSkipped() throws ElfException {
        ElfBuilder b = ElfBuilder.pie();
        b.phs.add(0, b.phs.remove(2)); // RW first in the file
        b.phs.add(new ElfBuilder.Ph(1, 4, 0x7000, 0x9000, 0, 0, 0x1000)); // empty: skipped
        ElfImage img = parse(b.build());
        assertEquals(3, img.segmentCount());
        assertEquals(0, img.segment(0).vaddr());
        assertEquals(0x2000, img.segment(2).vaddr());
    }

    @Test
    void gnuOsAbiAlignZeroAndSharedPageWithEqualRights() throws ElfException {
        ElfBuilder b = ElfBuilder.pie();
        b.ph(0).align = 0;
        b.ph(1).align = 1;
        b.ph(2).align = 0x20_0000;
        b.ph(0).filesz = b.ph(0).memsz = 0x800;
        b.ph(1).flags = ElfBuilder.PF_R | ElfBuilder.PF_X;
        b.ph(1).offset = b.ph(1).vaddr = 0x800;
        b.ph(1).filesz = b.ph(1).memsz = 0x1800;
        byte[] f = b.build();
        f[7] = 3;
        ElfImage img = parse(f);
        assertEquals(0x20_0000, img.alignment());
        assertEquals(img.segment(0).pageStart(), img.segment(1).pageStart());
    }

    @Test
    void noneRelocationsAreDropped() throws ElfException {
        ElfBuilder b = ElfBuilder.pie();
        b.rela.clear();
        b.rela.add(new long[] {0x2000, 0, 0});
        b.rela.add(new long[] {0x2800, 8, 0x11});
        b.rela.add(new long[] {0x1234, 0xffff_0000_0000L, 0});
        b.rela.add(new long[] {0x4ff8, 8, 0x22});
        b.dyn.set(1, new long[] {8, 4 * 24});
        b.dyn.remove(3);
        ElfImage img = parse(b.build());
        assertEquals(2, img.relocationCount());
        assertEquals(0x2800, img.relocationOffset(0));
        assertEquals(0x11, img.relocationAddend(0));
        assertEquals(0x4ff8, img.relocationOffset(1));
        assertEquals(0x22, img.relocationAddend(1));
    }

    @Test
    void execWithDynamicButNoRelocations() throws ElfException {
        ElfBuilder b = ElfBuilder.exec();
        b.phs.add(new ElfBuilder.Ph(2, 6, 0x2000, 0x402000, 0x100, 0x100, 8));
        b.dyn.add(new long[] {0x6ffffffbL, 0});
        assertEquals(0, parse(b.build()).relocationCount());
    }

    private static Arguments c(String expected, ElfBuilder b, Consumer<ElfBuilder> change) {
        change.accept(b);
        return Arguments.of(expected, b.build());
    }

    private static Arguments p(String expected, ElfBuilder b, int off, int width, long v) {
        byte[] f = b.build();
        ElfBuilder.put(f, off, width, v);
        return Arguments.of(expected, f);
    }

    static Stream<Arguments> refusals() {
        ElfBuilder pie = ElfBuilder.pie();
        int ph0 = 64, ph1 = 64 + 56, ph2 = 64 + 112, ph3 = 64 + 168;
        return Stream.of(
                Arguments.of("file size (0x3f) is smaller than the ELF header", new byte[63]),
                p("no ELF magic", pie, 1, 1, 'X'),
                p("e_ident[EI_CLASS] is 1, not ELFCLASS64", pie, 4, 1, 1),
                p("e_ident[EI_DATA] is 2", pie, 5, 1, 2),
                p("e_ident[EI_VERSION] is 0", pie, 6, 1, 0),
                p("e_ident[EI_OSABI] is 9", pie, 7, 1, 9),
                p("e_type is ET_REL", pie, 16, 2, 1),
                p("e_type is ET_CORE", pie, 16, 2, 4),
                p("e_type is 0x0", pie, 16, 2, 0),
                p("e_machine is 3, not EM_X86_64", pie, 18, 2, 3),
                p("e_version is 0x2", pie, 20, 4, 2),
                p("e_ehsize is 52", pie, 52, 2, 52),
                p("e_phentsize is 32", pie, 54, 2, 32),
                p("e_phnum is 0", pie, 56, 2, 0),
                p("PN_XNUM", pie, 56, 2, 0xffff),
                p("e_phnum (65) is more than 64", pie, 56, 2, 65),
                p("e_phoff+e_phnum*e_phentsize (0x300c) is past the end of the file (0x3000)", pie, 32, 8, 0x3000 - 212),
                p("e_phoff+e_phnum*e_phentsize (0xffffffffffffffff+0xe0, past 2^64)", pie, 32, 8, -1),
                p("program header 2 (PT_LOAD): p_filesz (0x4000) is larger than p_memsz (0x3000)", pie, ph2 + 32, 8, 0x4000),
                p("program header 2 (PT_LOAD): p_offset+p_filesz (0x3001) is past the end of the file (0x3000)", pie, ph2 + 32, 8, 0x1001),
                c("program header 1 (PT_LOAD): p_offset+p_filesz (0xfffffffffffff000+0x1000, past 2^64)", ElfBuilder.pie(),
                        b -> b.ph(1).offset = -0x1000),
                p("program header 0 (PT_LOAD): p_align (0x3) is not a power of two", pie, ph0 + 48, 8, 3),
                p("p_align (0x800) is smaller than the 4 KiB page", pie, ph0 + 48, 8, 0x800),
                p("p_align (0x80000000) is larger than 1 GiB", pie, ph0 + 48, 8, 1L << 31),
                p("program header 1 (PT_LOAD): p_offset (0x1008) and p_vaddr (0x1000) differ modulo 4096", pie, ph1 + 8, 8, 0x1008),
                c("program header 2 (PT_LOAD): p_vaddr+p_memsz (0xfffffffffffff000+0x3000, past 2^64)", ElfBuilder.pie(),
                        b -> b.ph(2).vaddr = -0x1000),
                c("p_vaddr+p_memsz (0x800000001000) is not in the user half", ElfBuilder.pie(),
                        b -> b.ph(2).vaddr = 0x7fff_ffff_e000L),
                c("p_vaddr (0x1000) of an ET_EXEC file is below 0x200000", ElfBuilder.exec(), b -> b.ph(1).vaddr = 0x1000),
                p("p_flags (0x7) asks for writable and executable (W^X)", pie, ph0 + 4, 4, 7),
                p("program header 1 (PT_LOAD): p_flags is 0", pie, ph1 + 4, 4, 0),
                p("p_flags (0x14) has bits other than PF_R, PF_W, PF_X", pie, ph1 + 4, 4, 0x14),
                c("program headers 0 and 1 overlap", ElfBuilder.pie(), b -> b.ph(1).vaddr = 0),
                c("program headers 1 and 2 overlap: 0x1000-0x2001 and 0x2000-0x5000", ElfBuilder.pie(), b -> b.ph(1).memsz = 0x1001),
                c("program headers 0 and 1 share the page at 0x0 with different rights (RX and R)", ElfBuilder.pie(), b -> {
                    b.ph(0).filesz = b.ph(0).memsz = 0x800;
                    b.ph(1).offset = b.ph(1).vaddr = 0x800;
                    b.ph(1).filesz = b.ph(1).memsz = 0x1800;
                }),
                c("the PT_LOAD segments need 0x40002000 bytes of pages, more than 1 GiB", ElfBuilder.exec(),
                        b -> b.ph(2).memsz = 1L << 30),
                c("the PT_LOAD segments span 0x40003000 bytes (0x0-0x40003000), more than 1 GiB", ElfBuilder.pie(),
                        b -> b.ph(2).vaddr = 0x4000_0000L),
                c("e_entry (0x1800) is not inside an executable PT_LOAD segment", ElfBuilder.pie(), b -> b.entry = 0x1800),
                c("e_entry (0x100000) is not inside an executable", ElfBuilder.pie(), b -> b.entry = 0x10_0000),
                c("no PT_LOAD segment", ElfBuilder.pie(), b -> b.phs.forEach(x -> x.type = 4)),
                c("no PT_LOAD segment", ElfBuilder.pie(), b -> b.phs.forEach(x -> x.memsz = x.filesz = 0)),
                p("program header 3: PT_INTERP: the file needs a dynamic loader", pie, ph3, 4, 3),
                p("program header 3: PT_TLS", pie, ph3, 4, 7),
                c("program header 4: a second PT_DYNAMIC (the first is program header 3)", ElfBuilder.pie(),
                        b -> b.phs.add(b.ph(3))),
                p("program header 3 (PT_DYNAMIC): p_offset+p_filesz (0x3080) is past the end of the file", pie, ph3 + 8, 8, 0x2f80),
                p("program header 3 (PT_DYNAMIC): p_vaddr+p_filesz (0x6000+0x100) is not inside the file bytes", pie, ph3 + 16, 8, 0x6000),
                p("p_vaddr+p_filesz (0x2f80+0x100) is not inside the file bytes", pie, ph3 + 16, 8, 0x2f80),
                p("program header 3 (PT_DYNAMIC): p_offset (0x1000) does not match p_vaddr's place in program header 2 (0x2000)",
                        pie, ph3 + 8, 8, 0x1000),
                p("no DT_NULL in its first 4 entries (p_filesz 0x40)", pie, ph3 + 32, 8, 0x40),
                c("dynamic entry 4: DT_NEEDED", ElfBuilder.pie(), b -> b.dyn.add(new long[] {1, 1})),
                c("dynamic entry 0: DT_REL/DT_RELSZ/DT_RELENT: REL relocations", ElfBuilder.pie(), b -> b.dyn.add(0, new long[] {17, 0x1000})),
                c("dynamic entry 4: DT_REL/DT_RELSZ", ElfBuilder.pie(), b -> b.dyn.add(new long[] {18, 0})),
                c("DT_RELR: packed relative", ElfBuilder.pie(), b -> b.dyn.add(new long[] {36, 0x1000})),
                c("DT_TEXTREL", ElfBuilder.pie(), b -> b.dyn.add(new long[] {22, 0})),
                c("DT_FLAGS has DF_TEXTREL", ElfBuilder.pie(), b -> b.dyn.add(new long[] {30, 4})),
                c("DT_JMPREL with DT_PLTRELSZ 0x18: PLT relocations", ElfBuilder.pie(), b -> {
                    b.dyn.add(new long[] {23, 0x1030});
                    b.dyn.add(new long[] {2, 24});
                }),
                c("DT_RELAENT is 0x10, not 24", ElfBuilder.pie(), b -> b.dyn.set(2, new long[] {9, 16})),
                c("DT_RELASZ (0x2f) is not a multiple of 24", ElfBuilder.pie(), b -> b.dyn.set(1, new long[] {8, 47})),
                c("holds 1000001 relocations, more than 1000000", ElfBuilder.pie(), b -> b.dyn.set(1, new long[] {8, 24 * 1_000_001L})),
                c("holds 768614336404564650 relocations", ElfBuilder.pie(), b -> b.dyn.set(1, new long[] {8, -16})),
                c("DT_RELASZ (0x30) without DT_RELA", ElfBuilder.pie(), b -> b.dyn.remove(0)),
                c("dynamic entry 4: a second DT_RELA", ElfBuilder.pie(), b -> b.dyn.add(new long[] {7, 0x1000})),
                c("DT_RELACOUNT (0x3) is more than the 2 entries", ElfBuilder.pie(), b -> b.dyn.set(3, new long[] {0x6ffffff9L, 3})),
                c("DT_RELACOUNT (0xffffffffffffffff) is more than the 2 entries", ElfBuilder.pie(),
                        b -> b.dyn.set(3, new long[] {0x6ffffff9L, -1})),
                c("DT_RELACOUNT (0x1) but no RELA table", ElfBuilder.pie(), b -> {
                    b.dyn.set(1, new long[] {8, 0});
                    b.dyn.set(3, new long[] {0x6ffffff9L, 1});
                }),
                c("relocation 0: R_X86_64_NONE inside the DT_RELACOUNT", ElfBuilder.pie(), b -> b.rela.get(0)[1] = 0),
                c("DT_RELA+DT_RELASZ (0x3000+0x30) is not inside the file bytes of a PT_LOAD segment", ElfBuilder.pie(),
                        b -> b.dyn.set(0, new long[] {7, 0x3000})),
                c("DT_RELA+DT_RELASZ (0x1fe8+0x30) is not inside", ElfBuilder.pie(), b -> b.dyn.set(0, new long[] {7, 0x1fe8})),
                c("relocation 1: type 1 is not supported (only R_X86_64_RELATIVE, 8)", ElfBuilder.pie(), b -> b.rela.get(1)[1] = 1),
                c("relocation 0: type 37 is not supported", ElfBuilder.pie(), b -> b.rela.get(0)[1] = 37),
                c("relocation 1: R_X86_64_RELATIVE with symbol index 5, not 0", ElfBuilder.pie(), b -> b.rela.get(1)[1] = 5L << 32 | 8),
                c("relocation 1: r_offset+8 (0x5001) is not inside a PT_LOAD segment", ElfBuilder.pie(), b -> b.rela.get(1)[0] = 0x4ff9),
                c("relocation 0: r_offset+8 (0xfffffffffffffffc+0x8, past 2^64)", ElfBuilder.pie(), b -> b.rela.get(0)[0] = -4),
                c("relocation 0: r_offset (0x1800) is in program header 1, which is not writable (R)", ElfBuilder.pie(),
                        b -> b.rela.get(0)[0] = 0x1800),
                c("relocation 0: r_offset (0x10) is in program header 0, which is not writable (RX)", ElfBuilder.pie(),
                        b -> b.rela.get(0)[0] = 0x10),
                c("DT_RELASZ is 0x30 in an ET_EXEC file", ElfBuilder.exec(), b -> {
                    b.phs.add(new ElfBuilder.Ph(2, 6, 0x2000, 0x402000, 0x100, 0x100, 8));
                    b.dyn.add(new long[] {7, 0x401000});
                    b.dyn.add(new long[] {8, 48});
                    b.rela.add(new long[] {0x402800, 8, 0});
                    b.rela.add(new long[] {0x402808, 8, 0});
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refused(String expected, byte[] file) {
        ElfException e = assertThrows(ElfException.class, () -> ElfImage.parse(new CheckedElfBytes(file)));
        assertTrue(e.getMessage().contains(expected), () -> "expected \"" + expected + "\" in \"" + e.getMessage() + "\"");
    }
}
