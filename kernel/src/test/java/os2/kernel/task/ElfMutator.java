package os2.kernel.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes malformed ELF files from a valid one. It finds the fields that matter (ELF header,
 * program headers, dynamic entries, relocations) in the original and mutates mostly those:
 * boundary values, bit flips, random bytes, truncation, swapped, duplicated and overlapping
 * program headers, huge sizes, bad relocation types and dynamic tags. Deterministic for a
 * given {@link Random}. Used by the mutation tests and by {@link ElfMutants}.
 */
final class ElfMutator {
    /** A field: file offset and width in bytes. */
    private record Field(int off, int width) {
    }

    private static final long[] DYN_TAGS = {0, 1, 2, 7, 8, 9, 17, 18, 19, 22, 23, 30, 35, 36, 37, 0x6ffffff9L, -1};

    private final byte[] original;
    private final List<Field> fields = new ArrayList<>();
    private final List<Field> phdrs = new ArrayList<>();
    private final List<Field> relas = new ArrayList<>();
    private final List<Field> dyns = new ArrayList<>();
    private final List<Integer> boundaries = new ArrayList<>();

    ElfMutator(byte[] original) {
        this.original = original.clone();
        byte[] b = this.original;
        int[][] ehdr = {{16, 2}, {18, 2}, {20, 4}, {24, 8}, {32, 8}, {40, 8}, {48, 4}, {52, 2}, {54, 2}, {56, 2}, {58, 2}, {60, 2}, {62, 2}};
        for (int i = 0; i < 16; i++) {
            fields.add(new Field(i, 1));
        }
        for (int[] e : ehdr) {
            fields.add(new Field(e[0], e[1]));
        }
        int phoff = (int) get(b, 32, 8);
        int phnum = (int) get(b, 56, 2);
        boundaries.add(64);
        boundaries.add(phoff + phnum * 56);
        long rela = 0;
        long relasz = 0;
        for (int i = 0; i < phnum; i++) {
            int ph = phoff + i * 56;
            phdrs.add(new Field(ph, 56));
            int[][] f = {{0, 4}, {4, 4}, {8, 8}, {16, 8}, {24, 8}, {32, 8}, {40, 8}, {48, 8}};
            for (int[] e : f) {
                fields.add(new Field(ph + e[0], e[1]));
            }
            boundaries.add((int) Math.min(b.length, get(b, ph + 8, 8) + get(b, ph + 32, 8)));
            if (get(b, ph, 4) == 2) {
                int dyn = (int) get(b, ph + 8, 8);
                for (int d = dyn; d + 16 <= b.length; d += 16) {
                    dyns.add(new Field(d, 16));
                    fields.add(new Field(d, 8));
                    fields.add(new Field(d + 8, 8));
                    long tag = get(b, d, 8);
                    if (tag == 7) {
                        rela = get(b, d + 8, 8);
                    } else if (tag == 8) {
                        relasz = get(b, d + 8, 8);
                    } else if (tag == 0) {
                        break;
                    }
                }
            }
        }
        long table = toFile(b, phoff, phnum, rela);
        if (table >= 0) {
            for (long r = table; r + 24 <= table + relasz && r + 24 <= b.length; r += 24) {
                relas.add(new Field((int) r, 24));
                fields.add(new Field((int) r, 8));
                fields.add(new Field((int) r + 8, 4));
                fields.add(new Field((int) r + 12, 4));
                fields.add(new Field((int) r + 16, 8));
            }
            boundaries.add((int) (table + relasz));
        }
    }

    /** The file offset of {@code vaddr} through the PT_LOAD holding it, or -1. */
    private static long toFile(byte[] b, int phoff, int phnum, long vaddr) {
        for (int i = 0; i < phnum; i++) {
            int ph = phoff + i * 56;
            long v = get(b, ph + 16, 8);
            if (get(b, ph, 4) == 1 && vaddr >= v && vaddr < v + get(b, ph + 32, 8)) {
                return get(b, ph + 8, 8) + vaddr - v;
            }
        }
        return -1;
    }

