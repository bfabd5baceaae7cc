package os2.kernel.task;

/**
 * An {@link ElfBytes} over a byte array that fails the test (an {@link AssertionError}, which
 * is not an {@link ElfException}) on a read outside the file, and counts reads so a test can
 * bound the parser's work.
 */
final class CheckedElfBytes implements ElfBytes {
    private final byte[] b;
    long reads;

    CheckedElfBytes(byte[] b) {
        this.b = b;
    }

    @Override
    public long size() {
        return b.length;
    }

    @Override
    public int u8(long off) {
        reads++;
        if (off < 0 || off >= b.length) {
            throw new AssertionError("read at 0x" + Long.toHexString(off) + " outside the file (0x"
                    + Integer.toHexString(b.length) + " bytes)");
        }
        return b[(int) off] & 0xff;
    }
}
