package os2.user.prog;

/**
 * What {@link Io.Files#stat} tells about a path: its kind, size in bytes (a directory's is
 * whatever its file system says), permission bits ({@code 0755}: owner, group, others; the
 * OS2 file system derives them from the rights the caller holds or the archive's modes) and
 * the time of its last change in seconds since 1970-01-01 UTC, or {@link #NO_TIME}.
 */
public record Stat(Kind kind, long size, int mode, long mtime) {
    /** An unknown modification time. */
    public static final long NO_TIME = Long.MIN_VALUE;

    /** The kinds of file programs tell apart. */
    public enum Kind { FILE, DIRECTORY, OTHER }

    public boolean isDirectory() {
        return kind == Kind.DIRECTORY;
    }

    /** The ten-character mode column of ls -l: type, then rwx for owner, group and others. */
    public String modeString() {
        StringBuilder s = new StringBuilder(10);
        s.append(kind == Kind.DIRECTORY ? 'd' : kind == Kind.FILE ? '-' : '?');
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s.append((mode & (0400 >> i)) != 0 ? rwx.charAt(i) : '-');
        }
        return s.toString();
    }
}
