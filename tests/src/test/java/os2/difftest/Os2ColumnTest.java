package os2.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OS2 column's framing (no QEMU): the batch list it generates and the console output it splits. */
class Os2ColumnTest {
    @Test
    void splitsRunsByMarkersKeepingOutputWithoutFinalNewline() {
        String console = "boot noise\n" + Os2Column.START + "p1\nhello\n" + Os2Column.END + "exit 0\n"
                + Os2Column.START + "p2\nno newline" + Os2Column.END + "exit 259\n"
                + Os2Column.START + "p3\nlooping" + Os2Column.END + "timeout 1\n"
                + Os2Column.START + "p4\npartial";
        Map<String, DifferentialTest.Run> runs = Os2Column.parse(console, "cmd");
        assertEquals("hello\n", runs.get("p1").stdout());
        assertEquals(0, runs.get("p1").exit());
        assertFalse(runs.get("p1").timedOut());
        assertEquals("no newline", runs.get("p2").stdout());
        assertEquals(3, runs.get("p2").exit(), "the low 8 bits, as a Linux exit status");
        assertTrue(runs.get("p3").timedOut());
        assertTrue(runs.get("p4").timedOut(), "a run the boot cut short has no status");
        assertEquals("partial", runs.get("p4").stdout());
    }

    @Test
    void listEncodesArgumentsAsOctalEscapedNulTerminatedStrings() {
        String h = Os2Column.listHeader(List.of("p001_IntArith"), "difftest.elf");
        assertTrue(h.contains("#define MODULE \"difftest.elf\""), h);
        // "p001_IntArith" + NUL: 14 bytes, each as a three-digit octal escape ("\0" before a digit would merge)
        assertTrue(h.contains("{\"p001_IntArith\", \"\\160\\060\\060\\061"), h);
        assertTrue(h.contains("\\000\", 14},"), h);
        String args = Os2Column.listHeader(List.of("p140_Args"), "m");
        // name + alpha, "", with space, x=1, --flag: 10 + 6 + 1 + 11 + 4 + 7 bytes
        assertTrue(args.contains("\", 39},"), args);
    }
}
