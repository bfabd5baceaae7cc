package os2.aot;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldNode;

/**
 * Object layout, vtables and interface method tables. Fields keep declaration
 * order with natural alignment after the 16-byte header, so java.lang.Class
 * lines up with struct JClass in os2rt.h (checked here).
 */
final class Layout {
    static final int HEADER = 16;

    private Layout() {
    }

    static void run(World w) {
        for (ClassInfo c : w.classes.values()) {
            layout(c);
        }
        for (ClassInfo c : w.classes.values()) {
            computeNeedsInit(c, w);
        }
        checkClassMirror(w.classes.get("java/lang/Class"));
    }

    private static void layout(ClassInfo c) {
        if (c.instanceSize != 0) {
            return;
        }
        int off = HEADER;
        if (c.superclass != null) {
            layout(c.superclass);
            off = c.superclass.instanceSize;
            c.depth = c.superclass.depth + 1;
            c.fieldOffsets.putAll(c.superclass.fieldOffsets);
            c.fieldTypes.putAll(c.superclass.fieldTypes);
            c.refOffsets.addAll(c.superclass.refOffsets);
            c.vtable.addAll(c.superclass.vtable);
            c.vtableImpl.addAll(c.superclass.vtableImpl);
            c.vslot.putAll(c.superclass.vslot);
            c.allInterfaces.addAll(c.superclass.allInterfaces);
        }
        for (ClassInfo i : c.interfaces) {
            layout(i);
            c.allInterfaces.add(i);
            c.allInterfaces.addAll(i.allInterfaces);
        }
        for (FieldNode f : c.node.fields) {
            if ((f.access & Opcodes.ACC_STATIC) != 0) {
                continue;
            }
            int size = sizeOf(f.desc);
            off = (off + size - 1) & -size;
            String key = c.name + "." + f.name;
            c.fieldOffsets.put(key, off);
            c.fieldTypes.put(key, f.desc);
            if (isRef(f.desc)) {
                c.refOffsets.add(off);
            }
            off += size;
        }
        c.instanceSize = Math.max((off + 7) & -8, HEADER);
        if (c.isInterface()) {
            c.depth = 0;
            for (MethodInfo m : c.methods.values()) {
                if (m.isVirtual()) {
                    c.imethods.add(m.selector());
                }
            }
            return;
        }
        for (MethodInfo m : c.methods.values()) {
            if (m.isVirtual()) {
                String sel = m.selector();
                boolean overrides = false;
                if (c.vslot.containsKey(sel)) {
                    for (int i = c.vslot.get(sel); i < c.vtable.size(); i++) {
                        if (c.vtable.get(i).equals(sel) && c.vtableImpl.get(i).overriddenBy(m)) {
                            c.vtableImpl.set(i, m);
                            overrides = true;
                        }
                    }
                }
                if (!overrides) {
                    // a new method, or one that cannot override a package-private method of another package
                    c.vslot.putIfAbsent(sel, c.vtable.size());
                    c.vtable.add(sel);
                    c.vtableImpl.add(m);
                }
            }
        }
    }

    private static boolean computeNeedsInit(ClassInfo c, World w) {
        if (c.needsInit) {
            return true;
        }
        boolean n = c.clinit() != null;
        if (!c.isInterface()) {
            if (c.superclass != null && computeNeedsInit(c.superclass, w)) {
                n = true;
            }
            for (ClassInfo i : c.allInterfaces) {
                if (hasDefaults(i) && computeNeedsInit(i, w)) {
                    n = true;
                }
            }
        }
        c.needsInit = n;
        return n;
    }

    /** Whether interface i declares a non-abstract instance method (a default or a private one: JVMS 5.5). */
    static boolean hasDefaults(ClassInfo i) {
        for (MethodInfo m : i.methods.values()) {
            if (!m.isStatic() && !m.isAbstract() && !m.node.name.startsWith("<")) {
                return true;
            }
        }
        return false;
    }

    static int sizeOf(String desc) {
        switch (desc.charAt(0)) {
            case 'J': case 'D': case 'L': case '[':
                return 8;
            case 'I': case 'F':
                return 4;
            case 'S': case 'C':
                return 2;
            default:
                return 1;
        }
    }

    static boolean isRef(String desc) {
        return desc.charAt(0) == 'L' || desc.charAt(0) == '[';
    }

    /** java.lang.Class's instance fields must be exactly struct JClass's (os2rt.h). */
    private static void checkClassMirror(ClassInfo cls) {
        String[][] expected = {
            {"name", "Ljava/lang/String;"}, {"superclass", "Ljava/lang/Class;"},
            {"componentType", "Ljava/lang/Class;"}, {"arrayClass", "Ljava/lang/Class;"},
            {"flags", "I"}, {"size", "I"}, {"depth", "I"}, {"nrefs", "I"}, {"nifaces", "I"},
            {"initState", "I"}, {"refs", "J"}, {"display", "J"}, {"ifaces", "J"},
            {"itables", "J"}, {"clinit", "J"}, {"enumValues", "J"},
        };
        List<String> actual = new ArrayList<>();
        for (FieldNode f : cls.node.fields) {
            if ((f.access & Opcodes.ACC_STATIC) == 0) {
                actual.add(f.name + ":" + f.desc);
            }
        }
        List<String> want = new ArrayList<>();
        for (String[] e : expected) {
            want.add(e[0] + ":" + e[1]);
        }
        if (!actual.equals(want)) {
            throw new CompileError("java/lang/Class.java fields " + actual
                    + " do not match struct JClass in os2rt.h " + want);
        }
        if (cls.instanceSize != 120) {
            throw new CompileError("java.lang.Class instance size " + cls.instanceSize + " != sizeof(JClass) 120");
        }
    }
}
