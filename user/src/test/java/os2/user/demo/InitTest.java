package os2.user.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InitTest {
    @Test
    void entriesAreSeparatedBySemicolonWordsWithOptionsBeforeAColon() {
        List<Init.Entry> e = Init.parse(new String[] {"restart+modules:svc.elf", "a", "b", ";", "plain.elf", ";",
            "input+image:cat.elf"});
        assertEquals(3, e.size());
        assertEquals("svc.elf", e.get(0).module());
        assertArrayEquals(new String[] {"a", "b"}, e.get(0).args());
        assertTrue(e.get(0).restart() && e.get(0).modules() && !e.get(0).input() && !e.get(0).image());
        assertEquals("plain.elf", e.get(1).module());
        assertEquals(0, e.get(1).args().length);
        assertTrue(!e.get(1).restart() && !e.get(1).modules());
        assertTrue(e.get(2).input() && e.get(2).image() && !e.get(2).restart());
        assertEquals("cat.elf (image)", e.get(2).name());
    }

    @Test
    void badEntriesAreRefusedClearly() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Init.parse(new String[] {"a.elf", ";", ";", "b.elf"}))
                .getMessage().contains("empty entry"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Init.parse(new String[] {"often:a.elf"}))
                .getMessage().contains("unknown option 'often'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Init.parse(new String[] {"restart:"}))
                .getMessage().contains("no module"));
        assertThrows(IllegalArgumentException.class, () -> Init.parse(new String[] {"a.elf", ";"}));
    }

    @Test
    void theDemoTourParses() {
        List<Init.Entry> e = Init.parse(Init.DEMO);
        assertEquals(8, e.size());
        assertArrayEquals(new String[] {"one", "two words", "", "\u00e9t\u00e9"}, e.get(0).args());
        assertTrue(e.get(3).modules() && e.get(7).image());
    }
}
