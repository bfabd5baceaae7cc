package os2.kernel.task;

/** An ELF file held in a {@code byte[]} (tests, and files the kernel copied). */
public final class ByteArrayElfBytes implements ElfBytes {
    private final byte[] b;

    /** Wraps {@code b} without copying it. */
    public ByteArrayElfBytes(byte[] b) {
        this.b = b;
    }

    @Override
    public long size() {
        return b.length;
    }

    @Override
    public int u8(long off) {
        return b[(int) off] & 0xff;
    }
}
