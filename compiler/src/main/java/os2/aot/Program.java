package os2.aot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldNode;

/**
 * Whole-program C emission: the shared header, one C file per class (its
 * methods, its class struct, its statics), and one data file (strings, array
 * and primitive classes, static roots, entry points).
 */
final class Program {
    final World world;
    final boolean noLines;
    /**
     * Functions check the stack limit (StackOverflowError). Not for the kernel: its stacks have guard pages,
     * continuations reset them, and the check cost its hot paths up to half again (frame alloc+free).
     */
    boolean stackChecks = true;
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final Set<String> symbols = new LinkedHashSet<>();
    private final List<String> cacheDecls = new ArrayList<>();
    /**
     * Small frameless methods (see {@link MethodEmitter#inlinable}) again, for os2.h: gcc
     * inlines within a file only, so without these a one-line getter or the empty
     * Object.<init> in another class's file stays a call. GNU inline semantics: the copy in
     * the header is only ever inlined, the class's own file has the one real definition.
     */
    private final StringBuilder inlineBodies = new StringBuilder();
    /** The functions of the class last passed to {@link #classFile} that os2.h also holds as inline copies. */
    private final List<String> ownInlineCopies = new ArrayList<>();
    static final String INLINE_ELSEWHERE = "extern inline __attribute__((gnu_inline)) ";
    private int cacheId;
    /** Methods a call to which needs no pending-exception test. */
    final Throws throwsInfo;
    /**
     * Link a frame into os2_top only after its fields are stored (a compiler barrier), so a
     * fault while pushing it (the kernel's stack overflow, a double fault) never shows a
     * half-made frame to the panic's trace. Costs 2-12 % on calls, so only where faults
     * print Java traces: the kernel and OS2 targets.
     */
    boolean orderedFrames;

    Program(World world, boolean noLines) {
        this.world = world;
        this.noLines = noLines;
        this.throwsInfo = new Throws(world);
        assignNames();
        // names the data file needs, registered before the header declares the strings
        for (char c : ClassData.PRIMITIVES.toCharArray()) {
            stringRef(Type.getType(String.valueOf(c)).getClassName());
        }
        for (String a : world.arrayTypes) {
            stringRef(a.replace('/', '.'));
        }
    }

    // ---- names ---------------------------------------------------------------

    private void assignNames() {
        for (ClassInfo c : world.classes.values()) {
            Map<String, Integer> count = new LinkedHashMap<>();
            for (MethodInfo m : c.methods.values()) {
                count.merge(m.node.name, 1, Integer::sum);
            }
            String base = Names.mangle(c.name) + "__";
            Set<String> used = new LinkedHashSet<>();
            for (MethodInfo m : c.methods.values()) {
                String n = m.node.name.equals("<init>") ? "init_" : m.node.name.equals("<clinit>") ? "clinit_"
                        : Names.mangle(m.node.name);
                String name = base + n + (count.get(m.node.name) > 1 ? "__" + Names.paramsKey(m.node.desc) : "");
                if (!used.add(name)) {
                    // bridges differ from their target only in the return type
                    name = name + "__R" + Names.mangle(Type.getReturnType(m.node.desc).getDescriptor().replace(';', '.').replace('[', '$'));
                    used.add(name);
                }
                m.cName = name;
            }
        }
    }

    String functionName(MethodInfo m) {
        if (m.isNative()) {
            return Names.nativeMethod(m.owner.name, m.node.name);
        }
        return m.cName;
    }

    String classRef(String internalNameOrDesc) {
        return Names.classStruct(internalNameOrDesc);
    }

    String initFn(ClassInfo c) {
        return "os2_init_" + Names.mangle(c.name);
    }

    String staticRef(ClassInfo decl, String field) {
        return Names.staticField(decl.name, field);
    }

    String stringRef(String s) {
        return "os2s_" + strings.computeIfAbsent(s, k -> strings.size());
    }

    String linkerSymbol(String name) {
        symbols.add(name);
        return name;
    }

    int nextCacheId() {
        return cacheId++;
    }

    void addCacheDecl(String decl) {
        cacheDecls.add(decl);
    }

    String prototype(MethodInfo m) {
        return prototypeNamed(m, functionName(m));
    }

