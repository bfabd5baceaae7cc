package os2.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lookups behind the library's Character.UnicodeBlock (java.lang.UnicodeBlocks over the
 * generated tables, run on the JVM under another name, fed the JDK's own block constants)
 * against Character.UnicodeBlock.of and forName, for every code point and every block's names.
 */
class UnicodeBlockTest {
    static final Renamed LIB = new Renamed("java/lang/UnicodeBlocks", "java/lang/CharacterTables");
    static MethodHandle of;
    static MethodHandle forName;

    @BeforeAll
    static void register() throws Throwable {
        MethodHandle register = LIB.method("UnicodeBlocks", "register", Character.UnicodeBlock.class);
        for (Field f : Character.UnicodeBlock.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Character.UnicodeBlock.class) {
                register.invokeExact((Character.UnicodeBlock) f.get(null));
            }
        }
        of = LIB.method("UnicodeBlocks", "of", int.class);
        forName = LIB.method("UnicodeBlocks", "forName", String.class);
    }

    @Test
    void everyCodePoint() throws Throwable {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeBlock got = (Character.UnicodeBlock) of.invokeExact(cp);
            if (got != Character.UnicodeBlock.of(cp)) {
                fail(String.format("U+%04X: JDK %s, OS2 %s", cp, Character.UnicodeBlock.of(cp), got));
            }
        }
        for (int cp : new int[] {-1, 0x110000, Integer.MIN_VALUE}) {
            assertEquals(thrown(() -> Character.UnicodeBlock.of(cp)), thrown(() -> of.invoke(cp)));
        }
    }

    @Test
    void names() throws Throwable {
        for (Field f : Character.UnicodeBlock.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Character.UnicodeBlock.class) {
                continue;
            }
            String n = f.getName();
            for (String name : new String[] {n, n.toLowerCase(), n.replace('_', ' '), n.replace("_", ""),
                n.replace('_', ' ').toLowerCase(), n + "X", "Greek", "Latin-1 Supplement", "latin-1supplement",
                "Cyrillic Supplementary", "CJK Unified Ideographs Extension A", ""}) {
                assertEquals(thrown(() -> Character.UnicodeBlock.forName(name)), thrown(() -> forName.invoke(name)), name);
            }
        }
    }

    interface Call {
        Object run() throws Throwable;
    }

    static String thrown(Call c) {
        try {
            Object r = c.run();
            return "returned " + r + (r == null ? "" : "@" + System.identityHashCode(r));
        } catch (Throwable t) {
            return t.getClass().getName() + ": " + t.getMessage();
        }
    }
}
