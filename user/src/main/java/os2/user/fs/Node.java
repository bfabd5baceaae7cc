package os2.user.fs;

import java.util.TreeMap;

/**
 * One file, directory or symbolic link of the file server's tree. A node on a read-only
 * mount (the initial archive) refuses every change with EROFS; the nodes of a RAM mount
 * (/tmp) change freely. A file's bytes are data[0..size).
 */
final class Node {
    private static long ids;
    /** Unique while the server runs (STAT reports it: clients may cache by it). */
    final long id = ++ids;
    final int kind;                 // FsProto.KIND_*
    final boolean readOnly;
    int mode;                       // permission bits
    Node parent;                    // null for the root
    String name;
    final TreeMap<String, Node> children;   // a directory's entries
    byte[] data = new byte[0];      // a file's bytes, a link's target
    int size;

    Node(int kind, boolean readOnly, int mode) {
        this.kind = kind;
        this.readOnly = readOnly;
        this.mode = mode;
        this.children = kind == FsProto.KIND_DIR ? new TreeMap<>() : null;
    }

    boolean isDir() {
        return kind == FsProto.KIND_DIR;
    }

    /** Adds child under name (replacing nothing: the caller checked). */
    void add(String name, Node child) {
        child.name = name;
        child.parent = this;
        children.put(name, child);
    }

    /** True if this is n or one of n's ancestors. */
    boolean contains(Node n) {
        for (Node p = n; p != null; p = p.parent) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    /** The absolute path (for messages). */
    String path() {
        if (parent == null) {
            return "/";
        }
        String up = parent.path();
        return (up.equals("/") ? "" : up) + "/" + name;
    }

    /** Writes len bytes of src at offset (growing the file; a gap reads as zeros). */
    void write(long offset, byte[] src, int off, int len) {
        long end = offset + len;
        if (end > data.length) {
            byte[] bigger = new byte[(int) Math.max(end, Math.min(Integer.MAX_VALUE - 16, 2L * data.length))];
            System.arraycopy(data, 0, bigger, 0, size);
            data = bigger;
        }
        System.arraycopy(src, off, data, (int) offset, len);
        if (end > size) {
            size = (int) end;
        }
    }

    /** Sets the size (cutting, or growing with zeros). */
    void truncate(int newSize) {
        if (newSize > data.length) {
            byte[] bigger = new byte[newSize];
            System.arraycopy(data, 0, bigger, 0, size);
            data = bigger;
        } else if (newSize < size) {
            java.util.Arrays.fill(data, newSize, size, (byte) 0);
        }
        size = newSize;
    }
}
