package os2.aot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Enforces @NoAlloc: no method reachable from one (through any call it can make,
 * virtual calls over every possible target) may allocate. The error names the
 * allocation and the call path to it.
 *
 * <p>The rule (docs/ARCHITECTURE.md, "Allocation in interrupt context"):
 * <ul>
 * <li>{@code new}, arrays and array {@code clone} count, wherever they are reached.</li>
 * <li>A class initialisation the path may trigger counts as a call of the class's
 * static initialiser (and its superclasses'): the sites are exactly where the back end
 * emits an initialisation check (a static field, a static method of another class that
 * is not a superclass of the caller's). So an initialiser that allocates fails the
 * check, named with the site that would run it, unless the class is
 * {@code @os2.rt.InitAtBoot} (the kernel initialises it at boot) or named in the
 * {@code also} element of one (for runtime classes such as java.lang.Long).</li>
 * <li>Exceptions the runtime throws (null, bounds, division, cast, array store checks)
 * do not count: they only happen when the kernel is already broken, and one escaping
 * an interrupt handler is a panic. An explicit {@code throw new} counts (a {@code new}).</li>
 * </ul>
 */
final class NoAllocCheck {
    static final String NO_ALLOC = "Los2/rt/NoAlloc;";
    static final String INIT_AT_BOOT = "Los2/rt/InitAtBoot;";

    private NoAllocCheck() {
    }

    static void run(World w) {
        java.util.Set<String> atBoot = initialisedAtBoot(w);
        for (MethodInfo root : w.reachableMethods) {
            if (root.annotation(NO_ALLOC) != null) {
                check(w, root, atBoot);
            }
        }
    }

    /**
     * Internal names of the classes initialised at boot: every class annotated
     * {@code @InitAtBoot}, and the classes its {@code also} element names (runtime
     * classes, which cannot carry the kernel's annotation).
     */
    static java.util.Set<String> initialisedAtBoot(World w) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (ClassInfo c : w.classes.values()) {
            AnnotationNode a = initAtBoot(c);
            if (a == null) {
                continue;
            }
            out.add(c.name);
            for (int i = 0; a.values != null && i + 1 < a.values.size(); i += 2) {
                if ("also".equals(a.values.get(i))) {
                    for (Object t : (List<?>) a.values.get(i + 1)) {
                        out.add(((org.objectweb.asm.Type) t).getInternalName());
                    }
                }
            }
        }
        return out;
    }

    /** One method's walk: which method reached each, and why a static initialiser was entered. */
    private static final class Walk {
        final MethodInfo root;
        final Map<MethodInfo, MethodInfo> parent = new HashMap<>();
        final Map<MethodInfo, String> initSite = new HashMap<>();
        final Deque<MethodInfo> work = new ArrayDeque<>();
        final java.util.Set<String> atBoot;

        Walk(MethodInfo root, java.util.Set<String> atBoot) {
            this.root = root;
            this.atBoot = atBoot;
            parent.put(root, null);
            work.add(root);
        }

        void reach(MethodInfo callee, MethodInfo from) {
            if (!parent.containsKey(callee)) {
                parent.put(callee, from);
                work.add(callee);
            }
        }

        CompileError error(String what, MethodInfo m, int line) {
            return new CompileError("error: @NoAlloc method " + root + " allocates: " + what + " in "
                    + m.where(line) + path(m));
        }

        private String path(MethodInfo m) {
            StringBuilder b = new StringBuilder();
            for (MethodInfo c = m; parent.get(c) != null; c = parent.get(c)) {
                String site = initSite.get(c);
                if (site != null) {
                    b.append("\n  in the class initialisation of ").append(c.owner.javaName())
                            .append(" (mark it @InitAtBoot and initialise it at boot), triggered at ").append(site);
                }
                b.append("\n  called from ").append(parent.get(c));
            }
            return b.toString();
        }
    }

    private static void check(World w, MethodInfo root, java.util.Set<String> atBoot) {
        Walk walk = new Walk(root, atBoot);
        while (!walk.work.isEmpty()) {
            MethodInfo m = walk.work.poll();
            if (!m.hasBody()) {
                continue;
            }
            int line = 0;
            for (AbstractInsnNode in = m.node.instructions.getFirst(); in != null; in = in.getNext()) {
                if (in instanceof LineNumberNode) {
                    line = ((LineNumberNode) in).line;
                }
                String alloc = allocation(in);
                if (alloc != null) {
                    throw walk.error(alloc, m, line);
                }
                if (in instanceof FieldInsnNode && (in.getOpcode() == Opcodes.GETSTATIC
                        || in.getOpcode() == Opcodes.PUTSTATIC)) {
                    FieldInsnNode fi = (FieldInsnNode) in;
                    if (!Intrinsics.isIntrinsic(fi.owner)) {
                        ClassInfo owner = w.classes.get(fi.owner);
                        initialises(w, walk, owner == null ? null : w.resolveField(owner, fi.name), m, line);
                    }
                } else if (in instanceof MethodInsnNode) {
                    calls(w, walk, (MethodInsnNode) in, m, line);
                }
            }
        }
    }

    private static void calls(World w, Walk walk, MethodInsnNode mi, MethodInfo m, int line) {
        if (Intrinsics.isIntrinsic(mi.owner)) {
            return;
        }
        if (mi.owner.startsWith("[") && mi.name.equals("clone")) {
            throw walk.error("array clone", m, line);
        }
        // other calls on arrays are Object's methods
        ClassInfo owner = w.classes.get(mi.owner.startsWith("[") ? "java/lang/Object" : mi.owner);
        String sel = mi.name + mi.desc;
        MethodInfo t = mi.getOpcode() == Opcodes.INVOKEINTERFACE
                ? w.resolveInterfaceMethod(owner, sel) : w.resolveMethod(owner, sel);
        if (t == null) {
            return;
        }
        if (mi.getOpcode() == Opcodes.INVOKESTATIC) {
            initialises(w, walk, t.owner, m, line);
        }
        boolean virtual = (mi.getOpcode() == Opcodes.INVOKEVIRTUAL || mi.getOpcode() == Opcodes.INVOKEINTERFACE)
                && t.isVirtual();
        for (MethodInfo callee : virtual ? w.targets(owner, t) : List.of(t)) {
            walk.reach(callee, m);
        }
    }

    /**
     * A site in m that initialises cls if it is not yet initialised: the static
     * initialisers of cls and its superclasses join the walk, unless the back end emits
     * no check here (m's own class or a subclass) or the class is initialised at boot.
     */
    private static void initialises(World w, Walk walk, ClassInfo cls, MethodInfo m, int line) {
        if (cls == null || !cls.needsInit) {
            return;
        }
        ClassInfo self = m.owner;
        if (self == cls || (!cls.isInterface() && self.isSubclassOf(cls))) {
            return;
        }
        for (ClassInfo c = cls; c != null; c = c.superclass) {
            if (walk.atBoot.contains(c.name)) {
                return;
            }
            MethodInfo clinit = c.clinit();
            if (clinit != null && !walk.parent.containsKey(clinit)) {
                walk.initSite.put(clinit, m.where(line));
                walk.reach(clinit, m);
            }
        }
    }

    /** The class's {@code @InitAtBoot} annotation, or null. */
    static AnnotationNode initAtBoot(ClassInfo c) {
        for (List<AnnotationNode> list : java.util.Arrays.asList(c.node.invisibleAnnotations, c.node.visibleAnnotations)) {
            for (int i = 0; list != null && i < list.size(); i++) {
                if (list.get(i).desc.equals(INIT_AT_BOOT)) {
                    return list.get(i);
                }
            }
        }
        return null;
    }

    private static String allocation(AbstractInsnNode in) {
        switch (in.getOpcode()) {
            case Opcodes.NEW:
                return "new " + ((TypeInsnNode) in).desc.replace('/', '.');
            case Opcodes.ANEWARRAY:
                return "new " + ((TypeInsnNode) in).desc.replace('/', '.') + "[]";
            case Opcodes.NEWARRAY:
            case Opcodes.MULTIANEWARRAY:
                return "new array";
            default:
                return null;
        }
    }
}