    static String prototypeNamed(MethodInfo m, String name) {
        StringBuilder b = new StringBuilder(Consts.valueCType(m.returnType().getDescriptor())).append(' ').append(name).append('(');
        int p = 0;
        if (!m.isStatic()) {
            b.append("JObject *p0");
            p = 1;
        }
        for (Type a : m.argTypes()) {
            String t = Consts.valueCType(a.getDescriptor());
            b.append(p == 0 ? "" : ", ").append(t).append(t.endsWith("*") ? "" : " ").append('p').append(p++);
        }
        if (p == 0) {
            b.append("void");
        }
        return b.append(')').toString();
    }

    // ---- per-class C file ------------------------------------------------------

    /** The C file of one reachable class (emit all of them before {@link #header()}). */
    String classFile(ClassInfo c) {
        cacheDecls.clear();
        ownInlineCopies.clear();
        StringBuilder fns = new StringBuilder();
        StringBuilder infos = new StringBuilder();
        for (MethodInfo m : c.methods.values()) {
            if (m.reachable && m.hasBody()) {
                String file = c.node.sourceFile == null ? "NULL" : Consts.cString(c.node.sourceFile);
                int decls = cacheDecls.size();
                MethodEmitter me = new MethodEmitter(this, m);
                String text = me.emit();
                fns.append(text).append('\n');
                boolean inlineCopy = cacheDecls.size() == decls && me.inlinable(text);
                // a copied hardware leaf's frame names its method info from other files too
                boolean sharedInfo = inlineCopy && me.hardwareLeaf(text);
                String info = "const JMethodInfo " + me.miName();
                infos.append(sharedInfo ? "" : "static ").append(info).append(" = {")
                        .append(Consts.cString(c.javaName())).append(", ").append(Consts.cString(m.node.name))
                        .append(", ").append(file).append("};\n");
                if (inlineCopy) {
                    // the same body for other files to inline; this file keeps the real definition
                    // (guarded: in the file with the real definition, an earlier extern inline
                    // copy would stop gcc inlining the function at all, even in its own file)
                    String proto = prototype(m);
                    int at = text.indexOf(proto);
                    String guard = ownCopyGuard(functionName(m));
                    ownInlineCopies.add(guard);
                    inlineBodies.append("#ifndef ").append(guard).append('\n');
                    if (sharedInfo) {
                        inlineBodies.append("extern ").append(info).append(";\n");
                    }
                    inlineBodies.append(text, 0, at).append(INLINE_ELSEWHERE).append(text, at, text.length())
                            .append("#endif\n\n");
                }
            }
        }
        StringBuilder b = new StringBuilder("/* ").append(c.javaName()).append(" */\n#include \"os2.h\"\n\n");
        b.append(infos);
        for (String d : cacheDecls) {
            b.append(d).append('\n');
        }
        b.append(staticsOf(c));
        b.append(ClassData.classStruct(this, c));
        if (c.needsInit) {
            b.append(initFunction(c));
        }
        b.append('\n').append(fns);
        return b.toString();
    }

    /** The macro a C file defines before including os2.h when it defines function fn itself. */
    static String ownCopyGuard(String fn) {
        return "OS2_OWN_" + fn;
    }

    /**
     * After {@link #classFile}: the guards ({@link #ownCopyGuard}) of that class's functions
     * copied into os2.h, which the C file holding the class must define before its first
     * {@code #include "os2.h"}.
     */
    List<String> ownInlineCopies() {
        return List.copyOf(ownInlineCopies);
    }

    private String staticsOf(ClassInfo c) {
        StringBuilder b = new StringBuilder();
        for (FieldNode f : c.node.fields) {
            if ((f.access & Opcodes.ACC_STATIC) == 0) {
                continue;
            }
            String t = Consts.fieldCType(f.desc);
            String init = "0";
            if (f.value instanceof String) {
                init = "(JObject *)&" + stringRef((String) f.value);
            } else if (f.value instanceof Integer) {
                init = Consts.intLit((Integer) f.value);
            } else if (f.value instanceof Long) {
                init = Consts.longLit((Long) f.value);
            } else if (f.value instanceof Float) {
                init = Consts.floatLit((Float) f.value);
            } else if (f.value instanceof Double) {
                init = Consts.doubleLit((Double) f.value);
            }
            b.append(t).append(t.endsWith("*") ? "" : " ").append(Names.staticField(c.name, f.name)).append(" = ")
                    .append(init).append(";\n");
        }
        return b.toString();
    }

