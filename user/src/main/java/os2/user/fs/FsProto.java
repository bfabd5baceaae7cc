package os2.user.fs;

/**
 * The file server's protocol (docs/FILES.md): every open directory or file is a channel
 * endpoint whose other end the server holds; a request is one message on it, the answer one
 * message back on the same endpoint. Numbers are little-endian. A request starts with its
 * operation byte; an answer with a 32-bit status: {@code >= 0} success (a count), {@code < 0}
 * one of the error codes below (Linux's errno numbers, negated).
 */
public final class FsProto {
    private FsProto() {
    }

    /** OPEN: u32 flags, the path (UTF-8, the rest). Answer: status, u8 kind, u64 size; the new endpoint as capability 0. */
    public static final int OPEN = 1;
    /** READ: u64 offset, u32 length (at most {@link #READ_MAX}). Answer: status = bytes read, then the bytes. */
    public static final int READ = 2;
    /** WRITE: u64 offset ({@link #APPEND_OFFSET}: at the end), the bytes (the rest). Answer: status = bytes written. */
    public static final int WRITE = 3;
    /** STAT: the path (empty: the object itself). Answer: status 0, u8 kind, u32 mode, u64 size, u64 node id. */
    public static final int STAT = 4;
    /** LIST: u32 index of the first entry. Answer: status = entries in it, then per entry u8 kind, the name, NUL. */
    public static final int LIST = 5;
    /** MKDIR: the path. Answer: status 0. */
    public static final int MKDIR = 6;
    /** REMOVE: the path (a file, or an empty directory). Answer: status 0. */
    public static final int REMOVE = 7;
    /** RENAME: the old path, NUL, the new path (both under this directory). Answer: status 0. */
    public static final int RENAME = 8;
    /** TRUNCATE: u64 size. Answer: status 0. */
    public static final int TRUNCATE = 9;
    /**
     * READ_REGION: u64 offset, u64 length (at most {@link #REGION_MAX}). Answer: status =
     * bytes, and a region (capability 0, its original: it moves zero-copy) holding them from
     * its start. One message for a whole program image instead of a thousand.
     */
    public static final int READ_REGION = 10;
    /** CLONE: u32 rights. Answer: status 0, a new endpoint to the same object with those rights (at most this one's). */
    public static final int CLONE = 11;

    /** OPEN flags. */
    public static final int O_READ = 1;
    public static final int O_WRITE = 2;
    public static final int O_CREATE = 4;
    public static final int O_TRUNC = 8;
    public static final int O_EXCL = 16;
    /** The path must be a directory. */
    public static final int O_DIRECTORY = 32;

    /** The rights the server records for each endpoint (a subset of the directory's it came from). */
    public static final int RIGHT_READ = 1;
    public static final int RIGHT_WRITE = 2;
    public static final int RIGHTS_ALL = RIGHT_READ | RIGHT_WRITE;

    /** Kinds (OPEN, STAT, LIST). */
    public static final int KIND_FILE = 1;
    public static final int KIND_DIR = 2;
    public static final int KIND_LINK = 3;

    public static final long APPEND_OFFSET = -1;
    /** Most bytes a READ answers (a message holds 1024: 4 for the status). */
    public static final int READ_MAX = 1020;
    /** Most bytes a WRITE carries (1024 minus the operation byte and the offset). */
    public static final int WRITE_MAX = 1015;
    public static final long REGION_MAX = 16L << 20;

    /** Errors (negated Linux errno numbers: the reasons programs print are strerror's). */
    public static final int ENOENT = -2;
    public static final int EACCES = -13;
    public static final int EEXIST = -17;
    public static final int EXDEV = -18;
    public static final int ENOTDIR = -20;
    public static final int EISDIR = -21;
    public static final int EINVAL = -22;
    public static final int EMFILE = -24;
    public static final int EFBIG = -27;
    public static final int EROFS = -30;
    public static final int ENAMETOOLONG = -36;
    public static final int ENOTEMPTY = -39;
    public static final int ELOOP = -40;
    public static final int ENOTSUP = -95;
    /** Not an errno: the server is gone (the endpoint's peer closed). */
    public static final int EPEER = -1000;

