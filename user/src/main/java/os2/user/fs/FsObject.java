package os2.user.fs;

import os2.user.Cap;
import os2.user.Endpoint;
import os2.user.Handle;
import os2.user.Message;
import os2.user.SysException;

/**
 * An open directory or file: a channel endpoint to the file server. Each call sends one
 * request and waits for its answer (docs/FILES.md). Closing it tells the server.
 */
public abstract class FsObject implements AutoCloseable {
    final Endpoint end;

    FsObject(Handle h) {
        this.end = new Endpoint(h);
    }

    /** The endpoint's handle (to grant it to a program). */
    public Handle handle() {
        return end.handle();
    }

    /** What STAT tells: kind (FsProto.KIND_*), permission bits, size (a directory's: its entries), the node's id. */
    public record Info(int kind, int mode, long size, long id) {
        public boolean isDirectory() {
            return kind == FsProto.KIND_DIR;
        }
    }

    /** This object's kind, mode and size. */
    public Info stat() throws FsException {
        return stat("");
    }

    Info stat(String path) throws FsException {
        FsProto.Reader r = ok(call(new FsProto.Writer().u8(FsProto.STAT).text(path).finish()));
        int kind = r.u8();
        int mode = r.u32();
        long size = r.u64();
        return new Info(kind, mode, size, r.u64());
    }

    /** A new endpoint to the same object with at most rights (FsProto.RIGHT_*): a Dir or a File as this is. */
    public FsObject cloneWith(int rights) throws FsException {
        Message m = call(new FsProto.Writer().u8(FsProto.CLONE).u32(rights).finish());
        FsProto.Reader r = ok(m);
        return wrap(r.u8(), m);
    }

    static FsObject wrap(int kind, Message m) throws FsException {
        if (m.caps().length != 1) {
            throw new FsException(FsProto.EINVAL);
        }
        return kind == FsProto.KIND_DIR ? new Dir(m.cap(0)) : new File(m.cap(0));
    }

    /** Sends req and waits for the answer. */
    Message call(byte[] req) throws FsException {
        try {
            end.send(req);
            return end.receive();
        } catch (SysException e) {
            throw new FsException(FsProto.EPEER);
        }
    }

    /** The answer's reader past its status, or the error it carries (its capabilities closed). */
    static FsProto.Reader ok(Message m) throws FsException {
        FsProto.Reader r = new FsProto.Reader(m.bytes(), 0);
        int status = m.bytes().length < 4 ? FsProto.EINVAL : r.u32();
        if (status < 0) {
            for (Handle h : m.caps()) {
                Cap.close(h);
            }
            throw new FsException(status);
        }
        return r;
    }

    /** The status word of an answer that has one (a count), or the error. */
    static int count(Message m) throws FsException {
        ok(m);
        return new FsProto.Reader(m.bytes(), 0).u32();
    }

    @Override
    public void close() {
        end.close();
    }
}
