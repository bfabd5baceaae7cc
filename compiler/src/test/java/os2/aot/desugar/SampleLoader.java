package os2.aot.desugar;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * A child-first class loader for the sample programs: each loader gets its own copy of the sample
 * classes (so static state is never shared between the original and the desugared run). With
 * {@code desugar}, every sample class is desugared as it is loaded, checked to be free of
 * invokedynamic, written with recomputed frames and verified by the JVM when defined.
 */
final class SampleLoader extends ClassLoader {
    static final String PREFIX = "os2.aot.desugar.samples.";

    private final boolean desugar;
    private final Map<String, ClassNode> generated = new HashMap<>();
    final List<String> desugaredHosts = new ArrayList<>();
    final List<String> generatedNames = new ArrayList<>();

    SampleLoader(boolean desugar) {
        super(SampleLoader.class.getClassLoader());
        this.desugar = desugar;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(PREFIX)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String internal = name.replace('.', '/');
        ClassNode lambda = generated.get(internal);
        byte[] bytes;
        if (lambda != null) {
            bytes = FrameWriter.write(lambda, generated);
        } else {
            bytes = original(internal);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            if (desugar) {
                bytes = desugar(bytes);
            }
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    private byte[] desugar(byte[] bytes) {
        ClassNode host = new ClassNode();
        new ClassReader(bytes).accept(host, 0);
        if (Desugar.needs(host)) {
            desugaredHosts.add(host.name);
        }
        Desugar.Result result = Desugar.run(host);
        assertFalse(Desugar.needs(result.host()), host.name + " still has invokedynamic");
        for (ClassNode c : result.generated()) {
            assertFalse(Desugar.needs(c), c.name + " has invokedynamic");
            generated.put(c.name, c);
            generatedNames.add(c.name);
        }
        return FrameWriter.write(result.host(), generated);
    }

    static byte[] original(String internalName) {
        try (InputStream in = SampleLoader.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
