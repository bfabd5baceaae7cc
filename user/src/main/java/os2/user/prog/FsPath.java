package os2.user.prog;

/** Path strings as the file programs need them: joining, last component, quoting in messages. */
final class FsPath {
    private FsPath() {
    }

    /** dir/name, without doubling a '/' dir already ends with. */
    static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** The last component, trailing slashes ignored ("a/b/" -> "b", "/" -> "/"). */
    static String base(String path) {
        String p = stripSlashes(path);
        int k = p.lastIndexOf('/');
        return k < 0 || p.equals("/") ? p : p.substring(k + 1);
    }

    /** path without its trailing slashes ("/" stays). */
    static String stripSlashes(String path) {
        int n = path.length();
        while (n > 1 && path.charAt(n - 1) == '/') {
            n--;
        }
        return path.substring(0, n);
    }

    /** A name in GNU's message quotes: 'NAME' (as bytes, see {@link Text#arg}). */
    static String q(String path) {
        return "'" + Text.arg(path) + "'";
    }

    /** The normalised form of path for comparisons: no ".", empty components or trailing '/' ("a/./b//" -> "a/b"). */
    static String normal(String path) {
        StringBuilder s = new StringBuilder(path.startsWith("/") ? "/" : "");
        for (String c : path.split("/")) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != '/') {
                s.append('/');
            }
            s.append(c);
        }
        return s.length() == 0 ? "." : s.toString();
    }

    /** True if inner is outer or inside it (by their normal forms; ".." is not resolved). */
    static boolean within(String inner, String outer) {
        String i = normal(inner);
        String o = normal(outer);
        return i.equals(o) || i.startsWith(o.endsWith("/") ? o : o + "/") || o.equals(".") && !i.startsWith("/");
    }

    /** True if the last component is "." or "..". */
    static boolean isDots(String path) {
        String b = base(path);
        return b.equals(".") || b.equals("..");
    }
}
