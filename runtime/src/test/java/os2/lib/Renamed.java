package os2.lib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Loads classes of the OS2 library on the JVM under another package, so they can run next to the
 * JDK's own java.lang and be compared with it: every class whose internal name starts with one of
 * the given prefixes (e.g. {@code java/lang/Fdl}) is read from the library's compiled classes and
 * renamed to {@code os2test/...}; references to other classes keep pointing at the JDK's.
 */
final class Renamed extends ClassLoader {
    private final List<String> prefixes;
    private final Path classes;

    Renamed(String... prefixes) {
        super(Renamed.class.getClassLoader());
        this.prefixes = Arrays.asList(prefixes);
        this.classes = Path.of(System.getProperty("os2.runtime.classes", "target/classes"));
    }

    private String rename(String internalName) {
        for (String p : prefixes) {
            if (internalName.startsWith(p)) {
                return "os2test/" + internalName.substring(internalName.lastIndexOf('/') + 1);
            }
        }
        return internalName;
    }

    private final Remapper remapper = new Remapper() {
        @Override
        public String map(String internalName) {
            return rename(internalName);
        }
    };

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!name.startsWith("os2test.")) {
            throw new ClassNotFoundException(name);
        }
        String simple = name.substring("os2test.".length());
        for (String p : prefixes) {
            String original = p.substring(0, p.lastIndexOf('/') + 1) + simple;
            if (!original.startsWith(p)) {
                continue;
            }
            Path file = classes.resolve(original + ".class");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                ClassReader reader = new ClassReader(Files.readAllBytes(file));
                ClassWriter writer = new ClassWriter(0);
                reader.accept(new ClassRemapper(writer, remapper), 0);
                byte[] b = writer.toByteArray();
                return defineClass(name, b, 0, b.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new ClassNotFoundException(name + " (no library class for it under " + classes + ")");
    }

    /** A static method of a renamed class (simple name) as a method handle, private or not. */
    MethodHandle method(String simpleClass, String method, Class<?>... params) {
        try {
            Class<?> c = loadClass("os2test." + simpleClass);
            Method m = c.getDeclaredMethod(method, params);
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("library method " + simpleClass + "." + method + " not found", e);
        }
    }
}
