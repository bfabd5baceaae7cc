package os2.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ConstsTest {
    @Property
    void doubleLiteralsAreExact(@ForAll long bits) {
        double d = Double.longBitsToDouble(bits);
        String lit = Consts.doubleLit(d);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return;
        }
        // C and Java read hexadecimal floating literals alike
        double back = Double.parseDouble(lit.substring(1, lit.length() - 1));
        assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(back));
    }

    @Property
    void floatLiteralsAreExact(@ForAll int bits) {
        float f = Float.intBitsToFloat(bits);
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            return;
        }
        String lit = Consts.floatLit(f);
        float back = Float.parseFloat(lit.substring(1, lit.length() - 1));
        assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits(back));
    }

    @Test
    void extremeIntegers() {
        assertEquals("(-2147483647 - 1)", Consts.intLit(Integer.MIN_VALUE));
        assertEquals("INT64_MIN", Consts.longLit(Long.MIN_VALUE));
        assertEquals("42LL", Consts.longLit(42));
    }

    @Test
    void cStringsEscape() {
        assertEquals("\"a\\\"b\\\\c\\012\"", Consts.cString("a\"b\\c\n"));
        assertEquals("\"\\077\\077=\"", Consts.cString("??="));
    }
}
