package os2.aot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldNode;

/**
 * Static data: class structs (struct JClass with vtable, display, interface
 * tables), array and primitive classes, string literals, the static-root table
 * and the program's entry points.
 */
final class ClassData {
    static final String PRIMITIVES = "ZBCSIJFDV";

    private ClassData() {
    }

    static String classStruct(Program p, ClassInfo c) {
        String cs = p.classRef(c.name);
        String id = Names.mangle(c.name);
        StringBuilder b = new StringBuilder();
        // reference-field offsets, superclass display, interfaces and their method tables
        b.append("static const jint refs_").append(id).append("[] = {").append(join(c.refOffsets)).append("};\n");
        List<String> display = new ArrayList<>();
        for (ClassInfo k = c; k != null; k = k.superclass) {
            display.add(0, "&" + p.classRef(k.name));
        }
        b.append("static JClass *const disp_").append(id).append("[] = {").append(String.join(", ", display)).append("};\n");
        List<String> ifs = new ArrayList<>();
        List<String> its = new ArrayList<>();
        for (ClassInfo i : c.allInterfaces) {
            ifs.add("&" + p.classRef(i.name));
            if (c.isInterface() || c.isAbstract() && !c.instantiated) {
                its.add("0");
                continue;
            }
            String tn = "it_" + id + "_" + Names.mangle(i.name);
            List<String> fns = new ArrayList<>();
            for (String sel : i.imethods) {
                fns.add(slotEntry(p, p.world.implementation(c, sel)));
            }
            b.append("static void *const ").append(tn).append("[] = {").append(fns.isEmpty() ? "0" : String.join(", ", fns)).append("};\n");
            its.add(tn);
        }
        b.append("static JClass *const ifs_").append(id).append("[] = {").append(ifs.isEmpty() ? "0" : String.join(", ", ifs)).append("};\n");
        b.append("static void *const *const its_").append(id).append("[] = {").append(its.isEmpty() ? "0" : String.join(", ", its)).append("};\n");
        List<String> vt = new ArrayList<>();
        if (!c.isInterface()) {
            for (MethodInfo m : c.vtableImpl) {
                vt.add(slotEntry(p, m));
            }
        }
        int flags = flags(c);
        String arr = p.world.arrayTypes.contains("[L" + c.name + ";") ? "&" + p.classRef("[L" + c.name + ";") : "0";
        MethodInfo values = c.isEnum() ? c.methods.get("values()[L" + c.name + ";") : null;
        String ev = "0";
        if (values != null && values.reachable) {
            b.append("static JObject *enumvalues_").append(id).append("(void) {\n");
            if (c.needsInit) {
                b.append("  if (").append(cs).append(".initState != 2) { ").append(p.initFn(c)).append("(); if (os2_exc) return 0; }\n");
            }
            b.append("  return ").append(values.cName).append("();\n}\n");
            ev = "(jlong)(uintptr_t)enumvalues_" + id;
        }
        b.append("JClass ").append(cs).append(" = {\n");
        b.append("  .h = {&os2c_java_lang_Class, 0, 0},\n");
        b.append("  .name = (JObject *)&").append(p.stringRef(c.javaName())).append(",\n");
        b.append("  .superclass = ").append(c.superclass == null || c.isInterface() ? "0" : "&" + p.classRef(c.superclass.name)).append(",\n");
        b.append("  .arrayClass = ").append(arr).append(",\n");
        b.append("  .flags = ").append(flags).append(", .size = ").append(c.instanceSize).append(", .depth = ").append(c.depth)
                .append(", .nrefs = ").append(c.refOffsets.size()).append(", .nifaces = ").append(ifs.size())
                .append(", .initState = ").append(c.needsInit ? 0 : 2).append(",\n");
        b.append("  .refs = (jlong)(uintptr_t)refs_").append(id).append(", .display = (jlong)(uintptr_t)disp_").append(id)
                .append(", .ifaces = (jlong)(uintptr_t)ifs_").append(id).append(", .itables = (jlong)(uintptr_t)its_").append(id).append(",\n");
        b.append("  .clinit = ").append(c.needsInit ? "(jlong)(uintptr_t)" + p.initFn(c) : "0").append(", .enumValues = ").append(ev).append(",\n");
        b.append("  .vtable = {").append(String.join(", ", vt)).append("}\n};\n");
        return b.toString();
    }

    private static String slotEntry(Program p, MethodInfo m) {
        return m != null && m.reachable && (m.hasBody() || m.isNative()) ? "(void *)" + p.functionName(m) : "0";
    }

    private static int flags(ClassInfo c) {
        int f = 0;
        int a = c.node.access;
        if ((a & Opcodes.ACC_INTERFACE) != 0) f |= 0x1;
        if ((a & Opcodes.ACC_ABSTRACT) != 0) f |= 0x8;
        if ((a & Opcodes.ACC_ENUM) != 0) f |= 0x10;
        if ((a & Opcodes.ACC_FINAL) != 0) f |= 0x20;
        if ((a & Opcodes.ACC_RECORD) != 0 || "java/lang/Record".equals(c.node.superName)) f |= 0x40;
        for (ClassInfo k = c; k != null; k = k.superclass) {
            if (k.name.equals("java/lang/Throwable")) f |= 0x80;
        }
        return f;
    }

    private static String join(List<Integer> xs) {
        if (xs.isEmpty()) {
            return "0";
        }
        StringBuilder b = new StringBuilder();
        for (int x : xs) {
            b.append(b.length() == 0 ? "" : ", ").append(x);
        }
        return b.toString();
    }

