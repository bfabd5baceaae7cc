package os2.aot.desugar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * Writes classes with recomputed frames. The class hierarchy comes from class files (resources of
 * the test class path and the JDK) or from classes generated in the same run, never from loading
 * classes, which could recurse into the class loader that is being fed.
 */
final class FrameWriter extends ClassWriter {
    private final Map<String, ClassNode> extra;

    private FrameWriter(Map<String, ClassNode> extra) {
        super(COMPUTE_FRAMES);
        this.extra = extra;
    }

    /** Serializes {@code node}; {@code extra} holds classes that have no class file yet. */
    static byte[] write(ClassNode node, Map<String, ClassNode> extra) {
        FrameWriter writer = new FrameWriter(extra);
        node.accept(writer);
        return writer.toByteArray();
    }

    @Override
    protected String getCommonSuperClass(String a, String b) {
        if (isInterface(a) || isInterface(b)) {
            return "java/lang/Object";
        }
        Set<String> ancestors = new HashSet<>();
        for (String c = a; c != null; c = superName(c)) {
            ancestors.add(c);
        }
        for (String c = b; c != null; c = superName(c)) {
            if (ancestors.contains(c)) {
                return c;
            }
        }
        return "java/lang/Object";
    }

    private boolean isInterface(String name) {
        ClassNode node = extra.get(name);
        if (node != null) {
            return (node.access & Opcodes.ACC_INTERFACE) != 0;
        }
        return (reader(name).getAccess() & Opcodes.ACC_INTERFACE) != 0;
    }

    private String superName(String name) {
        ClassNode node = extra.get(name);
        return node != null ? node.superName : reader(name).getSuperName();
    }

    private static ClassReader reader(String name) {
        try (InputStream in = FrameWriter.class.getClassLoader().getResourceAsStream(name + ".class")) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + name);
            }
            return new ClassReader(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
