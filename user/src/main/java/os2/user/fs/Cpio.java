package os2.user.fs;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * cpio "newc" archives (the Linux initramfs format): each entry is a 110-byte ASCII header
 * ("070701" and 13 eight-digit hex fields), the NUL-terminated name padded to a multiple of 4
 * bytes, then the data padded to 4; the entry named "TRAILER!!!" ends the archive. "070702"
 * (newc with a byte-sum checksum) is read too, and its checksum checked.
 * <p>Reading refuses anything malformed with a {@link CpioException} and never trusts a
 * size: no entry may reach past the archive, and no name may climb out of it with "..".
 */
public final class Cpio {
    private Cpio() {
    }

    /** File type bits of mode, as in POSIX stat. */
    public static final int S_IFMT = 0170000;
    /** Regular file. */
    public static final int S_IFREG = 0100000;
    /** Directory. */
    public static final int S_IFDIR = 0040000;
    /** Symbolic link (its data is the target). */
    public static final int S_IFLNK = 0120000;

    static final int HEADER = 110;
    static final String TRAILER = "TRAILER!!!";
    static final int MAX_NAME = 4096;
    private static final String[] FIELDS = {"ino", "mode", "uid", "gid", "nlink", "mtime", "filesize",
        "devmajor", "devminor", "rdevmajor", "rdevminor", "namesize", "check"};

    /** One archive member. Names are relative and normalised ("bin/ls", never "/bin/ls" or "./x"). */
    public record Entry(String name, int mode, long mtime, int uid, int gid, byte[] data) {
        /** True for a directory. */
        public boolean isDirectory() {
            return (mode & S_IFMT) == S_IFDIR;
        }

        /** True for a regular file. */
        public boolean isFile() {
            return (mode & S_IFMT) == S_IFREG;
        }

        /** The permission bits (rwxrwxrwx and setuid/setgid/sticky). */
        public int permissions() {
            return mode & 07777;
        }
    }

