package os2.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void readableNames() {
        assertEquals("java_lang_String", Names.mangle("java/lang/String"));
        assertEquals("Outer_2Inner", Names.mangle("Outer$Inner"));
        assertEquals("a_1b", Names.mangle("a_b"));
        assertEquals("os2c_arr_I", Names.classStruct("[I"));
        assertEquals("os2c_arr_arr_java_lang_String", Names.classStruct("[[Ljava/lang/String;"));
        assertEquals("S_java_lang_Integer__MAX_1VALUE", Names.staticField("java/lang/Integer", "MAX_VALUE"));
    }

    @Test
    void separatorsDoNotCollide() {
        // "a/b_c" and "a_b/c" would both become a_b_c without escaping '_'
        assertNotEquals(Names.mangle("a/b_c"), Names.mangle("a_b/c"));
        assertNotEquals(Names.mangle("A$B"), Names.mangle("A_2B"));
    }

    @Property
    void mangledNamesAreCIdentifiers(@ForAll @StringLength(min = 1, max = 30) String s) {
        String m = Names.mangle(s);
        assertTrue(m.matches("[A-Za-z0-9_]+"), m);
    }

    @Property
    void mangleIsInjective(@ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b) {
        // '/' and '.' deliberately mean the same (both are package separators)
        String na = a.replace('.', '/');
        String nb = b.replace('.', '/');
        if (!na.equals(nb)) {
            assertNotEquals(Names.mangle(na), Names.mangle(nb));
        }
    }
}