    /** JLS 12.4.2, for one thread: superclass, then interfaces with defaults, then <clinit>. */
    private String initFunction(ClassInfo c) {
        String cs = classRef(c.name);
        StringBuilder b = new StringBuilder("void ").append(initFn(c)).append("(void) {\n");
        b.append("  if (").append(cs).append(".initState == 2 || ").append(cs).append(".initState == 1) return;\n");
        b.append("  if (").append(cs).append(".initState == 3) { java_lang_VMHelper__throwNoClassDef((JObject *)&")
                .append(cs).append("); return; }\n");
        b.append("  ").append(cs).append(".initState = 1;\n");
        if (!c.isInterface()) {
            if (c.superclass != null && c.superclass.needsInit) {
                b.append("  ").append(initFn(c.superclass)).append("(); if (os2_exc) goto fail;\n");
            }
            List<ClassInfo> supers = new ArrayList<>();
            superinterfacesToInit(c, supers);
            for (ClassInfo i : supers) {
                b.append("  ").append(initFn(i)).append("(); if (os2_exc) goto fail;\n");
            }
        }
        if (c.clinit() != null) {
            b.append("  ").append(c.clinit().cName).append("(); if (os2_exc) goto fail;\n");
        }
        b.append("  ").append(cs).append(".initState = 2;\n  return;\nfail:\n");
        b.append("  ").append(cs).append(".initState = 3;\n");
        b.append("  { JObject *e = os2_exc; os2_exc = 0; java_lang_VMHelper__initFailed((JObject *)&").append(cs)
                .append(", e); }\n}\n");
        return b.toString();
    }

    /**
     * JVMS 5.5 step 7: the superinterfaces that declare a non-abstract instance method, each after its own
     * superinterfaces (a recursive walk over the interfaces arrays in order, a superinterface before the
     * interface that extends it); those of the superclass are the superclass's initialisation's business.
     */
    private static void superinterfacesToInit(ClassInfo c, List<ClassInfo> out) {
        for (ClassInfo i : c.interfaces) {
            superinterfacesToInit(i, out);
            if (i.needsInit && Layout.hasDefaults(i) && !out.contains(i)) {
                out.add(i);
            }
        }
    }

    // ---- the shared header ---------------------------------------------------------

    String header() {
        StringBuilder b = new StringBuilder("/* Generated by the OS2 compiler. */\n#ifndef OS2_H\n#define OS2_H\n#include \"os2rt.h\"\n\n");
        for (ClassInfo c : world.classes.values()) {
            if (c.reachable) {
                b.append("extern JClass ").append(classRef(c.name)).append(";\n");
            }
        }
        for (String a : world.arrayTypes) {
            b.append("extern JClass ").append(classRef(a)).append(";\n");
        }
        for (char p : ClassData.PRIMITIVES.toCharArray()) {
            b.append("extern JClass ").append(Names.primitiveStruct(p)).append(";\n");
        }
        for (ClassInfo c : world.classes.values()) {
            if (!c.reachable) {
                continue;
            }
            if (c.needsInit) {
                b.append("void ").append(initFn(c)).append("(void);\n");
            }
            for (FieldNode f : c.node.fields) {
                if ((f.access & Opcodes.ACC_STATIC) != 0) {
                    String t = Consts.fieldCType(f.desc);
                    b.append("extern ").append(t).append(t.endsWith("*") ? "" : " ").append(Names.staticField(c.name, f.name)).append(";\n");
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (MethodInfo m : world.reachableMethods) {
            if (m.hasBody() || m.isNative()) {
                String p = prototype(m);
                // VMHelper's entry points are also declared in os2rt.h: repeating them here
                // makes gcc check that the library's signatures match what C expects
                if (seen.add(p)) {
                    b.append(p).append(";\n");
                }
            }
        }
        // strings and linker symbols are known once every class file has been emitted
        b.append(ClassData.stringType(this));
        for (int i = 0; i < strings.size(); i++) {
            b.append("extern OS2String os2s_").append(i).append(";\n");
        }
        for (String s : symbols) {
            b.append("extern char ").append(s).append("[];\n");
        }
        b.append(inlineBodies);
        b.append("#endif\n");
        return b.toString();
    }

    Map<String, Integer> strings() {
        return strings;
    }
}