    /** The entries of archive, in order, without the trailer and without the "." entry. */
    public static List<Entry> read(byte[] archive) throws CpioException {
        List<Entry> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            if (archive.length - pos < HEADER) {
                throw new CpioException(pos == archive.length
                        ? "truncated archive: no TRAILER!!! entry after offset " + pos
                        : "truncated header at offset " + pos + " (" + Math.max(0, archive.length - pos) + " of 110 bytes)");
            }
            String magic = ascii(archive, pos, 6);
            boolean crc = magic.equals("070702");
            if (!magic.equals("070701") && !crc) {
                throw new CpioException("bad magic at offset " + pos + ": '" + printable(magic)
                        + "' (expected 070701, a newc archive)");
            }
            long[] f = new long[FIELDS.length];
            for (int k = 0; k < FIELDS.length; k++) {
                f[k] = hex(archive, pos + 6 + 8 * k, FIELDS[k]);
            }
            long nameSize = f[11];
            long size = f[6];
            int nameAt = pos + HEADER;
            if (nameSize < 1 || nameSize > MAX_NAME) {
                throw new CpioException("entry at offset " + pos + ": name size " + nameSize + " is out of range (1.." + MAX_NAME + ")");
            }
            if (nameSize > archive.length - nameAt) {
                throw new CpioException("entry at offset " + pos + ": name (" + nameSize + " bytes) runs past the end of the archive");
            }
            if (archive[nameAt + (int) nameSize - 1] != 0) {
                throw new CpioException("entry at offset " + pos + ": name is not NUL-terminated");
            }
            String name = utf8(archive, nameAt, (int) nameSize - 1);
            if (name.indexOf('\0') >= 0) {
                throw new CpioException("entry at offset " + pos + ": name contains a NUL byte");
            }
            long dataAt = align4(nameAt + nameSize);
            if (dataAt > archive.length) {
                throw new CpioException("entry at offset " + pos + ": name padding runs past the end of the archive");
            }
            if (size > archive.length - dataAt) {
                throw new CpioException("entry '" + printable(name) + "' at offset " + pos + ": data (" + size
                        + " bytes) runs past the end of the archive");
            }
            if (name.equals(TRAILER)) {
                return out;
            }
            byte[] data = Arrays.copyOfRange(archive, (int) dataAt, (int) (dataAt + size));
            if (crc) {
                long sum = 0;
                for (byte b : data) {
                    sum += b & 0xFF;
                }
                if ((sum & 0xFFFFFFFFL) != f[12]) {
                    throw new CpioException("entry '" + printable(name) + "' at offset " + pos + ": checksum mismatch");
                }
            }
            String norm = clean(name, pos);
            if (norm != null) {
                out.add(new Entry(norm, (int) f[1], f[5], (int) f[2], (int) f[3], data));
            }
            pos = (int) align4(dataAt + size);
        }
    }

    /** name without leading "/" and "./", normalised; null for the root itself; refuses "..". */
    private static String clean(String name, int pos) throws CpioException {
        String rel = name;
        while (rel.startsWith("/")) {
            rel = rel.substring(1);
        }
        for (String c : rel.split("/")) {
            if (c.equals("..")) {
                throw new CpioException("entry at offset " + pos + ": name '" + printable(name)
                        + "' contains '..' (path traversal)");
            }
        }
        if (name.isEmpty()) {
            throw new CpioException("entry at offset " + pos + ": empty name");
        }
        String n = Path.normalize(rel);
        return n.equals(".") ? null : n;   // "." or "/" is the root itself, which always exists
    }

    private static long align4(long x) {
        return (x + 3) & ~3L;
    }

    private static long hex(byte[] a, int at, String field) throws CpioException {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            int c = a[at + i];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw new CpioException("header field " + field + " at offset " + at + " is not hexadecimal: '"
                        + printable(ascii(a, at, 8)) + "'");
            }
            v = v << 4 | d;
        }
        return v;
    }

    private static String ascii(byte[] a, int at, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) (a[at + i] & 0xFF);
        }
        return new String(c);
    }

    /** s with control characters shown as '?', so a hostile name cannot drive the terminal. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return sb.toString();
    }

    private static String utf8(byte[] a, int at, int n) {
        try {
            return new String(a, at, n, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);   // UTF-8 always exists
        }
    }

    /** Builds a newc archive in memory; every entry gets the same mtime, so output is reproducible. */
    public static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long mtime;
        private int ino = 1;

        /** A writer stamping every entry with mtime (seconds since 1970). */
        public Writer(long mtime) {
            this.mtime = mtime;
        }

        /** Adds a directory (mode 0755 unless perms says otherwise). */
        public Writer directory(String name, int perms) {
            return add(name, S_IFDIR | perms & 07777, new byte[0]);
        }

        /** Adds a regular file with the permission bits perms. */
        public Writer file(String name, int perms, byte[] data) {
            return add(name, S_IFREG | perms & 07777, data);
        }

        /** Adds an entry with a full mode (type and permissions). */
        public Writer add(String name, int mode, byte[] data) {
            byte[] n = bytes(name);
            if (n.length == 0 || n.length + 1 > MAX_NAME || name.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("bad cpio entry name: '" + printable(name) + "'");
            }
            header(ino++, mode, (mode & S_IFMT) == S_IFDIR ? 2 : 1, data.length, n.length + 1);
            out.write(n, 0, n.length);
            out.write(0);
            pad();
            out.write(data, 0, data.length);
            pad();
            return this;
        }

        /** Ends the archive with the trailer; returns its bytes. */
        public byte[] finish() {
            header(0, 0, 1, 0, TRAILER.length() + 1);
            byte[] t = bytes(TRAILER);
            out.write(t, 0, t.length);
            out.write(0);
            pad();
            return out.toByteArray();
        }

        private void header(int inode, int mode, int nlink, int size, int nameSize) {
            long[] f = {inode, mode, 0, 0, nlink, mtime, size, 0, 0, 0, 0, nameSize, 0};
            StringBuilder sb = new StringBuilder("070701");
            for (long v : f) {
                String h = Long.toHexString(v & 0xFFFFFFFFL).toUpperCase();
                sb.append("00000000", 0, 8 - h.length()).append(h);
            }
            byte[] b = bytes(sb.toString());
            out.write(b, 0, b.length);
        }

        private void pad() {
            while (out.size() % 4 != 0) {
                out.write(0);
            }
        }

        private static byte[] bytes(String s) {
            try {
                return s.getBytes("UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
