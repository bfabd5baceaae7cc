package os2.aot;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;
import os2.aot.desugar.Desugar;
import os2.aot.desugar.DesugarException;

/** Bridges class loading to the invokedynamic desugarer (package os2.aot.desugar). */
final class Desugaring {
    private Desugaring() {
    }

    /** Rewrites cn in place; returns the classes it generated. */
    static List<ClassNode> apply(ClassNode cn) {
        if (!Desugar.needs(cn)) {
            return List.of();
        }
        Desugar.Result r;
        try {
            r = Desugar.run(cn);
        } catch (DesugarException e) {
            throw new CompileError("error: " + e.getMessage());
        }
        recomputeMaxs(cn);
        List<ClassNode> out = new ArrayList<>();
        for (ClassNode g : r.generated()) {
            out.add(recomputeMaxs(g));
        }
        return out;
    }

    /** Rewritten and generated methods get exact max stack/locals for the analyzer. */
    private static ClassNode recomputeMaxs(ClassNode cn) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cn.accept(cw);
        ClassNode fresh = new ClassNode();
        new ClassReader(cw.toByteArray()).accept(fresh, ClassReader.SKIP_FRAMES);
        cn.methods.clear();
        cn.methods.addAll(fresh.methods);
        return cn;
    }
}
