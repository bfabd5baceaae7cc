package os2.aot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/** A loaded class with its resolved hierarchy and (after {@link Layout}) its layout. */
public final class ClassInfo {
    public final ClassNode node;
    public final String name;
    public final ClassInfo superclass;
    public final List<ClassInfo> interfaces = new ArrayList<>();
    /** Methods by selector (name + descriptor). */
    public final Map<String, MethodInfo> methods = new LinkedHashMap<>();

    /** Referenced by the program (a class struct is emitted). */
    boolean reachable;
    /** Some instance may exist (NEW seen): its virtual methods can be called. */
    boolean instantiated;

    // Layout, filled by Layout
    int depth;
    int instanceSize;
    final Map<String, Integer> fieldOffsets = new LinkedHashMap<>();
    final Map<String, String> fieldTypes = new LinkedHashMap<>();
    final List<Integer> refOffsets = new ArrayList<>();
    /** The selector of each vtable slot; a selector has two slots when a package-private method is not overridden. */
    final List<String> vtable = new ArrayList<>();
    /** The method each slot selects for this class (abstract ones included). */
    final List<MethodInfo> vtableImpl = new ArrayList<>();
    /** The first slot of each selector. */
    final Map<String, Integer> vslot = new LinkedHashMap<>();
    /** All interfaces, transitively, in a stable order. */
    final Set<ClassInfo> allInterfaces = new LinkedHashSet<>();
    /** Interfaces only: declared abstract/default instance methods, in slot order. */
    final List<String> imethods = new ArrayList<>();
    /** Needs a run-time initialisation check (it or a class it initialises has a clinit). */
    boolean needsInit;

    ClassInfo(ClassNode node, ClassInfo superclass) {
        this.node = node;
        this.name = node.name;
        this.superclass = superclass;
        for (MethodNode m : node.methods) {
            methods.put(m.name + m.desc, new MethodInfo(this, m));
        }
    }

    public boolean isInterface() {
        return (node.access & Opcodes.ACC_INTERFACE) != 0;
    }

    public boolean isAbstract() {
        return (node.access & Opcodes.ACC_ABSTRACT) != 0;
    }

    public boolean isFinal() {
        return (node.access & Opcodes.ACC_FINAL) != 0;
    }

    public boolean isEnum() {
        return (node.access & Opcodes.ACC_ENUM) != 0;
    }

    public boolean isSubclassOf(ClassInfo other) {
        for (ClassInfo c = this; c != null; c = c.superclass) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** Is this class assignable to t (class or interface)? */
    public boolean isSubtypeOf(ClassInfo t) {
        return isSubclassOf(t) || allInterfaces.contains(t);
    }

    public FieldNode field(String fname) {
        for (FieldNode f : node.fields) {
            if (f.name.equals(fname)) {
                return f;
            }
        }
        return null;
    }

    public MethodInfo clinit() {
        return methods.get("<clinit>()V");
    }

    /** "java/util": the run-time package (there is one class loader). */
    public String packageName() {
        int i = name.lastIndexOf('/');
        return i < 0 ? "" : name.substring(0, i);
    }

    /** "java.util.ArrayList": the name Class.getName() returns. */
    public String javaName() {
        return name.replace('/', '.');
    }

    @Override
    public String toString() {
        return javaName();
    }
}
