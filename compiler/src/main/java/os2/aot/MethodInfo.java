package os2.aot;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/** A method of a loaded class; reachable ones get a C function. */
public final class MethodInfo {
    public final ClassInfo owner;
    public final MethodNode node;
    boolean reachable;
    /** The C function name, assigned once the class's methods are known. */
    String cName;

    MethodInfo(ClassInfo owner, MethodNode node) {
        this.owner = owner;
        this.node = node;
    }

    public String selector() {
        return node.name + node.desc;
    }

    public boolean isStatic() {
        return (node.access & Opcodes.ACC_STATIC) != 0;
    }

    public boolean isAbstract() {
        return (node.access & Opcodes.ACC_ABSTRACT) != 0;
    }

    public boolean isNative() {
        return (node.access & Opcodes.ACC_NATIVE) != 0;
    }

    public boolean isPrivate() {
        return (node.access & Opcodes.ACC_PRIVATE) != 0;
    }

    public boolean isFinal() {
        return (node.access & Opcodes.ACC_FINAL) != 0;
    }

    public boolean isConstructor() {
        return node.name.equals("<init>");
    }

    /**
     * A class's instance method without public, protected or private: only methods of its own run-time
     * package (one class loader here, so the same package name) can override it (JVMS 5.4.5).
     */
    public boolean isPackagePrivate() {
        return (node.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED | Opcodes.ACC_PRIVATE)) == 0
                && !isStatic() && !owner.isInterface() && !node.name.startsWith("<");
    }

    /**
     * Whether m, declared in a subclass, overrides this method, the latest overrider of its vtable slot in
     * the superclass (HotSpot's rule, which is JVMS 5.4.5's transitive overriding for javac's output: once a
     * method of the chain is public or protected, every later one is).
     */
    boolean overriddenBy(MethodInfo m) {
        return !isPackagePrivate() || owner.packageName().equals(m.owner.packageName());
    }

    /** Takes part in virtual dispatch. */
    public boolean isVirtual() {
        return !isStatic() && !isPrivate() && !node.name.startsWith("<");
    }

    public boolean hasBody() {
        return !isAbstract() && !isNative();
    }

    public Type returnType() {
        return Type.getReturnType(node.desc);
    }

    public Type[] argTypes() {
        return Type.getArgumentTypes(node.desc);
    }

    /** The value of a class-retained annotation's "value", e.g. @Export("sym"), or null. */
    public String annotation(String descriptor) {
        for (java.util.List<AnnotationNode> list : new java.util.List[] {node.invisibleAnnotations, node.visibleAnnotations}) {
            if (list == null) {
                continue;
            }
            for (AnnotationNode a : list) {
                if (a.desc.equals(descriptor)) {
                    if (a.values != null) {
                        for (int i = 0; i + 1 < a.values.size(); i += 2) {
                            if ("value".equals(a.values.get(i))) {
                                return String.valueOf(a.values.get(i + 1));
                            }
                        }
                    }
                    return "";
                }
            }
        }
        return null;
    }

    /** "java.util.ArrayList.add(ArrayList.java)" style, for error messages. */
    public String where(int line) {
        String file = owner.node.sourceFile == null ? "Unknown Source" : owner.node.sourceFile;
        return owner.javaName() + "." + node.name + "(" + file + (line > 0 ? ":" + line : "") + ")";
    }

    @Override
    public String toString() {
        return owner.javaName() + "." + node.name + node.desc;
    }
}
