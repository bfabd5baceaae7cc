package os2.aot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The closed world: every class, method and array type the program can reach
 * from its entry points. Virtual calls are resolved the simple, sound way
 * (rapid type analysis): a method is reachable when its selector is called
 * somewhere and its class is instantiated.
 */
public final class World {
    /** Classes the C runtime itself refers to. */
    static final String[] RUNTIME_CLASSES = {
        "java/lang/Object", "java/lang/Class", "java/lang/String", "java/lang/Cloneable",
        "java/io/Serializable", "java/lang/VMHelper", "java/lang/Throwable",
    };
    static final String[] RUNTIME_ARRAYS = {"[C", "[B", "[J", "[Ljava/lang/String;", "[Ljava/lang/Object;"};

    final ClassPath cp;
    final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    final Set<String> arrayTypes = new LinkedHashSet<>();
    final List<MethodInfo> reachableMethods = new ArrayList<>();
    final List<MethodInfo> exports = new ArrayList<>();
    private final Set<String> selectors = new LinkedHashSet<>();
    /** Package-private methods called virtually: selection depends on the method, not only its selector. */
    private final Set<MethodInfo> packagePrivateCalls = new LinkedHashSet<>();
    private final List<ClassInfo> instantiated = new ArrayList<>();
    private final Deque<MethodInfo> work = new ArrayDeque<>();
    /** Distinct errors in the order found (a class used several times in one place is said once). */
    private final Set<String> errors = new LinkedHashSet<>();
    private final Map<String, List<MethodInfo>> targetsCache = new HashMap<>();

    public World(ClassPath cp) {
        this.cp = cp;
    }

    /** Builds the closed world from main (may be null) and exported methods of the given classes. */
    public void build(String mainClass, List<String> exportScan) {
        for (String c : RUNTIME_CLASSES) {
            reach(load(c, "the runtime"));
        }
        for (String a : RUNTIME_ARRAYS) {
            reachArray(a, "the runtime");
        }
        failOnErrors(); // nothing below works without the runtime's own classes
        instantiate(classes.get("java/lang/Object"));
        instantiate(classes.get("java/lang/String"));
        instantiate(classes.get("java/lang/Class"));
        for (MethodInfo m : classes.get("java/lang/VMHelper").methods.values()) {
            if (m.isStatic() && m.hasBody()) {
                markMethod(m);
            }
        }
        if (mainClass != null) {
            ClassInfo mc = load(mainClass.replace('.', '/'), "the command line");
            if (mc != null) {
                reach(mc);
                MethodInfo main = mc.methods.get("main([Ljava/lang/String;)V");
                if (main == null || !main.isStatic()) {
                    errors.add("error: " + mainClass + " has no method public static void main(String[])");
                } else {
                    markMethod(main);
                }
            }
        }
        for (String c : exportScan) {
            ClassInfo ci = load(c, "the class path");
            if (ci == null) {
                continue;
            }
            for (MethodInfo m : ci.methods.values()) {
                if (m.annotation("Los2/rt/Export;") != null) {
                    if (!m.isStatic()) {
                        errors.add("error: @Export method must be static: " + m);
                        continue;
                    }
                    reach(ci);
                    markMethod(m);
                    exports.add(m);
                }
            }
        }
        while (!work.isEmpty()) {
            scan(work.pop());
        }
        failOnErrors();
    }

