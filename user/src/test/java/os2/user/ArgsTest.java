package os2.user;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ArgsTest {
    @Test
    void eachArgumentIsUtf8FollowedByNul() {
        assertArrayEquals(new byte[] {'a', 0, 0, 'b', 'c', 0}, Args.encode("a", "", "bc"));
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9, 0}, Args.encode("\u00e9"));
        assertArrayEquals(new byte[0], Args.encode());
    }

    @Test
    void nulInsideAnArgumentOrNullIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Args.encode("a\0b"));
        assertThrows(NullPointerException.class, () -> Args.encode("a", null));
        assertThrows(IllegalArgumentException.class, () -> Args.decode(new byte[] {'a'}));
    }

    @Property
    void decodeInvertsEncode(@ForAll String[] args) {
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i].replace('\0', '.');
            // lone surrogates have no UTF-8 form; the round trip is defined for real text
            StringBuilder b = new StringBuilder();
            args[i].codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF).forEach(b::appendCodePoint);
            args[i] = b.toString();
        }
        assertArrayEquals(args, Args.decode(Args.encode(args)));
    }

    @Test
    void errorNamesFollowTheAbi() {
        assertEquals("E_NOSYS", Sys.errorName(-1));
        assertEquals("E_TOOBIG", Sys.errorName(-8));
        assertEquals("error -99", Sys.errorName(-99));
        assertEquals("SPAWN x: E_NOENT", new SysException("SPAWN x", Sys.E_NOENT).getMessage());
    }
}