    /** The C struct of java.lang.String's instances, from its layout. */
    static String stringType(Program p) {
        ClassInfo s = p.world.classes.get("java/lang/String");
        StringBuilder b = new StringBuilder("typedef struct OS2String {\n  JObject h;\n");
        int off = Layout.HEADER;
        int pad = 0;
        for (FieldNode f : s.node.fields) {
            if ((f.access & Opcodes.ACC_STATIC) != 0) {
                continue;
            }
            int o = s.fieldOffsets.get(s.name + "." + f.name);
            if (o > off) {
                b.append("  char pad").append(pad++).append('[').append(o - off).append("];\n");
            }
            b.append("  ").append(Consts.fieldCType(f.desc)).append(" f_").append(f.name).append(";\n");
            off = o + Layout.sizeOf(f.desc);
        }
        return b.append("} __attribute__((aligned(16))) OS2String;\n").toString();
    }

    // ---- the data file -----------------------------------------------------------

    static String dataFile(Program p, String mainClass, boolean hosted) {
        StringBuilder b = new StringBuilder("/* Strings, array classes, roots and entry points. */\n#include \"os2.h\"\n\n");
        ClassInfo object = p.world.classes.get("java/lang/Object");
        for (char c : PRIMITIVES.toCharArray()) {
            String name = Type.getType(String.valueOf(c)).getClassName();
            b.append("JClass ").append(Names.primitiveStruct(c)).append(" = { .h = {&os2c_java_lang_Class, 0, 0}, .name = (JObject *)&")
                    .append(p.stringRef(name)).append(", .arrayClass = ")
                    .append(p.world.arrayTypes.contains("[" + c) ? "&" + p.classRef("[" + c) : "0")
                    .append(", .flags = 0x24, .size = ").append(c == 'V' ? 0 : Layout.sizeOf(String.valueOf(c)))
                    .append(", .initState = 2 };\n");
        }
        b.append("static JClass *const arr_ifs[] = {&os2c_java_lang_Cloneable, &os2c_java_io_Serializable};\n");
        b.append("static void *const *const arr_its[] = {0, 0};\n");
        List<String> objVt = new ArrayList<>();
        for (MethodInfo m : object.vtableImpl) {
            objVt.add(slotEntry(p, m));
        }
        for (String a : p.world.arrayTypes) {
            String cs = p.classRef(a);
            String el = a.substring(1);
            String comp = el.startsWith("[") ? p.classRef(el) : el.startsWith("L") ? p.classRef(el.substring(1, el.length() - 1))
                    : Names.primitiveStruct(el.charAt(0));
            String arr = p.world.arrayTypes.contains("[" + a) ? "&" + p.classRef("[" + a) : "0";
            b.append("static JClass *const disp_").append(cs).append("[] = {&os2c_java_lang_Object, &").append(cs).append("};\n");
            b.append("JClass ").append(cs).append(" = { .h = {&os2c_java_lang_Class, 0, 0}, .name = (JObject *)&")
                    .append(p.stringRef(a.replace('/', '.'))).append(", .superclass = &os2c_java_lang_Object, .componentType = &")
                    .append(comp).append(", .arrayClass = ").append(arr).append(", .flags = 0x22, .size = ").append(Layout.sizeOf(el))
                    .append(", .depth = 1, .nifaces = 2, .initState = 2, .display = (jlong)(uintptr_t)disp_").append(cs)
                    .append(", .ifaces = (jlong)(uintptr_t)arr_ifs, .itables = (jlong)(uintptr_t)arr_its, .vtable = {")
                    .append(String.join(", ", objVt)).append("} };\n");
        }
        // string literals: a char[] and a String each (names were registered before this)
        for (Map.Entry<String, Integer> e : p.strings().entrySet()) {
            String s = e.getKey();
            int n = e.getValue();
            StringBuilder chars = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                chars.append(i == 0 ? "" : ",").append((int) s.charAt(i));
            }
            b.append("static struct { JArray h; jchar d[").append(Math.max(1, s.length())).append("]; } __attribute__((aligned(16))) os2sd_")
                    .append(n).append(" = { { {&os2c_arr_C, 0, 0}, ").append(s.length()).append(", 0 }, {").append(chars).append("} };\n");
            b.append("OS2String os2s_").append(n).append(" = { .h = {&os2c_java_lang_String, 0, 0}, .f_value = (JObject *)&os2sd_")
                    .append(n).append(" };\n");
        }
        // every literal, for String.intern(): a runtime string equal to a literal interns to it
        b.append("JObject *const os2_literals[] = {");
        for (int n : p.strings().values()) {
            b.append("(JObject *)&os2s_").append(n).append(", ");
        }
        b.append("0};\n");
        b.append(roots(p));
        b.append(Entry.exports(p));
        b.append(Entry.main(p, mainClass));
        return b.toString();
    }

    private static String roots(Program p) {
        StringBuilder b = new StringBuilder("JObject **const os2_static_roots[] = {\n");
        for (ClassInfo c : p.world.classes.values()) {
            if (!c.reachable) {
                continue;
            }
            for (FieldNode f : c.node.fields) {
                if ((f.access & Opcodes.ACC_STATIC) != 0 && Layout.isRef(f.desc)) {
                    b.append("  &").append(Names.staticField(c.name, f.name)).append(",\n");
                }
            }
        }
        return b.append("  0\n};\n").toString();
    }
}
