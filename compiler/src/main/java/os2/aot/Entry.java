package os2.aot;

import org.objectweb.asm.Type;

/** The C entry points: os2_java_main and the @Export wrappers. */
final class Entry {
    private Entry() {
    }

    /** Classes whose instances the compiler emits as static data. */
    private static final String[] BOOT_INITIALISED = {"java/lang/String", "java/lang/Class"};

    /** os2_java_main(argc, argv): VMHelper.start, args, initialise and run main, exit. */
    static String main(Program p, String mainClass) {
        StringBuilder b = new StringBuilder("\nvoid os2_java_main(jint argc, jlong argv) {\n  JObject *args;\n");
        // Instances of these exist as static data (string literals, class mirrors) before any `new`, and
        // code inside the class skips init checks (an instance implies initialisation): the JVM initialises
        // them while it boots, so do it here, first.
        for (String name : BOOT_INITIALISED) {
            ClassInfo c = p.world.classes.get(name);
            if (c != null && c.needsInit) {
                b.append("  ").append(p.initFn(c)).append("(); if (os2_exc) goto fail;\n");
            }
        }
        b.append("  java_lang_VMHelper__start(); if (os2_exc) goto fail;\n");
        b.append("  args = java_lang_VMHelper__makeArgs(argc, argv); if (os2_exc) goto fail;\n");
        if (mainClass != null) {
            ClassInfo mc = p.world.classes.get(mainClass.replace('.', '/'));
            if (mc.needsInit) {
                b.append("  ").append(p.initFn(mc)).append("(); if (os2_exc) goto fail;\n");
            }
            b.append("  ").append(mc.methods.get("main([Ljava/lang/String;)V").cName).append("(args); if (os2_exc) goto fail;\n");
        }
        b.append("  java_lang_VMHelper__exit(0);\n  return;\nfail:\n");
        b.append("  { JObject *e = os2_exc; os2_exc = 0; java_lang_VMHelper__uncaught(e); }\n}\n");
        return b.toString();
    }

    /** Each @Export("sym") method gets a C function sym that initialises its class first. */
    static String exports(Program p) {
        StringBuilder b = new StringBuilder();
        for (MethodInfo m : p.world.exports) {
            String sym = m.annotation("Los2/rt/Export;");
            Type rt = m.returnType();
            boolean isVoid = rt.getSort() == Type.VOID;
            b.append('\n').append(Program.prototypeNamed(m, sym)).append(" {\n");
            if (!isVoid) {
                b.append("  ").append(Consts.valueCType(rt.getDescriptor())).append(" r = 0;\n");
            }
            if (m.owner.needsInit) {
                b.append("  if (").append(p.classRef(m.owner.name)).append(".initState != 2) { ").append(p.initFn(m.owner))
                        .append("(); if (os2_exc) goto fail; }\n");
            }
            StringBuilder args = new StringBuilder();
            for (int i = 0; i < m.argTypes().length; i++) {
                args.append(i == 0 ? "" : ", ").append('p').append(i);
            }
            b.append("  ").append(isVoid ? "" : "r = ").append(m.cName).append('(').append(args).append(");\n");
            b.append("  if (os2_exc) goto fail;\n  return").append(isVoid ? "" : " r").append(";\nfail:\n");
            b.append("  { JObject *e = os2_exc; os2_exc = 0; java_lang_VMHelper__uncaught(e); }\n");
            b.append("  return").append(isVoid ? "" : " r").append(";\n}\n");
        }
        return b.toString();
    }
}
