package os2.aot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Enforces @NoAlloc: no method reachable from one (through any call it can make,
 * virtual calls over every possible target) may allocate. The error names the
 * allocation and the call path to it.
 */
final class NoAllocCheck {
    private NoAllocCheck() {
    }

    static void run(World w) {
        for (MethodInfo root : w.reachableMethods) {
            if (root.annotation("Los2/rt/NoAlloc;") != null) {
                check(w, root);
            }
        }
    }

    private static void check(World w, MethodInfo root) {
        Map<MethodInfo, MethodInfo> parent = new HashMap<>();
        Deque<MethodInfo> work = new ArrayDeque<>();
        parent.put(root, null);
        work.add(root);
        while (!work.isEmpty()) {
            MethodInfo m = work.poll();
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
                    throw new CompileError("error: @NoAlloc method " + root + " allocates: " + alloc + " in "
                            + m.where(line) + path(parent, m));
                }
                if (in instanceof MethodInsnNode) {
                    MethodInsnNode mi = (MethodInsnNode) in;
                    if (Intrinsics.isIntrinsic(mi.owner)) {
                        continue;
                    }
                    if (mi.owner.startsWith("[") && mi.name.equals("clone")) {
                        throw new CompileError("error: @NoAlloc method " + root + " allocates: array clone in "
                                + m.where(line) + path(parent, m));
                    }
                    // other calls on arrays are Object's methods
                    ClassInfo owner = w.classes.get(mi.owner.startsWith("[") ? "java/lang/Object" : mi.owner);
                    String sel = mi.name + mi.desc;
                    MethodInfo t = mi.getOpcode() == Opcodes.INVOKEINTERFACE
                            ? w.resolveInterfaceMethod(owner, sel) : w.resolveMethod(owner, sel);
                    if (t == null) {
                        continue;
                    }
                    boolean virtual = (mi.getOpcode() == Opcodes.INVOKEVIRTUAL || mi.getOpcode() == Opcodes.INVOKEINTERFACE)
                            && t.isVirtual();
                    for (MethodInfo callee : virtual ? w.targets(owner, t) : java.util.List.of(t)) {
                        if (!parent.containsKey(callee)) {
                            parent.put(callee, m);
                            work.add(callee);
                        }
                    }
                }
            }
        }
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

    private static String path(Map<MethodInfo, MethodInfo> parent, MethodInfo m) {
        StringBuilder b = new StringBuilder();
        for (MethodInfo p = parent.get(m); p != null; p = parent.get(p)) {
            b.append("\n  called from ").append(p);
        }
        return b.toString();
    }
}
