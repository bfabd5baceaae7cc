package os2.kernel.arch.x86_64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * traps.S takes its constants from trapframe.h, which ./os2 build generates from
 * TrapFrame (TrapFrameHeader); this checks the generator covers every constant and
 * that traps.S defines none of them itself (one definition).
 */
class TrapFrameLayoutTest {
    static Path trapsS() {
        Path p = Path.of("src/main/arch/x86_64/traps.S");
        return Files.exists(p) ? p : Path.of("kernel/src/main/arch/x86_64/traps.S");
    }

    static Map<String, Long> defines(String text) {
        Map<String, Long> m = new HashMap<>();
        Matcher x = Pattern.compile("(?m)^#define\\s+(\\w+)\\s+(0x[0-9A-Fa-f]+|\\d+)").matcher(text);
        while (x.find()) {
            m.put(x.group(1), Long.decode(x.group(2)));
        }
        return m;
    }

    @Test
    void generatedHeaderHasJavasValues() {
        Map<String, Long> d = defines(TrapFrameHeader.text());
        Object[][] pairs = {
            {"TF_RAX", TrapFrame.RAX}, {"TF_RBX", TrapFrame.RBX}, {"TF_RCX", TrapFrame.RCX},
            {"TF_RDX", TrapFrame.RDX}, {"TF_RSI", TrapFrame.RSI}, {"TF_RDI", TrapFrame.RDI},
            {"TF_RBP", TrapFrame.RBP}, {"TF_R8", TrapFrame.R8}, {"TF_R15", TrapFrame.R15},
            {"TF_VECTOR", TrapFrame.VECTOR}, {"TF_ERROR", TrapFrame.ERROR}, {"TF_RIP", TrapFrame.RIP},
            {"TF_CS", TrapFrame.CS}, {"TF_RFLAGS", TrapFrame.RFLAGS}, {"TF_RSP", TrapFrame.RSP},
            {"TF_SS", TrapFrame.SS}, {"TF_SIZE", TrapFrame.SIZE}, {"STUB_SIZE", TrapFrame.STUB_SIZE},
            {"STUB_COUNT", TrapFrame.STUB_COUNT}, {"ERROR_CODE_VECTORS", TrapFrame.ERROR_CODE_VECTORS},
            {"TRAP_RESUME", TrapFrame.TRAP_RESUME}, {"TRAP_ENTER_SCHEDULER", TrapFrame.TRAP_ENTER_SCHEDULER},
        };
        for (Object[] p : pairs) {
            assertTrue(d.containsKey(p[0]), "trapframe.h lacks " + p[0]);
            assertEquals(((Number) p[1]).longValue(), d.get(p[0]), (String) p[0]);
        }
    }

    @Test
    void trapsIncludesTheHeaderAndDefinesNoCopy() throws Exception {
        String s = Files.readString(trapsS());
        assertTrue(s.contains("\n#include \"trapframe.h\"\n"), "traps.S must include trapframe.h");
        for (String name : defines(TrapFrameHeader.text()).keySet()) {
            assertFalse(defines(s).containsKey(name), "traps.S defines its own " + name);
        }
    }

    @Test
    void namesCoverTheFrameAndPushOrderMatches() throws Exception {
        assertEquals(TrapFrame.SIZE / 8, FrameNames.NAMES.length);
        assertEquals(TrapFrame.R8 + 7 * 8, TrapFrame.R15);
        assertEquals(TrapFrame.R15 + 8, TrapFrame.VECTOR);
        // The pops after the call must be the reverse of the pushes, rax first (offset 0).
        String s = Files.readString(trapsS());
        Matcher pops = Pattern.compile("pop\\s+%(\\w+)").matcher(s);
        int i = 0;
        while (pops.find() && i < 15) {
            assertEquals(FrameNames.NAMES[i], pops.group(1), "pop " + i);
            i++;
        }
        assertEquals(15, i);
    }
}
