package os2.user.fs;

import static os2.user.fs.FsProto.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The file server's logic, apart from channels (so it runs on the JVM in tests): a tree of
 * {@link Node}s with mounts, and the open objects ({@link Obj}: a node and the rights its
 * holder has). {@link #handle} answers one request on an object (docs/FILES.md); {@link Fsd}
 * carries requests and answers over channel endpoints, one endpoint per object.
 *
 * <p>An object reaches only its own subtree: a path is resolved from the object's node, and
 * ".." (or a symbolic link) leading above it is refused with EACCES, as a capability should.
 * Rights only shrink: an object opened from a directory gets at most the directory's.
 */
public final class FsServer {
    /** Most links followed in one path (more is ELOOP: a cycle). */
    static final int LINK_LIMIT = 8;
    /** Largest file on the RAM mount. */
    static final int FILE_MAX = 64 << 20;
    static final int NAME_MAX = 255;
    static final int DIR_MODE = 0755;
    static final int FILE_MODE = 0644;

    /** An open directory or file: the node and the rights (RIGHT_READ, RIGHT_WRITE) of its holder. */
    public record Obj(Node node, int rights) {
        boolean can(int right) {
            return (rights & right) == right;
        }
    }

    /**
     * An answer: its bytes, and at most one of a new object (OPEN, CLONE: sent as a new
     * endpoint) or a range of a file's bytes to send in a region (READ_REGION).
     */
    public record Answer(byte[] bytes, Obj opened, Node regionOf, long regionOffset, int regionLength) {
        static Answer of(byte[] bytes) {
            return new Answer(bytes, null, null, 0, 0);
        }
    }

    /** A failed operation: code is one of FsProto's errors. */
    static final class Failure extends Exception {
        final int code;

        Failure(int code) {
            super(reason(code));
            this.code = code;
        }
    }

    private final Node root = new Node(KIND_DIR, true, DIR_MODE);

    /** The root of the tree (read-only: the archive). */
    public Obj rootObject(int rights) {
        return new Obj(root, rights);
    }

    /** Mounts the archive's entries read-only under the root (directories made as needed). */
    public void mountArchive(List<Cpio.Entry> entries) {
        for (Cpio.Entry e : entries) {
            String[] parts = e.name().split("/");
            Node dir = root;
            for (int i = 0; i < parts.length - 1; i++) {
                dir = directory(dir, parts[i], true, DIR_MODE);
            }
            String last = parts[parts.length - 1];
            if (last.isEmpty() || last.equals(".") || dir.children.containsKey(last) && !e.isDirectory()) {
                continue;   // "." entries; a duplicate keeps the first
            }
            if (e.isDirectory()) {
                directory(dir, last, true, e.permissions()).mode = e.permissions();
                continue;
            }
            int kind = (e.mode() & Cpio.S_IFMT) == Cpio.S_IFLNK ? KIND_LINK : KIND_FILE;
            Node n = new Node(kind, true, e.permissions());
            n.data = e.data();
            n.size = e.data().length;
            dir.add(last, n);
        }
    }

    /** A writable RAM file system at /name (replacing nothing: the name must be free or an empty directory). */
    public void mountRam(String name) {
        Node old = root.children.get(name);
        if (old != null && !(old.isDir() && old.children.isEmpty())) {
            throw new IllegalStateException("cannot mount over /" + name);
        }
        Node n = new Node(KIND_DIR, false, 01777);
        root.children.remove(name);
        root.add(name, n);
    }

    private static Node directory(Node parent, String name, boolean readOnly, int mode) {
        Node d = parent.children.get(name);
        if (d == null || !d.isDir()) {
            d = new Node(KIND_DIR, readOnly, mode);
            parent.children.remove(name);
            parent.add(name, d);
        }
        return d;
    }

    /** Answers one request on o; a malformed request is EINVAL. */
    public Answer handle(Obj o, byte[] req) {
        try {
            if (req.length == 0) {
                throw new Failure(EINVAL);
            }
            Reader r = new Reader(req, 1);
            switch (req[0]) {
                case OPEN: {
                    int flags = r.u32();
                    return open(o, flags, r.restText());
                }
                case READ: {
                    long off = r.u64();
                    int len = Math.min(r.u32(), READ_MAX);
                    Node f = readable(o);
                    int n = (int) Math.max(0, Math.min(len, f.size - Math.min(off, f.size)));
                    if (off < 0) {
                        throw new Failure(EINVAL);
                    }
                    return Answer.of(new Writer().u32(n).bytes(f.data, (int) Math.min(off, f.size), n).finish());
                }
                case WRITE: {
                    long off = r.u64();
                    byte[] b = r.rest();
                    Node f = writable(o);
                    long at = off == APPEND_OFFSET ? f.size : off;
                    if (at < 0) {
                        throw new Failure(EINVAL);
                    }
                    if (at + b.length > FILE_MAX) {
                        throw new Failure(EFBIG);
                    }
                    f.write(at, b, 0, b.length);
                    return status(b.length);
                }
                case STAT: {
                    String p = r.restText();
                    Node n = p.isEmpty() ? o.node() : walk(o, p, true);
                    int mode = n.readOnly ? n.mode & ~0222 : n.mode;
                    return Answer.of(new Writer().u32(0).u8(n.kind).u32(mode).u64(n.isDir() ? n.children.size() : n.size)
                            .u64(n.id).finish());
                }
                case LIST:
                    return list(o, r.u32());
                case MKDIR: {
                    Node[] pn = new Node[1];
                    String name = parentOf(o, r.restText(), pn);
                    Node dir = changeable(o, pn[0]);
                    if (dir.children.containsKey(name)) {
                        throw new Failure(EEXIST);
                    }
                    dir.add(name, new Node(KIND_DIR, false, DIR_MODE));
                    return status(0);
                }
                case REMOVE:
                    remove(o, r.restText());
                    return status(0);
                case RENAME: {
                    String from = r.textToNul();
                    rename(o, from, r.restText());
                    return status(0);
                }
                case TRUNCATE: {
                    long size = r.u64();
                    if (size < 0 || size > FILE_MAX) {
                        throw new Failure(size < 0 ? EINVAL : EFBIG);
                    }
                    writable(o).truncate((int) size);
                    return status(0);
                }
                case READ_REGION: {
                    long off = r.u64();
                    long len = Math.min(r.u64(), REGION_MAX);
                    Node f = readable(o);
                    if (off < 0 || len < 0) {
                        throw new Failure(EINVAL);
                    }
                    int n = (int) Math.max(0, Math.min(len, f.size - Math.min(off, f.size)));
                    return new Answer(new Writer().u32(n).finish(), null, f, off, n);
                }
                case CLONE:
                    return new Answer(new Writer().u32(0).u8(o.node().kind).u64(o.node().size).finish(),
                            new Obj(o.node(), r.u32() & o.rights()), null, 0, 0);
                default:
                    throw new Failure(ENOTSUP);
            }
        } catch (Failure f) {
            return status(f.code);
        } catch (IllegalArgumentException e) {
            return status(EINVAL);
        }
    }

    private static Answer status(int s) {
        return Answer.of(new Writer().u32(s).finish());
    }

    private Answer open(Obj o, int flags, String path) throws Failure {
        int want = ((flags & O_WRITE) != 0 ? RIGHT_WRITE : 0) | ((flags & O_READ) != 0 ? RIGHT_READ : 0);
        if (want == 0) {
            want = RIGHT_READ;
        }
        if ((want & ~o.rights()) != 0) {
            throw new Failure(EACCES);
        }
        Node n;
        if ((flags & O_CREATE) != 0) {
            Node[] pn = new Node[1];
            String name = parentOf(o, path, pn);
            n = pn[0].children.get(name);
            if (n != null && n.kind == KIND_LINK) {
                n = walk(o, path, true);
            }
            if (n == null) {
                Node dir = changeable(o, pn[0]);
                n = new Node(KIND_FILE, false, FILE_MODE);
                dir.add(name, n);
            } else if ((flags & O_EXCL) != 0) {
                throw new Failure(EEXIST);
            }
        } else {
            n = walk(o, path, true);
        }
        if ((flags & O_DIRECTORY) != 0 && !n.isDir()) {
            throw new Failure(ENOTDIR);
        }
        if ((want & RIGHT_WRITE) != 0 && n.isDir() && (flags & O_DIRECTORY) == 0) {
            throw new Failure(EISDIR);
        }
        if ((want & RIGHT_WRITE) != 0 && !n.isDir() && n.readOnly) {
            throw new Failure(EROFS);
        }
        if ((flags & O_TRUNC) != 0 && (want & RIGHT_WRITE) != 0 && !n.isDir()) {
            n.truncate(0);
        }
        return new Answer(new Writer().u32(0).u8(n.kind).u64(n.isDir() ? n.children.size() : n.size).finish(),
                new Obj(n, want), null, 0, 0);
    }

    private static Answer list(Obj o, int start) throws Failure {
        if (!o.node().isDir()) {
            throw new Failure(ENOTDIR);
        }
        if (!o.can(RIGHT_READ)) {
            throw new Failure(EACCES);
        }
        Writer w = new Writer().u32(0);
        int count = 0;
        int i = 0;
        for (Map.Entry<String, Node> e : o.node().children.entrySet()) {
            if (i++ < start) {
                continue;
            }
            byte[] name = utf8(e.getKey());
            if (w.size() + name.length + 2 > READ_MAX + 4) {
                break;
            }
            w.u8(e.getValue().kind).bytes(name, 0, name.length).u8(0);
            count++;
        }
        byte[] b = w.finish();
        b[0] = (byte) count;   // the status: entries in this answer (< 256: names take at least 3 bytes)
        return Answer.of(b);
    }

    private void remove(Obj o, String path) throws Failure {
        Node[] pn = new Node[1];
        String name = parentOf(o, path, pn);
        Node n = pn[0].children.get(name);
        if (n == null) {
            throw new Failure(ENOENT);
        }
        Node dir = changeable(o, pn[0]);
        if (n.isDir() && !n.children.isEmpty()) {
            throw new Failure(ENOTEMPTY);
        }
        if (n.readOnly || n.contains(o.node())) {
            throw new Failure(n.readOnly ? EROFS : EINVAL);
        }
        dir.children.remove(name);
        n.parent = null;
    }

    private void rename(Obj o, String from, String to) throws Failure {
        Node[] fp = new Node[1];
        Node[] tp = new Node[1];
        String fn = parentOf(o, from, fp);
        String tn = parentOf(o, to, tp);
        Node src = fp[0].children.get(fn);
        if (src == null) {
            throw new Failure(ENOENT);
        }
        Node fromDir = changeable(o, fp[0]);
        Node toDir = changeable(o, tp[0]);
        if (src.readOnly) {
            throw new Failure(EROFS);
        }
        if (src.contains(toDir)) {
            throw new Failure(EINVAL);   // a directory into itself
        }
        Node dst = toDir.children.get(tn);
        if (dst == src) {
            return;
        }
        if (dst != null) {
            if (dst.isDir() && !src.isDir()) {
                throw new Failure(EISDIR);
            }
            if (!dst.isDir() && src.isDir()) {
                throw new Failure(ENOTDIR);
            }
            if (dst.isDir() && !dst.children.isEmpty()) {
                throw new Failure(ENOTEMPTY);
            }
            toDir.children.remove(tn);
            dst.parent = null;
        }
        fromDir.children.remove(fn);
        toDir.add(tn, src);
    }

    /** o's file, which o may read. */
    private static Node readable(Obj o) throws Failure {
        if (o.node().isDir()) {
            throw new Failure(EISDIR);
        }
        if (!o.can(RIGHT_READ)) {
            throw new Failure(EACCES);
        }
        return o.node();
    }

    /** o's file, which o may write. */
    private static Node writable(Obj o) throws Failure {
        if (o.node().isDir()) {
            throw new Failure(EISDIR);
        }
        if (!o.can(RIGHT_WRITE)) {
            throw new Failure(EACCES);
        }
        if (o.node().readOnly) {
            throw new Failure(EROFS);
        }
        return o.node();
    }

    /** dir, in which o may create and remove entries. */
    private static Node changeable(Obj o, Node dir) throws Failure {
        if (dir.readOnly) {
            throw new Failure(EROFS);
        }
        if (!o.can(RIGHT_WRITE)) {
            throw new Failure(EACCES);
        }
        return dir;
    }

    /** The directory holding path's last component (into dir[0]), and that component. */
    private String parentOf(Obj o, String path, Node[] dir) throws Failure {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = p.lastIndexOf('/');
        String name = p.substring(slash + 1);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new Failure(EINVAL);
        }
        if (utf8(name).length > NAME_MAX) {
            throw new Failure(ENAMETOOLONG);
        }
        Node d = slash < 0 ? o.node() : walk(o, p.substring(0, slash), true);
        if (!d.isDir()) {
            throw new Failure(ENOTDIR);
        }
        dir[0] = d;
        return name;
    }

    /** The node path names from o (never above o's node). */
    Node walk(Obj o, String path, boolean followLast) throws Failure {
        int[] links = {0};
        return walk(o.node(), o.node(), path, followLast, links);
    }

    private Node walk(Node top, Node start, String path, boolean followLast, int[] links) throws Failure {
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty() && !s.equals(".")) {
                parts.add(s);
            }
        }
        Node cur = start;
        for (int i = 0; i < parts.size(); i++) {
            String c = parts.get(i);
            if (c.equals("..")) {
                if (cur == top) {
                    throw new Failure(EACCES);   // above the capability's directory
                }
                cur = cur.parent;
                if (cur == null) {
                    throw new Failure(ENOENT);   // the node was removed meanwhile
                }
                continue;
            }
            if (!cur.isDir()) {
                throw new Failure(ENOTDIR);
            }
            Node next = cur.children.get(c);
            if (next == null) {
                throw new Failure(ENOENT);
            }
            if (next.kind == KIND_LINK && (i < parts.size() - 1 || followLast)) {
                if (++links[0] > LINK_LIMIT) {
                    throw new Failure(ELOOP);
                }
                String target = text(next.data, 0, next.size);
                next = target.startsWith("/") ? absolute(top, target, links) : walk(top, cur, target, true, links);
            }
            cur = next;
        }
        return cur;
    }

    /** An absolute link target: from the tree's root, and only if it stays under top. */
    private Node absolute(Node top, String target, int[] links) throws Failure {
        Node n = walk(root, root, target, true, links);
        if (!top.contains(n)) {
            throw new Failure(EACCES);
        }
        return n;
    }
}
