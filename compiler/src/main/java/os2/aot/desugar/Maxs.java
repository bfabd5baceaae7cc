package os2.aot.desugar;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Fills in maxStack/maxLocals of a generated method. Later stages (ASM's Analyzer in the back end)
 * size their frames from these values, so they must be right; letting ASM's own writer compute them
 * is more reliable than counting by hand.
 */
final class Maxs {
    private Maxs() {
    }

    static void compute(MethodNode method) {
        // COMPUTE_MAXS needs no class hierarchy (unlike COMPUTE_FRAMES), so a throwaway class will do.
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "os2/aot/desugar/MaxsScratch", null, "java/lang/Object", null);
        method.accept(writer);
        writer.visitEnd();
        ClassNode back = new ClassNode();
        new ClassReader(writer.toByteArray()).accept(back, ClassReader.SKIP_DEBUG);
        MethodNode computed = back.methods.get(0);
        method.maxStack = computed.maxStack;
        method.maxLocals = computed.maxLocals;
    }
}
