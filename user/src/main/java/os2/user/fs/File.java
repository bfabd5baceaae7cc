package os2.user.fs;

import os2.rt.Mem;
import os2.user.Message;
import os2.user.Region;

/** A file capability: reads and writes at explicit offsets (the holder keeps its own position). */
public final class File extends FsObject {
    public File(os2.user.Handle h) {
        super(h);
    }

    /** Up to len bytes from offset into b[off..]: the count, 0 at the end. */
    public int read(long offset, byte[] b, int off, int len) throws FsException {
        Message m = call(new FsProto.Writer().u8(FsProto.READ).u64(offset).u32(Math.min(len, FsProto.READ_MAX))
                .finish());
        int n = count(m);
        System.arraycopy(m.bytes(), 4, b, off, n);
        return n;
    }

    /** Writes len bytes of b at offset ({@link FsProto#APPEND_OFFSET}: at the end). */
    public void write(long offset, byte[] b, int off, int len) throws FsException {
        int done = 0;
        while (done < len) {
            int k = Math.min(len - done, FsProto.WRITE_MAX);
            int n = count(call(new FsProto.Writer().u8(FsProto.WRITE)
                    .u64(offset == FsProto.APPEND_OFFSET ? offset : offset + done).bytes(b, off + done, k).finish()));
            done += n;
        }
    }

    public void truncate(long size) throws FsException {
        ok(call(new FsProto.Writer().u8(FsProto.TRUNCATE).u64(size).finish()));
    }

    /** Bytes in a region: the first length bytes of region are the file's. */
    public record Bytes(Region region, int length) {
    }

    /**
     * The bytes from offset on (at most len) in a region moved from the server (one message;
     * the caller owns the region: it may SPAWN from it, and closes it), or null if there are none.
     */
    public Bytes readRegion(long offset, long len) throws FsException {
        Message m = call(new FsProto.Writer().u8(FsProto.READ_REGION).u64(offset).u64(len).finish());
        int n = count(m);
        if (n == 0 || m.caps().length != 1) {
            return null;
        }
        return new Bytes(Region.of(m.cap(0)), n);
    }

    /** The whole file (through regions: a big file costs a few messages, not one per KiB). */
    public byte[] readAll() throws FsException {
        long size = stat().size();
        byte[] out = new byte[(int) size];
        int done = 0;
        while (done < out.length) {
            Bytes r = readRegion(done, Math.min(FsProto.REGION_MAX, out.length - done));
            if (r == null) {
                break;
            }
            int n = Math.min(r.length(), out.length - done);
            Mem.copy(Mem.arrayData(out) + done, r.region().base(), n);
            r.region().close();
            done += n;
        }
        if (done < out.length) {
            byte[] shorter = new byte[done];
            System.arraycopy(out, 0, shorter, 0, done);
            return shorter;
        }
        return out;
    }
}
