package os2.user.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * Path strings of the OS2 name space: '/'-separated, absolute from '/'. Normalising drops
 * empty and '.' components and resolves '..' textually (there are no symbolic links, so
 * this is exact); '..' above the root stays at the root, as in POSIX.
 */
public final class Path {
    private Path() {
    }

    /** The components of p after normalisation ("/a//b/./c/../d" -> [a, b, d]); ".." above the start is kept for relative paths. */
    public static List<String> components(String p) {
        List<String> out = new ArrayList<>();
        boolean absolute = p.startsWith("/");
        for (String c : p.split("/")) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!absolute) {
                    out.add("..");
                }
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** p normalised: absolute stays absolute ("/" at least), relative stays relative ("." at least). */
    public static String normalize(String p) {
        List<String> cs = components(p);
        String joined = String.join("/", cs);
        if (p.startsWith("/")) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** p against the directory cwd (absolute), normalised: an absolute p ignores cwd. */
    public static String resolve(String cwd, String p) {
        if (p.startsWith("/")) {
            return normalize(p);
        }
        if (!cwd.startsWith("/")) {
            throw new IllegalArgumentException("working directory is not absolute: " + cwd);
        }
        return normalize(cwd + "/" + p);
    }

    /** The directory part of a normalised absolute path ("/a/b" -> "/a", "/a" -> "/", "/" -> "/"). */
    public static String parent(String abs) {
        int k = abs.lastIndexOf('/');
        return k <= 0 ? "/" : abs.substring(0, k);
    }

    /** The last component of a normalised path ("/a/b" -> "b", "/" -> ""). */
    public static String name(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** True if p is relative and never climbs above its start ("a/../b" yes, "../x", "/x" no). */
    public static boolean isContained(String p) {
        if (p.startsWith("/")) {
            return false;
        }
        int depth = 0;
        for (String c : p.split("/")) {
            if (c.equals("..")) {
                if (--depth < 0) {
                    return false;
                }
            } else if (!c.isEmpty() && !c.equals(".")) {
                depth++;
            }
        }
        return true;
    }
}
