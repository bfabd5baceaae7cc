package os2.aot.desugar;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/** Small helpers for tests that build or inspect classes directly. */
final class Asm {
    private Asm() {
    }

    private static final Handle CONCAT = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
            "makeConcatWithConstants", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;",
            false);

    /**
     * A class {@code name} with {@code public static String f(args)} made of one
     * makeConcatWithConstants call site with the given recipe and constants.
     */
    static ClassNode concatClass(String name, String recipe, Object[] constants, Type[] args) {
        ClassNode c = new ClassNode();
        c.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        String desc = Type.getMethodDescriptor(Type.getType(String.class), args);
        MethodNode f = new MethodNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "f", desc, null, null);
        int slot = 0;
        for (Type arg : args) {
            f.instructions.add(new VarInsnNode(arg.getOpcode(Opcodes.ILOAD), slot));
            slot += arg.getSize();
        }
        Object[] bsmArgs = new Object[constants.length + 1];
        bsmArgs[0] = recipe;
        System.arraycopy(constants, 0, bsmArgs, 1, constants.length);
        f.instructions.add(new InvokeDynamicInsnNode("makeConcatWithConstants", desc, CONCAT, bsmArgs));
        f.instructions.add(new InsnNode(Opcodes.ARETURN));
        c.methods.add(f);
        return c;
    }

    static ClassNode copy(ClassNode node) {
        ClassWriter w = new ClassWriter(0);
        node.accept(w);
        return read(w.toByteArray());
    }

    static ClassNode read(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        return node;
    }

    /** The original class file of a sample class, e.g. {@code "LambdaSamples"}. */
    static ClassNode sample(String simpleName) {
        return read(SampleLoader.original(SampleLoader.PREFIX.replace('.', '/') + simpleName));
    }

    /** Defines classes from bytes in a fresh loader (child of the test loader). */
    static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes = new HashMap<>();

        Loader() {
            super(Asm.class.getClassLoader());
        }

        Loader add(ClassNode node, Map<String, ClassNode> extra) {
            classes.put(node.name.replace('/', '.'), FrameWriter.write(node, extra));
            return this;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