    private void failOnErrors() {
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String e : errors) {
            if (n++ == 30) {
                b.append("\n... and ").append(errors.size() - 30).append(" more errors");
                break;
            }
            b.append(n == 1 ? "" : "\n").append(e);
        }
        throw new CompileError(b.toString());
    }

    // ---- loading -----------------------------------------------------------

    ClassInfo load(String name, String from) {
        ClassInfo ci = classes.get(name);
        if (ci != null) {
            return ci;
        }
        ClassNode cn = cp.find(name);
        if (cn == null) {
            String kind = ClassPath.isPlatform(name) ? " (not provided by the OS2 runtime library)" : "";
            errors.add("error: class " + name.replace('/', '.') + " not found" + kind + ", used by " + from);
            return null;
        }
        ClassInfo sup = cn.superName == null ? null : load(cn.superName, name.replace('/', '.'));
        ci = new ClassInfo(cn, sup);
        classes.put(name, ci);
        for (String i : cn.interfaces) {
            ClassInfo ii = load(i, name.replace('/', '.'));
            if (ii != null) {
                ci.interfaces.add(ii);
            }
        }
        return ci;
    }

    void reach(ClassInfo ci) {
        if (ci == null || ci.reachable) {
            return;
        }
        ci.reachable = true;
        reach(ci.superclass);
        for (ClassInfo i : ci.interfaces) {
            reach(i);
        }
        if (ci.clinit() != null) {
            markMethod(ci.clinit());
        }
        if (ci.isEnum()) {
            MethodInfo values = ci.methods.get("values()[L" + ci.name + ";");
            if (values != null) {
                markMethod(values);
            }
        }
    }

    void reachArray(String desc, String from) {
        if (!arrayTypes.add(desc)) {
            return;
        }
        Type el = Type.getType(desc).getElementType();
        if (el.getSort() == Type.OBJECT) {
            reach(load(el.getInternalName(), from));
        }
        for (int d = Type.getType(desc).getDimensions() - 1; d >= 1; d--) {
            arrayTypes.add(desc.substring(desc.length() - el.getDescriptor().length() - d));
        }
    }

    /** Reaches a class or array type given as internal name or array descriptor. */
    void reachType(String t, String from) {
        if (t.startsWith("[")) {
            reachArray(t, from);
        } else {
            reach(load(t, from));
        }
    }

    void instantiate(ClassInfo ci) {
        if (ci == null || ci.instantiated) {
            return;
        }
        reach(ci);
        ci.instantiated = true;
        instantiated.add(ci);
        targetsCache.clear();
        for (String sel : selectors) {
            markMethod(implementation(ci, sel));
        }
        for (MethodInfo m : packagePrivateCalls) {
            if (ci.isSubclassOf(m.owner)) {
                markMethod(select(ci, m));
            }
        }
    }

    void markMethod(MethodInfo m) {
        if (m == null || m.reachable) {
            return;
        }
        m.reachable = true;
        reach(m.owner);
        reachableMethods.add(m);
        if (m.hasBody()) {
            work.push(m);
        }
    }

    private void callSelector(String sel) {
        if (selectors.add(sel)) {
            for (ClassInfo ci : instantiated) {
                markMethod(implementation(ci, sel));
            }
        }
    }

    private void callPackagePrivate(MethodInfo m) {
        if (packagePrivateCalls.add(m)) {
            for (ClassInfo ci : instantiated) {
                if (ci.isSubclassOf(m.owner)) {
                    markMethod(select(ci, m));
                }
            }
        }
    }

    // ---- scanning method bodies ---------------------------------------------

    private void scan(MethodInfo m) {
        int line = 0;
        String self = m.owner.javaName();
        for (AbstractInsnNode in = m.node.instructions.getFirst(); in != null; in = in.getNext()) {
            if (in instanceof LineNumberNode) {
                line = ((LineNumberNode) in).line;
                continue;
            }
            String from = m.where(line);
            switch (in.getType()) {
                case AbstractInsnNode.TYPE_INSN: {
                    TypeInsnNode t = (TypeInsnNode) in;
                    if (in.getOpcode() == Opcodes.NEW) {
                        instantiate(load(t.desc, from));
                    } else if (in.getOpcode() == Opcodes.ANEWARRAY) {
                        reachArray(t.desc.startsWith("[") ? "[" + t.desc : "[L" + t.desc + ";", from);
                    } else {
                        reachType(t.desc, from);
                    }
                    break;
                }
                case AbstractInsnNode.INT_INSN:
                    if (in.getOpcode() == Opcodes.NEWARRAY) {
                        reachArray("[" + Emit.newarrayDesc(((org.objectweb.asm.tree.IntInsnNode) in).operand), from);
                    }
                    break;
                case AbstractInsnNode.MULTIANEWARRAY_INSN:
                    reachArray(((MultiANewArrayInsnNode) in).desc, from);
                    break;
                case AbstractInsnNode.LDC_INSN: {
                    Object c = ((LdcInsnNode) in).cst;
                    if (c instanceof Type) {
                        Type t = (Type) c;
                        if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                            reachType(t.getSort() == Type.ARRAY ? t.getDescriptor() : t.getInternalName(), from);
                        } else {
                            errors.add("error: unsupported constant " + c + " in " + from);
                        }
                    } else if (!(c instanceof String || c instanceof Number)) {
                        errors.add("error: unsupported constant " + c + " in " + from);
                    }
                    break;
                }
                case AbstractInsnNode.FIELD_INSN:
                    scanField((FieldInsnNode) in, from);
                    break;
                case AbstractInsnNode.METHOD_INSN:
                    scanCall((MethodInsnNode) in, from);
                    break;
                case AbstractInsnNode.INVOKE_DYNAMIC_INSN:
                    errors.add("error: invokedynamic left after desugaring in " + from);
                    break;
                case AbstractInsnNode.JUMP_INSN:
                    if (in.getOpcode() == Opcodes.JSR) {
                        errors.add("error: jsr/ret (pre-Java-6 class files) are not supported, in " + from);
                    }
                    break;
                default:
                    break;
            }
        }
        for (TryCatchBlockNode tc : m.node.tryCatchBlocks) {
            if (tc.type != null) {
                reach(load(tc.type, self));
            }
        }
    }

    private void scanField(FieldInsnNode f, String from) {
        ClassInfo owner = load(f.owner, from);
        if (owner == null) {
            return;
        }
        ClassInfo decl = resolveField(owner, f.name);
        if (decl == null) {
            errors.add("error: field " + owner.javaName() + "." + f.name + " not found, used by " + from);
            return;
        }
        reach(owner);
        reach(decl);
        Type t = Type.getType(f.desc);
        if (t.getSort() == Type.ARRAY) {
            reachArray(t.getDescriptor(), from);
        }
    }

    private void scanCall(MethodInsnNode mi, String from) {
        if (mi.owner.startsWith("[")) {
            reachArray(mi.owner, from);
            if (!mi.name.equals("clone")) {
                callSelector(mi.name + mi.desc);
            }
            return;
        }
        if (Intrinsics.isIntrinsic(mi.owner)) {
            if (!Intrinsics.known(mi.owner, mi.name, mi.desc)) {
                errors.add("error: " + mi.owner.replace('/', '.') + "." + mi.name + mi.desc
                        + " has no compiled form, used by " + from);
            }
            return;
        }
        ClassInfo owner = load(mi.owner, from);
        if (owner == null) {
            return;
        }
        String sel = mi.name + mi.desc;
        MethodInfo target = mi.getOpcode() == Opcodes.INVOKEINTERFACE
                ? resolveInterfaceMethod(owner, sel) : resolveMethod(owner, sel);
        if (target == null) {
            errors.add("error: method " + owner.javaName() + "." + mi.name + mi.desc
                    + " not found" + (ClassPath.isPlatform(owner.name) ? " in the OS2 runtime library" : "")
                    + ", called from " + from);
            return;
        }
        reach(owner);
        if (target.isNative() && !ClassPath.isPlatform(target.owner.name)) {
            errors.add("error: native method " + target + " is not supported, called from " + from);
        }
        switch (mi.getOpcode()) {
            case Opcodes.INVOKESTATIC:
            case Opcodes.INVOKESPECIAL:
                markMethod(target);
                break;
            default:
                if (!target.isVirtual() || (target.isFinal() && !target.owner.isInterface())) {
                    markMethod(target);
                } else if (target.isPackagePrivate()) {
                    callPackagePrivate(target);
                } else {
                    callSelector(sel);
                }
        }
    }

    // ---- resolution (JVMS 5.4.3) and selection ---------------------------------

    /** Field resolution: the class that declares it, searching supertypes. */
    ClassInfo resolveField(ClassInfo c, String name) {
        for (ClassInfo k = c; k != null; k = k.superclass) {
            if (k.field(name) != null) {
                return k;
            }
            for (ClassInfo i : k.interfaces) {
                ClassInfo r = resolveField(i, name);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Method resolution for invokevirtual/static/special. */
    MethodInfo resolveMethod(ClassInfo c, String sel) {
        for (ClassInfo k = c; k != null; k = k.superclass) {
            MethodInfo m = k.methods.get(sel);
            if (m != null) {
                return m;
            }
        }
        return interfaceDefault(c, sel, true);
    }

    /** Method resolution for invokeinterface. */
    MethodInfo resolveInterfaceMethod(ClassInfo i, String sel) {
        MethodInfo m = i.methods.get(sel);
        if (m != null) {
            return m;
        }
        ClassInfo object = classes.get("java/lang/Object");
        MethodInfo om = object.methods.get(sel);
        if (om != null && !om.isStatic() && (om.node.access & Opcodes.ACC_PUBLIC) != 0) {
            return om;
        }
        return interfaceDefault(i, sel, true);
    }

    /**
     * The maximally specific superinterface method of c for sel: a non-abstract one
     * if there is one that no other candidate overrides; abstract ones only if allowed.
     */
    MethodInfo interfaceDefault(ClassInfo c, String sel, boolean allowAbstract) {
        Set<ClassInfo> all = new LinkedHashSet<>();
        for (ClassInfo k = c; k != null; k = k.superclass) {
            collectInterfaces(k, all);
        }
        List<MethodInfo> found = new ArrayList<>();
        for (ClassInfo i : all) {
            MethodInfo m = i.methods.get(sel);
            if (m != null && !m.isStatic() && !m.isPrivate()) {
                found.add(m);
            }
        }
        MethodInfo abstractOne = null;
        for (MethodInfo m : found) {
            boolean overridden = false;
            for (MethodInfo o : found) {
                if (o != m && o.owner != m.owner && isSubinterface(o.owner, m.owner)) {
                    overridden = true;
                    break;
                }
            }
            if (!overridden) {
                if (!m.isAbstract()) {
                    return m;
                }
                abstractOne = abstractOne == null ? m : abstractOne;
            }
        }
        return allowAbstract ? abstractOne : null;
    }

    private static void collectInterfaces(ClassInfo c, Set<ClassInfo> out) {
        for (ClassInfo i : c.interfaces) {
            if (out.add(i)) {
                collectInterfaces(i, out);
            }
        }
    }

    private static boolean isSubinterface(ClassInfo a, ClassInfo b) {
        for (ClassInfo i : a.interfaces) {
            if (i == b || isSubinterface(i, b)) {
                return true;
            }
        }
        return false;
    }

    /** Selection: the method a receiver of class r runs for sel, or null (abstract/missing). */
    MethodInfo implementation(ClassInfo r, String sel) {
        for (ClassInfo k = r; k != null; k = k.superclass) {
            MethodInfo m = k.methods.get(sel);
            if (m != null && !m.isStatic()) {
                if (m.isPrivate()) {
                    continue;
                }
                return m.isAbstract() ? null : m;
            }
        }
        return interfaceDefault(r, sel, false);
    }

    /**
     * Selection (JVMS 5.4.6) for a call that resolved to method resolved: by selector, except for a
     * package-private method, which only methods of its own package override (directly, or through an
     * override that is public or protected): then the classes from resolved's down to r decide, in order.
     */
    MethodInfo select(ClassInfo r, MethodInfo resolved) {
        if (!resolved.isPackagePrivate()) {
            return implementation(r, resolved.selector());
        }
        List<ClassInfo> path = new ArrayList<>();
        for (ClassInfo k = r; k != resolved.owner; k = k.superclass) {
            path.add(0, k);
        }
        MethodInfo chosen = resolved;
        for (ClassInfo k : path) {
            MethodInfo m = k.methods.get(resolved.selector());
            if (m != null && m.isVirtual() && chosen.overriddenBy(m)) {
                chosen = m;
            }
        }
        return chosen.isAbstract() ? null : chosen;
    }

    /** Every method a virtual call that resolved to method resolved, on a receiver of type owner, can run. */
    List<MethodInfo> targets(ClassInfo owner, MethodInfo resolved) {
        String sel = resolved.selector();
        String key = owner.name + "|" + sel + (resolved.isPackagePrivate() ? "|" + resolved.owner.name : "");
        List<MethodInfo> r = targetsCache.get(key);
        if (r == null) {
            Set<MethodInfo> s = new LinkedHashSet<>();
            for (ClassInfo c : instantiated) {
                if (c.isSubtypeOf(owner)) {
                    MethodInfo m = select(c, resolved);
                    if (m != null) {
                        s.add(m);
                    }
                }
            }
            r = new ArrayList<>(s);
            targetsCache.put(key, r);
        }
        return r;
    }

    List<ClassInfo> instantiatedClasses() {
        return instantiated;
    }
}
