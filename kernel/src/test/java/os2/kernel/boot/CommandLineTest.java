package os2.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void optionsFlagsAndQuotes() {
        CommandLine c = CommandLine.parse("/boot/kernel32.elf test=a,b  log=debug quiet msg=\"hello world\" k=");
        assertEquals(List.of("/boot/kernel32.elf", "test", "log", "quiet", "msg", "k"), c.keys());
        assertEquals("a,b", c.get("test"));
        assertEquals("hello world", c.get("msg"));
        assertEquals("", c.get("k"));
        assertTrue(c.has("quiet"));
        assertNull(c.get("quiet"));
        assertFalse(c.has("nope"));
        assertEquals("x", c.get("nope", "x"));
    }

    @Test
    void lastOccurrenceWins() {
        assertEquals("2", CommandLine.parse("x=1 x=2").get("x"));
    }

    @Test
    void emptyAndNull() {
        assertTrue(CommandLine.parse("").keys().isEmpty());
        assertTrue(CommandLine.parse(null).keys().isEmpty());
        assertTrue(CommandLine.parse("    ").keys().isEmpty());
    }
}