    /** The reason for an error code, in strerror's words. */
    public static String reason(int code) {
        switch (code) {
            case ENOENT: return "No such file or directory";
            case EACCES: return "Permission denied";
            case EEXIST: return "File exists";
            case EXDEV: return "Invalid cross-device link";
            case ENOTDIR: return "Not a directory";
            case EISDIR: return "Is a directory";
            case EINVAL: return "Invalid argument";
            case EMFILE: return "Too many open files";
            case EFBIG: return "File too large";
            case EROFS: return "Read-only file system";
            case ENAMETOOLONG: return "File name too long";
            case ENOTEMPTY: return "Directory not empty";
            case ELOOP: return "Too many levels of symbolic links";
            case ENOTSUP: return "Operation not supported";
            case EPEER: return "The file server is gone";
            default: return "Error " + (-code);
        }
    }

    /** Little-endian encoding into a growing array. */
    public static final class Writer {
        private byte[] b = new byte[64];
        private int n;

        public Writer u8(int v) {
            room(1);
            b[n++] = (byte) v;
            return this;
        }

        public Writer u32(int v) {
            room(4);
            for (int i = 0; i < 4; i++) {
                b[n++] = (byte) (v >>> (8 * i));
            }
            return this;
        }

        public Writer u64(long v) {
            room(8);
            for (int i = 0; i < 8; i++) {
                b[n++] = (byte) (v >>> (8 * i));
            }
            return this;
        }

        public Writer bytes(byte[] src, int off, int len) {
            room(len);
            System.arraycopy(src, off, b, n, len);
            n += len;
            return this;
        }

        public Writer text(String s) {
            byte[] u = utf8(s);
            return bytes(u, 0, u.length);
        }

        public int size() {
            return n;
        }

        public byte[] finish() {
            byte[] out = new byte[n];
            System.arraycopy(b, 0, out, 0, n);
            return out;
        }

        private void room(int k) {
            if (n + k > b.length) {
                byte[] bigger = new byte[Math.max(b.length * 2, n + k)];
                System.arraycopy(b, 0, bigger, 0, n);
                b = bigger;
            }
        }
    }

    /** Little-endian decoding; reading past the end throws {@link IllegalArgumentException} (a malformed message). */
    public static final class Reader {
        private final byte[] b;
        private int pos;

        public Reader(byte[] b, int pos) {
            this.b = b;
            this.pos = pos;
        }

        public int u8() {
            need(1);
            return b[pos++] & 0xFF;
        }

        public int u32() {
            need(4);
            int v = 0;
            for (int i = 3; i >= 0; i--) {
                v = v << 8 | (b[pos + i] & 0xFF);
            }
            pos += 4;
            return v;
        }

        public long u64() {
            need(8);
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = v << 8 | (b[pos + i] & 0xFF);
            }
            pos += 8;
            return v;
        }

        /** The rest of the message. */
        public byte[] rest() {
            byte[] out = new byte[b.length - pos];
            System.arraycopy(b, pos, out, 0, out.length);
            pos = b.length;
            return out;
        }

        /** The rest of the message as UTF-8 text. */
        public String restText() {
            return text(rest());
        }

        /** Text up to the next NUL (consumed), or to the end. */
        public String textToNul() {
            int start = pos;
            while (pos < b.length && b[pos] != 0) {
                pos++;
            }
            String s = text(b, start, pos - start);
            if (pos < b.length) {
                pos++;
            }
            return s;
        }

        public boolean atEnd() {
            return pos >= b.length;
        }

        private void need(int k) {
            if (pos + k > b.length) {
                throw new IllegalArgumentException("message too short");
            }
        }
    }

    /** A string's UTF-8 bytes (the runtime's one charset). */
    public static byte[] utf8(String s) {
        try {
            return s.getBytes("UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(byte[] b) {
        return text(b, 0, b.length);
    }

    public static String text(byte[] b, int off, int len) {
        try {
            return new String(b, off, len, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
