package os2.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The system-call ABI is written down four times: the kernel's constants, the Java user
 * library ({@code os2.user.Sys}), the C SDK ({@code user/sdk/os2.h}) and the reference
 * (docs/SYSCALLS.md). Nothing else ties them together, so this test reads all four as text and
 * checks they name the same calls, errors, rights, kinds and events with the same numbers.
 */
class AbiAgreementTest {
    private static final Path ROOT = root();
    private static final Pattern JAVA_CONST =
            Pattern.compile("static final (?:int|long) ([A-Z][A-Z0-9_]*) = ([^;]+);");
    private static final Pattern C_DEFINE = Pattern.compile("#define OS2_([A-Z][A-Z0-9_]*) +(\\(?-?\\d+\\)?)");
    private static final Pattern DOC_ROW = Pattern.compile("(?m)^\\| *(-?\\d+) *\\| *`([A-Z][A-Z0-9_]*)` *\\|");

    /** The five families, by the prefix the SDK and the docs give them ("SYS_" is the SDK's for calls). */
    private static final List<String> FAMILIES = List.of("SYS_", "E_", "R_", "K_", "EV_");

    @Test
    void theSdkAndTheReferenceListTheSameNumbers() throws IOException {
        Map<String, Long> sdk = sdk();
        Map<String, Long> doc = new TreeMap<>();
        Matcher m = DOC_ROW.matcher(read("docs/SYSCALLS.md"));
        while (m.find()) {
            String name = m.group(2);
            boolean prefixed = FAMILIES.stream().anyMatch(p -> !p.equals("SYS_") && name.startsWith(p));
            doc.put(prefixed ? name : "SYS_" + name, Long.parseLong(m.group(1)));
        }
        for (String family : FAMILIES) {
            Map<String, Long> a = family(sdk, family), b = family(doc, family);
            assertFalse(a.isEmpty(), "os2.h has no " + family + " names");
            assertEquals(a, b, "os2.h and docs/SYSCALLS.md disagree on " + family);
        }
    }

    @Test
    void theKernelAgreesWithTheSdk() throws IOException {
        Map<String, Long> sdk = sdk();
        Map<String, Long> calls = java("kernel/src/main/java/os2/kernel/task/Syscalls.java");
        Map<String, Long> rights = java("kernel/src/main/java/os2/kernel/cap/Rights.java");
        Map<String, Long> kinds = java("kernel/src/main/java/os2/kernel/cap/Kind.java");
        Map<String, Long> events = java("kernel/src/main/java/os2/kernel/task/WaitCall.java");
        String dispatcher = read("kernel/src/main/java/os2/kernel/task/Syscalls.java");
        List<String> problems = new ArrayList<>();
        sdk.forEach((name, value) -> {
            Long k;
            if (name.startsWith("SYS_")) {
                String call = name.substring(4);
                k = calls.get(call);
                if (!dispatcher.contains("case " + call + ":")) {
                    problems.add(call + " has no case in the dispatcher");
                }
            } else if (name.startsWith("E_")) {
                k = calls.get(name);
            } else if (name.startsWith("R_")) {
                k = name.equals("R_ALL") ? rights.get("ALL") : rights.get(name.substring(2));
            } else if (name.startsWith("K_")) {
                k = kinds.get(name.substring(2));
            } else if (name.startsWith("EV_")) {
                k = events.get(name);
            } else {
                return;   // flags and sizes of single calls: checked by the tests of those calls
            }
            if (!value.equals(k)) {
                problems.add(name + ": os2.h " + value + ", kernel " + k);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theJavaLibraryAgreesWithTheSdk() throws IOException {
        Map<String, Long> sdk = sdk();
        Map<String, Long> user = java("user/src/main/java/os2/user/Sys.java");
        List<String> problems = new ArrayList<>();
        for (String family : FAMILIES) {
            family(sdk, family).forEach((name, value) -> {
                String javaName = family.equals("SYS_") ? name.substring(4) : name;
                if (!value.equals(user.get(javaName))) {
                    problems.add(name + ": os2.h " + value + ", os2.user.Sys " + user.get(javaName));
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Map<String, Long> family(Map<String, Long> all, String prefix) {
        Map<String, Long> out = new TreeMap<>();
        all.forEach((k, v) -> {
            boolean other = FAMILIES.stream().anyMatch(p -> p.length() > prefix.length() && p.startsWith(prefix)
                    && k.startsWith(p));
            if (k.startsWith(prefix) && !other && !k.equals("R_ALL")) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<String, Long> sdk() throws IOException {
        Map<String, Long> out = new TreeMap<>();
        Matcher m = C_DEFINE.matcher(read("user/sdk/os2.h"));
        while (m.find()) {
            out.put(m.group(1), Long.parseLong(m.group(2).replace("(", "").replace(")", "")));
        }
        return out;
    }

    private static Map<String, Long> java(String file) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        Matcher m = JAVA_CONST.matcher(read(file));
        while (m.find()) {
            Long v = evaluate(m.group(2).trim());
            if (v != null) {
                out.put(m.group(1), v);
            }
        }
        return out;
    }

    /** A constant's initialiser: a decimal (maybe negative), {@code a << b} or {@code (a << b) - c}; else skipped. */
    private static Long evaluate(String expr) {
        Matcher mask = Pattern.compile("\\((\\d+) *<< *(\\d+)\\) *- *(\\d+)").matcher(expr);
        if (mask.matches()) {
            return (Long.parseLong(mask.group(1)) << Integer.parseInt(mask.group(2))) - Long.parseLong(mask.group(3));
        }
        Matcher shift = Pattern.compile("(\\d+)L? *<< *(\\d+)").matcher(expr);
        if (shift.matches()) {
            return Long.parseLong(shift.group(1)) << Integer.parseInt(shift.group(2));
        }
        Matcher plain = Pattern.compile("-?\\d+").matcher(expr.replace("L", ""));
        return plain.matches() ? Long.parseLong(plain.group()) : null;
    }

    private static String read(String relative) throws IOException {
        return Files.readString(ROOT.resolve(relative));
    }

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("os2"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
