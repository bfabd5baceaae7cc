package os2.aot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Finds and parses class files. Classes of the Java platform ({@code java/...})
 * come only from the runtime library, never from the JDK running the compiler:
 * what the library lacks is missing. Every class is desugared on load, so later
 * stages see no invokedynamic.
 */
public final class ClassPath implements AutoCloseable {
    private final List<Path> userEntries;
    private final Path runtime;
    private final List<ZipFile> jars = new ArrayList<>();
    private final Map<String, ClassNode> cache = new HashMap<>();

    public ClassPath(Path runtime, List<Path> userEntries) throws IOException {
        this.runtime = runtime;
        this.userEntries = userEntries;
        for (Path p : userEntries) {
            if (!Files.exists(p)) {
                throw new CompileError("class path entry not found: " + p);
            }
            if (!Files.isDirectory(p)) {
                jars.add(new ZipFile(p.toFile()));
            }
        }
        if (!Files.isRegularFile(runtime.resolve("java/lang/Object.class"))) {
            throw new CompileError("runtime library not found (no java/lang/Object.class) in " + runtime);
        }
    }

    /** Is the class part of the platform library rather than the program? */
    public static boolean isPlatform(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/")
                || internalName.startsWith("jdk/") || internalName.startsWith("sun/");
    }

    /** Adds a class made by the compiler itself (lambda classes). */
    public void define(ClassNode cn) {
        cache.put(cn.name, cn);
    }

    /** The parsed and desugared class, or null when it does not exist. */
    public ClassNode find(String internalName) {
        ClassNode cn = cache.get(internalName);
        if (cn != null || cache.containsKey(internalName)) {
            return cn;
        }
        byte[] bytes = read(internalName);
        if (bytes != null) {
            cn = new ClassNode();
            new ClassReader(bytes).accept(cn, ClassReader.SKIP_FRAMES); // the analyzer recomputes types
            for (ClassNode extra : Desugaring.apply(cn)) {
                cache.put(extra.name, extra);
            }
        }
        cache.put(internalName, cn);
        return cn;
    }

    private byte[] read(String internalName) {
        String file = internalName + ".class";
        try {
            if (isPlatform(internalName)) {
                Path p = runtime.resolve(file);
                return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
            }
            for (Path e : userEntries) {
                if (Files.isDirectory(e)) {
                    Path p = e.resolve(file);
                    if (Files.isRegularFile(p)) {
                        return Files.readAllBytes(p);
                    }
                }
            }
            for (ZipFile z : jars) {
                ZipEntry ze = z.getEntry(file);
                if (ze != null) {
                    try (InputStream in = z.getInputStream(ze)) {
                        return in.readAllBytes();
                    }
                }
            }
            return null;
        } catch (IOException ex) {
            throw new CompileError("cannot read " + file + ": " + ex.getMessage());
        }
    }

    /** The runtime library's directory (its C sources are in os2/c/). */
    public Path runtime() {
        return runtime;
    }

    @Override
    public void close() throws IOException {
        for (ZipFile z : jars) {
            z.close();
        }
    }
}
