package os2.kernel.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds small ELF64 files for the tests. {@link #pie()} and {@link #exec()} start from a
 * valid file; a test changes one field (through the public fields or by patching the built
 * bytes with {@link #put}) and expects the refusal naming it.
 *
 * <p>Layout of {@link #pie()}: file and vaddr 0x0000-0x1000 R+X (headers and code, entry
 * 0x800), 0x1000-0x2000 R (the RELA table at 0x1000), 0x2000-0x3000 RW with 0x3000 bytes of
 * memory (the dynamic section at 0x2000, relocated words at 0x2800 and 0x2808, bss after).
 */
final class ElfBuilder {
    /** A program header, every field raw. */
    static final class Ph {
        long type, flags, offset, vaddr, paddr, filesz, memsz, align;

        Ph(long type, long flags, long offset, long vaddr, long filesz, long memsz, long align) {
            this.type = type;
            this.flags = flags;
            this.offset = offset;
            this.vaddr = vaddr;
            this.paddr = vaddr;
            this.filesz = filesz;
            this.memsz = memsz;
            this.align = align;
        }
    }

    static final long PT_LOAD = 1, PT_DYNAMIC = 2, PF_X = 1, PF_W = 2, PF_R = 4;
    static final int DYN_OFF = 0x2000, RELA_OFF = 0x1000;

    int type = 3;
    int machine = 62;
    long entry = 0x800;
    long phoff = 64;
    final List<Ph> phs = new ArrayList<>();
    /** Dynamic entries {tag, value}, written at DYN_OFF followed by DT_NULL unless {@link #noNull}. */
    final List<long[]> dyn = new ArrayList<>();
    boolean noNull;
    /** Relocations {r_offset, r_info, r_addend}, written at RELA_OFF. */
    final List<long[]> rela = new ArrayList<>();
    int fileSize = 0x3000;

    /** A valid static PIE with two RELATIVE relocations. */
    static ElfBuilder pie() {
        ElfBuilder b = new ElfBuilder();
        b.phs.add(new Ph(PT_LOAD, PF_R | PF_X, 0, 0, 0x1000, 0x1000, 0x1000));
        b.phs.add(new Ph(PT_LOAD, PF_R, 0x1000, 0x1000, 0x1000, 0x1000, 0x1000));
        b.phs.add(new Ph(PT_LOAD, PF_R | PF_W, 0x2000, 0x2000, 0x1000, 0x3000, 0x1000));
        b.phs.add(new Ph(PT_DYNAMIC, PF_R | PF_W, DYN_OFF, 0x2000, 0x100, 0x100, 8));
        b.rela.add(new long[] {0x2800, 8, 0x800});
        b.rela.add(new long[] {0x2808, 8, 0x2810});
        b.dyn.add(new long[] {7, RELA_OFF});
        b.dyn.add(new long[] {8, 48});
        b.dyn.add(new long[] {9, 24});
        b.dyn.add(new long[] {0x6ffffff9L, 2});
        return b;
    }

    /** A valid ET_EXEC at 0x400000 without a dynamic section. */
    static ElfBuilder exec() {
        ElfBuilder b = new ElfBuilder();
        b.type = 2;
        b.entry = 0x400800;
        b.phs.add(new Ph(PT_LOAD, PF_R | PF_X, 0, 0x400000, 0x1000, 0x1000, 0x1000));
        b.phs.add(new Ph(PT_LOAD, PF_R, 0x1000, 0x401000, 0x1000, 0x1000, 0x1000));
        b.phs.add(new Ph(PT_LOAD, PF_R | PF_W, 0x2000, 0x402000, 0x1000, 0x3000, 0x1000));
        return b;
    }

    Ph ph(int i) {
        return phs.get(i);
    }

    byte[] build() {
        byte[] b = new byte[fileSize];
        b[0] = 0x7f;
        b[1] = 'E';
        b[2] = 'L';
        b[3] = 'F';
        b[4] = 2;
        b[5] = 1;
        b[6] = 1;
        put(b, 16, 2, type);
        put(b, 18, 2, machine);
        put(b, 20, 4, 1);
        put(b, 24, 8, entry);
        put(b, 32, 8, phoff);
        put(b, 52, 2, 64);
        put(b, 54, 2, 56);
        put(b, 56, 2, phs.size());
        for (int i = 0; i < phs.size(); i++) {
            Ph p = phs.get(i);
            int o = (int) phoff + i * 56;
            put(b, o, 4, p.type);
            put(b, o + 4, 4, p.flags);
            put(b, o + 8, 8, p.offset);
            put(b, o + 16, 8, p.vaddr);
            put(b, o + 24, 8, p.paddr);
            put(b, o + 32, 8, p.filesz);
            put(b, o + 40, 8, p.memsz);
            put(b, o + 48, 8, p.align);
        }
        int o = DYN_OFF;
        for (long[] d : dyn) {
            put(b, o, 8, d[0]);
            put(b, o + 8, 8, d[1]);
            o += 16;
        }
        if (!noNull) {
            put(b, o, 16, 0);
        }
        o = RELA_OFF;
        for (long[] r : rela) {
            put(b, o, 8, r[0]);
            put(b, o + 8, 8, r[1]);
            put(b, o + 16, 8, r[2]);
            o += 24;
        }
        return b;
    }

    /** Writes the low {@code width} bytes of {@code v} little-endian at {@code off} (beyond 8: zeros). */
    static void put(byte[] b, int off, int width, long v) {
        for (int i = 0; i < width; i++) {
            b[off + i] = i < 8 ? (byte) (v >>> (8 * i)) : 0;
        }
    }

    /** Reads {@code width} bytes little-endian at {@code off}. */
    static long get(byte[] b, int off, int width) {
        long v = 0;
        for (int i = width - 1; i >= 0; i--) {
            v = v << 8 | (b[off + i] & 0xff);
        }
        return v;
    }
}
