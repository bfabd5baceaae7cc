package os2.user.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PathTest {
    @Test
    void normalize() {
        assertEquals("/", Path.normalize("/"));
        assertEquals("/", Path.normalize("//"));
        assertEquals("/a/c", Path.normalize("/a/./b/../c/"));
        assertEquals("/", Path.normalize("/../.."));
        assertEquals("/x", Path.normalize("/../x"));
        assertEquals(".", Path.normalize(""));
        assertEquals(".", Path.normalize("a/.."));
        assertEquals("../b", Path.normalize("a/../../b"));
        assertEquals("../..", Path.normalize("../.."));
        assertEquals("a/b", Path.normalize("a//b/."));
    }

    @Test
    void resolveParentName() {
        assertEquals("/usr/share", Path.resolve("/usr/bin", "../share"));
        assertEquals("/etc", Path.resolve("/usr", "/etc/"));
        assertEquals("/usr", Path.resolve("/usr", "."));
        assertThrows(IllegalArgumentException.class, () -> Path.resolve("rel", "x"));
        assertEquals("/a", Path.parent("/a/b"));
        assertEquals("/", Path.parent("/a"));
        assertEquals("/", Path.parent("/"));
        assertEquals("b", Path.name("/a/b"));
        assertEquals("", Path.name("/"));
        assertTrue(Path.isContained("a/../b"));
        assertFalse(Path.isContained("a/../../b"));
        assertFalse(Path.isContained("/a"));
    }

    /** Normalising twice changes nothing, and an absolute result never has ., .. or empty components. */
    @Property
    void normalizeIsIdempotentAndClean(@ForAll @StringLength(max = 30) String raw) {
        String p = "/" + raw.replaceAll("[^a./]", "a");
        String n = Path.normalize(p);
        assertEquals(n, Path.normalize(n));
        assertTrue(n.startsWith("/"));
        assertFalse(n.contains("//") || n.contains("/./") || n.contains("/../") || n.endsWith("/..") || n.endsWith("/."));
        assertTrue(n.equals("/") || !n.endsWith("/"));
    }
}
