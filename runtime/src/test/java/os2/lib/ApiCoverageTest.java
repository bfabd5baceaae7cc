package os2.lib;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Every public or protected method and constructor that the build JDK declares in a class the OS2
 * library provides (a public java.* class of runtime/target/classes that the JDK also has) must exist in
 * the library, declared or inherited from the library's own supertypes, or be listed with its reason in
 * docs/JAVA-SUBSET.md, section "Library methods not provided" (lines "- `Class#method`: reason",
 * where method may be * for every missing member of that class). Entries that excuse nothing fail too,
 * so the list stays true.
 */
class ApiCoverageTest {
    static final Path CLASSES = Path.of(System.getProperty("os2.runtime.classes", "target/classes"));
    static final Path DOC = Path.of("../docs/JAVA-SUBSET.md");

    /** A library class as ASM sees it: access, supertypes and members (name + descriptor). */
    record LibClass(int access, String superName, List<String> interfaces, Set<String> members) { }

    static Map<String, LibClass> readLibrary() throws IOException {
        Map<String, LibClass> lib = new HashMap<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                ClassReader r = new ClassReader(Files.readAllBytes(f));
                Set<String> members = new HashSet<>();
                r.accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                        members.add(name + desc);
                        return null;
                    }
                }, ClassReader.SKIP_CODE);
                lib.put(r.getClassName(), new LibClass(r.getAccess(), r.getSuperName(), List.of(r.getInterfaces()), members));
            }
        }
        return lib;
    }

    /** Whether the library class or one of its library supertypes has the member. */
    static boolean has(Map<String, LibClass> lib, String cls, String member, boolean inherit) {
        LibClass c = lib.get(cls);
        if (c == null) {
            return false;
        }
        if (c.members().contains(member)) {
            return true;
        }
        if (!inherit) {
            return false;
        }
        if (c.superName() != null && has(lib, c.superName(), member, true)) {
            return true;
        }
        for (String i : c.interfaces()) {
            if (has(lib, i, member, true)) {
                return true;
            }
        }
        return false;
    }

    /** The excuses of docs/JAVA-SUBSET.md: "Class#member" (member may be *) to its reason. */
    static Map<String, String> readExcuses() throws IOException {
        Map<String, String> excuses = new TreeMap<>();
        boolean in = false;
        Pattern entry = Pattern.compile("- `([\\w.$]+#[\\w<>*$]+)`: (.+)");
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("## ")) {
                in = line.equals("## Library methods not provided");
                continue;
            }
            Matcher m = entry.matcher(line);
            if (in && m.matches()) {
                excuses.put(m.group(1), m.group(2));
            }
        }
        return excuses;
    }

    @Test
    void everyJdkMethodIsProvidedOrExcused() throws IOException {
        Map<String, LibClass> lib = readLibrary();
        Map<String, String> excuses = readExcuses();
        Set<String> used = new HashSet<>();
        Map<String, List<String>> missing = new TreeMap<>();
        int checked = 0;
        for (Map.Entry<String, LibClass> e : lib.entrySet()) {
            String internal = e.getKey();
            if ((e.getValue().access() & Opcodes.ACC_PUBLIC) == 0 || internal.contains("$") && !isPublicNested(internal)) {
                continue;
            }
            Class<?> jdk;
            try {
                jdk = Class.forName(internal.replace('/', '.'), false, null);
            } catch (ClassNotFoundException ex) {
                continue; // a library-only class (e.g. java.util.stream.Streams)
            }
            if (!Modifier.isPublic(jdk.getModifiers())) {
                continue;
            }
            String name = jdk.getName();
            for (Method m : jdk.getDeclaredMethods()) {
                if (!isApi(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                checked++;
                String member = m.getName() + Type.getMethodDescriptor(m);
                if (!has(lib, internal, member, true)) {
                    excuse(name, m.getName(), member, excuses, used, missing);
                }
            }
            for (Constructor<?> c : jdk.getDeclaredConstructors()) {
                if (!isApi(c.getModifiers()) || c.isSynthetic() || jdk.isEnum()) {
                    continue;
                }
                checked++;
                String member = "<init>" + Type.getConstructorDescriptor(c);
                if (!has(lib, internal, member, false)) {
                    excuse(name, "<init>", member, excuses, used, missing);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        missing.forEach((cls, members) -> problems.add(cls + ": " + String.join(", ", members)));
        for (String key : excuses.keySet()) {
            if (!used.contains(key)) {
                problems.add("docs/JAVA-SUBSET.md excuses `" + key + "`, which the library does not lack");
            }
        }
        if (!problems.isEmpty()) {
            fail(checked + " JDK methods checked; not provided and not excused in docs/JAVA-SUBSET.md (section"
                    + " \"Library methods not provided\"):\n" + String.join("\n", problems));
        }
    }

    private static boolean isPublicNested(String internal) {
        return !internal.substring(internal.lastIndexOf('$') + 1).matches("\\d+");
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void excuse(String cls, String method, String member, Map<String, String> excuses, Set<String> used,
            Map<String, List<String>> missing) {
        for (String key : new String[] {cls + "#" + method, cls + "#*"}) {
            if (excuses.containsKey(key)) {
                used.add(key);
                return;
            }
        }
        missing.computeIfAbsent(cls, k -> new ArrayList<>()).add(member);
    }
}
