package os2.aot;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * Which {@code aastore}s need no ArrayStoreException check: those whose array's static
 * component type is exact (a final class, or an array of primitives or of exact types) and
 * whose value has that same static type. Such an array can only be of that type at run
 * time (its component has no subtypes), and the value can only be of it, so the check
 * always passes ({@code String[]} of strings, {@code int[][]} rows, arrays of final nodes).
 * Static types come from ASM's type-inferring analyzer over the closed world's class tree;
 * where it cannot tell (an unknown class, a failed analysis), the check stays.
 */
final class ExactStores {
    private final ClassPath cp;
    private final MethodNode node;
    private Frame<BasicValue>[] types;
    private boolean failed;

    ExactStores(ClassPath cp, MethodNode node) {
        this.cp = cp;
        this.node = node;
    }

    /** The aastore at instruction index i (its frame before it) stores a value that always fits. */
    boolean alwaysFits(String owner, int i) {
        if (types == null && !failed) {
            analyze(owner);
        }
        if (failed || types[i] == null) {
            return false;
        }
        Frame<BasicValue> f = types[i];
        int sp = f.getStackSize();
        Type array = f.getStack(sp - 3).getType();
        Type value = f.getStack(sp - 1).getType();
        if (array == null || array.getSort() != Type.ARRAY || value == null) {
            return false;
        }
        Type component = Type.getType(array.getDescriptor().substring(1));
        return exact(component) && component.equals(value);
    }

    /** No value of another type can be of type t (it has no proper subtypes). */
    private boolean exact(Type t) {
        if (t.getSort() == Type.ARRAY) {
            Type e = t.getElementType();
            return e.getSort() != Type.OBJECT || exact(e);
        }
        if (t.getSort() != Type.OBJECT) {
            return false;
        }
        ClassNode c = cp.find(t.getInternalName());
        return c != null && (c.access & Opcodes.ACC_FINAL) != 0 && (c.access & Opcodes.ACC_INTERFACE) == 0;
    }

    private void analyze(String owner) {
        ClassNode c = cp.find(owner);
        if (c == null) {
            failed = true;
            return;
        }
        Type sup = c.superName == null ? null : Type.getObjectType(c.superName);
        Analyzer<BasicValue> a = new Analyzer<>(new Hierarchy(c, sup));
        try {
            types = a.analyze(owner, node);
        } catch (AnalyzerException | RuntimeException e) {
            failed = true;   // keep every check
        }
    }

    /** SimpleVerifier over the compiler's classes (never the host JVM's), trusting javac's bytecode. */
    private final class Hierarchy extends SimpleVerifier {
        Hierarchy(ClassNode c, Type sup) {
            super(Opcodes.ASM9, Type.getObjectType(c.name), sup, null, (c.access & Opcodes.ACC_INTERFACE) != 0);
        }

        @Override
        protected boolean isSubTypeOf(BasicValue value, BasicValue expected) {
            Type e = expected.getType();
            Type t = value.getType();
            if (e != null && (e.getSort() == Type.OBJECT || e.getSort() == Type.ARRAY)) {
                return t != null && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY);
            }
            return super.isSubTypeOf(value, expected);
        }

        @Override
        protected boolean isInterface(Type t) {
            ClassNode c = t.getSort() == Type.OBJECT ? cp.find(t.getInternalName()) : null;
            return c != null && (c.access & Opcodes.ACC_INTERFACE) != 0;
        }

        @Override
        protected Type getSuperClass(Type t) {
            ClassNode c = t.getSort() == Type.OBJECT ? cp.find(t.getInternalName()) : null;
            return c == null || c.superName == null ? null : Type.getObjectType(c.superName);
        }

        /** Only true when sure: a false answer makes merges more general, never wrong. */
        @Override
        protected boolean isAssignableFrom(Type to, Type from) {
            if (to == null || from == null) {
                return false;
            }
            if (to.equals(from) || to.getDescriptor().equals("Ljava/lang/Object;")) {
                return true;
            }
            if (from.getSort() == Type.ARRAY) {
                if (to.getSort() == Type.ARRAY) {
                    Type te = Type.getType(to.getDescriptor().substring(1));
                    Type fe = Type.getType(from.getDescriptor().substring(1));
                    boolean refs = (te.getSort() == Type.OBJECT || te.getSort() == Type.ARRAY)
                            && (fe.getSort() == Type.OBJECT || fe.getSort() == Type.ARRAY);
                    return refs && isAssignableFrom(te, fe);
                }
                String n = to.getInternalName();
                return n.equals("java/lang/Cloneable") || n.equals("java/io/Serializable");
            }
            if (from.getSort() != Type.OBJECT || to.getSort() != Type.OBJECT) {
                return false;
            }
            return extendsOrImplements(from.getInternalName(), to.getInternalName(), 0);
        }

        private boolean extendsOrImplements(String from, String to, int depth) {
            if (from.equals(to)) {
                return true;
            }
            ClassNode c = depth > MAX_DEPTH ? null : cp.find(from);
            if (c == null) {
                return false;
            }
            if (c.superName != null && extendsOrImplements(c.superName, to, depth + 1)) {
                return true;
            }
            for (String i : c.interfaces) {
                if (extendsOrImplements(i, to, depth + 1)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected Class<?> getClass(Type t) {
            throw new UnsupportedOperationException("no host classes: " + t);
        }
    }

    /** Deeper than any real class tree: a cycle in broken input ends the walk. */
    private static final int MAX_DEPTH = 64;
}
