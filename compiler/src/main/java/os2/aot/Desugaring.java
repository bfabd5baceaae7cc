package os2.aot;

import java.util.ArrayList;
import java.util.List;
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
        // the desugarer keeps max stack/locals exact for what it rewrites and generates
        return new ArrayList<>(r.generated());
    }

}
