package os2.user.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The response buffer httpd writes pages into: the same bytes the JDK's own encoders give. */
class ByteTextTest {
    @Property
    void textIsTheJdksUtf8(@ForAll String s) {
        ByteText t = new ByteText(1).append(s);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(t.array(), t.length()));
    }

    @Property
    void numbersAreTheirDecimalText(@ForAll long v) {
        assertEquals(Long.toString(v), new ByteText(1).append(v).toString());
    }

    @Test
    void numbersAtTheEdges() {
        for (long v : new long[] {0, -1, 9, 10, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
            assertEquals(Long.toString(v), new ByteText(1).append(v).toString());
        }
    }

    @Test
    void htmlEscapesAndBuffersAppendAndClear() {
        ByteText inner = new ByteText(4).html("a<b>&\"c\"é");
        assertEquals("a&lt;b&gt;&amp;&quot;c&quot;é", inner.toString());
        ByteText outer = new ByteText(2).append('[').append(inner).append(']');
        assertEquals("[a&lt;b&gt;&amp;&quot;c&quot;é]", outer.toString());
        assertEquals("", outer.clear().toString());
        assertEquals("x", outer.append('x').toString(), "a cleared buffer is written from its start");
    }
}
