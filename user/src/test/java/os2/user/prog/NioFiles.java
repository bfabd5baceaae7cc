package os2.user.prog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link Io.Files} over a host directory (java.nio), for the JVM tests: relative paths are
 * resolved from root, and host errors become the reasons the OS2 file system gives.
 * Test-only: os2.user.prog itself must compile for OS2, which has no java.nio.file.
 */
final class NioFiles implements Io.Files {
    private final Path root;

    NioFiles(Path root) {
        this.root = root;
    }

    private Path path(String p) throws SysError {
        if (p.isEmpty()) {
            throw new SysError(SysError.NO_ENTRY);
        }
        return root.resolve(p);
    }

    /** The reason of a host error, as strerror would say it. */
    static SysError reason(IOException e, Path p) {
        if (e instanceof NoSuchFileException) {
            return new SysError(SysError.NO_ENTRY);
        }
        if (e instanceof FileAlreadyExistsException) {
            return new SysError(SysError.EXISTS);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return new SysError(SysError.NOT_EMPTY);
        }
        if (e instanceof NotDirectoryException) {
            return new SysError(SysError.NOT_DIR);
        }
        if (e instanceof AccessDeniedException) {
            return new SysError(SysError.DENIED);
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return new SysError(f.getReason());   // the host's strerror text ("Not a directory", "Is a directory"...)
        }
        return new SysError(e.toString());
    }

    @Override
    public In open(String p) throws Io.NotFound {
        try {
            Path f = path(p);
            if (Files.isDirectory(f)) {
                throw new Io.NotFound(SysError.IS_DIR);
            }
            return In.of(Files.readAllBytes(f), true);
        } catch (IOException e) {
            throw new Io.NotFound(reason(e, null).getMessage());
        } catch (Io.NotFound e) {
            throw e;
        } catch (SysError e) {
            throw new Io.NotFound(e.getMessage());
        }
    }

    @Override
    public Stat stat(String p) throws SysError {
        Path f = path(p);
        try {
            PosixFileAttributes a = Files.readAttributes(f, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Stat.Kind k = a.isDirectory() ? Stat.Kind.DIRECTORY : a.isRegularFile() ? Stat.Kind.FILE : Stat.Kind.OTHER;
            return new Stat(k, a.size(), mode(a.permissions()), a.lastModifiedTime().toMillis() / 1000);
        } catch (IOException e) {
            throw reason(e, f);
        }
    }

    static int mode(Set<PosixFilePermission> perms) {
        int m = 0;
        for (PosixFilePermission x : perms) {
            m |= 0400 >> x.ordinal();   // OWNER_READ, OWNER_WRITE, OWNER_EXECUTE, GROUP_READ, ... in that order
        }
        return m;
    }

    @Override
    public List<String> list(String p) throws SysError {
        Path f = path(p);
        try (Stream<Path> s = Files.list(f)) {
            List<String> names = new ArrayList<>();
            s.forEach(x -> names.add(x.getFileName().toString()));
            return names;
        } catch (IOException e) {
            throw reason(e, f);
        }
    }

    @Override
    public Out create(String p, int mode, boolean append) throws SysError {
        Path f = path(p);
        if (Files.isDirectory(f)) {
            throw new SysError(SysError.IS_DIR);
        }
        try {
            OutputStream s = Files.newOutputStream(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            return new Out() {
                @Override
                public void write(byte[] b, int off, int len) {
                    try {
                        s.write(b, off, len);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() throws SysError {
                    try {
                        s.close();
                    } catch (IOException e) {
                        throw reason(e, f);
                    }
                }
            };
        } catch (IOException e) {
            throw reason(e, f);
        }
    }

    @Override
    public void mkdir(String p) throws SysError {
        Path f = path(p);
        try {
            Files.createDirectory(f);
        } catch (IOException e) {
            throw reason(e, f);
        }
    }

    @Override
    public void remove(String p) throws SysError {
        Path f = path(p);
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw reason(e, f);
        }
    }

    @Override
    public void rename(String from, String to) throws SysError {
        Path a = path(from);
        Path b = path(to);
        if (Files.isDirectory(a) && b.toAbsolutePath().normalize().startsWith(a.toAbsolutePath().normalize())
                && !a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            throw new SysError(SysError.INVALID);
        }
        try {
            Files.move(a, b, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw reason(e, a);
        }
    }
}