    /** A mutant of the original: 1 to 3 mutations; {@code what} gets a description. */
    byte[] mutate(Random r, StringBuilder what) {
        byte[] b = original.clone();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n && b.length == original.length; i++) {
            b = mutateOnce(b, r, what); // a truncation ends the series: later offsets may be gone
        }
        return b;
    }

    private byte[] mutateOnce(byte[] b, Random r, StringBuilder what) {
        int op = r.nextInt(14);
        Field f = fields.get(r.nextInt(fields.size()));
        switch (op) {
            case 0, 1, 2, 3 -> {
                long v = boundary(b, f, r);
                put(b, f.off, f.width, v);
                what.append(" set@0x").append(Integer.toHexString(f.off)).append('=').append(Long.toHexString(v));
            }
            case 4 -> {
                int bit = r.nextInt(f.width * 8);
                b[f.off + bit / 8] ^= (byte) (1 << (bit % 8));
                what.append(" flip@0x").append(Integer.toHexString(f.off)).append(':').append(bit);
            }
            case 5 -> {
                int at = f.off + r.nextInt(f.width);
                b[at] = (byte) r.nextInt(256);
                what.append(" byte@0x").append(Integer.toHexString(at));
            }
            case 6 -> {
                if (phdrs.size() >= 2) {
                    Field p = phdrs.get(r.nextInt(phdrs.size()));
                    Field q = phdrs.get(r.nextInt(phdrs.size()));
                    if (r.nextBoolean()) { // swap
                        byte[] t = Arrays.copyOfRange(b, p.off, p.off + 56);
                        System.arraycopy(b, q.off, b, p.off, 56);
                        System.arraycopy(t, 0, b, q.off, 56);
                        what.append(" swap-ph");
                    } else { // duplicate
                        System.arraycopy(b, q.off, b, p.off, 56);
                        what.append(" dup-ph");
                    }
                }
            }
            case 7 -> { // overlap: move one program header's vaddr into another's range, keeping congruence
                Field p = phdrs.get(r.nextInt(phdrs.size()));
                Field q = phdrs.get(r.nextInt(phdrs.size()));
                long qv = get(b, q.off + 16, 8);
                long shift = (r.nextInt(4) - 1) * 0x1000L;
                long v = (qv & -4096L) + shift + (get(b, p.off + 8, 8) & 0xfff);
                put(b, p.off + 16, 8, v);
                what.append(" overlap-ph=0x").append(Long.toHexString(v));
            }
            case 8 -> { // huge sizes
                Field p = phdrs.get(r.nextInt(phdrs.size()));
                long[] huge = {1L << 30, (1L << 30) + 1, 1L << 40, 1L << 47, -1, Long.MAX_VALUE, 0x7fff_ffff_ffffL};
                long v = huge[r.nextInt(huge.length)];
                int at = p.off + (r.nextBoolean() ? 40 : 32);
                put(b, at, 8, v);
                what.append(" huge@0x").append(Integer.toHexString(at));
            }
            case 9 -> {
                int len = r.nextInt(4) == 0 ? r.nextInt(b.length + 1)
                        : Math.max(0, Math.min(b.length, boundaries.get(r.nextInt(boundaries.size())) + r.nextInt(3) - 1));
                what.append(" truncate=0x").append(Integer.toHexString(len));
                return Arrays.copyOf(b, len);
            }
            case 10 -> {
                if (!relas.isEmpty()) {
                    Field e = relas.get(r.nextInt(relas.size()));
                    if (e.off + 24 <= b.length) {
                        long type = r.nextInt(4) == 0 ? r.nextInt(60) : new long[] {0, 1, 8, 37, 0xffff_ffffL}[r.nextInt(5)];
                        long sym = r.nextInt(3) == 0 ? r.nextInt(10) : 0;
                        put(b, e.off + 8, 8, sym << 32 | type);
                        what.append(" rela-type=").append(type).append("/sym=").append(sym);
                    }
                }
            }
            case 11 -> {
                if (!dyns.isEmpty()) {
                    Field d = dyns.get(r.nextInt(dyns.size()));
                    if (d.off + 16 <= b.length) {
                        long tag = DYN_TAGS[r.nextInt(DYN_TAGS.length)];
                        put(b, d.off, 8, tag);
                        what.append(" dyn-tag=").append(Long.toHexString(tag));
                    }
                }
            }
            case 12 -> {
                Field p = phdrs.get(r.nextInt(phdrs.size()));
                long flags = r.nextInt(3) == 0 ? r.nextInt() & 0xffff_ffffL : r.nextInt(8);
                put(b, p.off + 4, 4, flags);
                what.append(" flags=").append(Long.toHexString(flags));
            }
            default -> {
                int at = r.nextInt(b.length == 0 ? 1 : b.length);
                if (at < b.length) {
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
                what.append(" anyflip@0x").append(Integer.toHexString(at));
            }
        }
        return b;
    }

    /** A value at an edge for {@code f}: 0, 1, -1, the file size and its neighbours, limits, the old value nudged. */
    private long boundary(byte[] b, Field f, Random r) {
        long old = get(b, f.off, f.width);
        long size = b.length;
        long[] vals = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, size - 1, size, size + 1, 0xfff, 0x1000, 0x1001,
            0x1fffff, 0x200000, ElfImage.USER_TOP, ElfImage.USER_TOP - 0x1000, 1L << 30, (1L << 30) + 1, 1L << 40,
            old + 1, old - 1, old + 0x1000, old - 0x1000, old * 2, old ^ 0x800, 64, 56, 65, 0xffff, 24, 8, 16,
            0x7fff_ffffL, 0xffff_ffffL, r.nextLong()};
        long v = vals[r.nextInt(vals.length)];
        if (r.nextInt(8) == 0) { // another field's value: offsets and addresses that exist elsewhere in the file
            Field o = fields.get(r.nextInt(fields.size()));
            if (o.off + o.width <= b.length) {
                v = get(b, o.off, o.width);
            }
        }
        return v;
    }

    static void put(byte[] b, int off, int width, long v) {
        ElfBuilder.put(b, off, Math.min(width, 8), v);
    }

    static long get(byte[] b, int off, int width) {
        return off < 0 || off + width > b.length ? 0 : ElfBuilder.get(b, off, width);
    }
}
