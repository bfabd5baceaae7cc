package os2.user.prog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ProgramsTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String input, String name, String... args) {
        out.reset();
        err.reset();
        Map<String, String> files = Map.of("f", "one\ntwo\n");
        Io io = new Io(In.of(input.getBytes(StandardCharsets.UTF_8), false), out::write, err::write, p -> {
            if (!files.containsKey(p)) {
                throw new Io.NotFound("No such file or directory");
            }
            return In.of(files.get(p).getBytes(StandardCharsets.UTF_8), true);
        });
        return Programs.run(name, args, io);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyProgramHasHelpAndRefusesUnknownOptions() {
        for (String p : Programs.NAMES) {
            assertEquals(0, run("", p, "--help"), p);
            assertTrue(out().startsWith("usage: " + p), p + ": " + out());
            if (!p.equals("echo")) {   // echo prints unknown options, as GNU echo does
                assertEquals(2, run("", p, "-Z", "x"), p);
                String why = p.equals("kill") ? "unknown signal: Z" : "invalid option -- 'Z'";   // kill -SIGNAL
                assertEquals(p + ": " + why + "\nTry '" + p + " --help' for more information.\n", err());
                assertEquals(2, run("", p, "--bogus"), p);
            }
        }
        assertEquals(127, run("", "nope"));
    }

    @Test
    void usageErrorsAndMissingFiles() {
        assertEquals(2, run("", "grep"));
        assertEquals("grep: no pattern given\nTry 'grep --help' for more information.\n", err());
        assertEquals(2, run("", "head", "-n", "x"));
        assertEquals("head: invalid number of lines: 'x'\nTry 'head --help' for more information.\n", err());
        assertEquals(2, run("", "tail", "-c"));
        assertEquals(1, run("", "cat", "f", "nofile"));
        assertEquals("one\ntwo\n", out());
        assertEquals("cat: nofile: No such file or directory\n", err());
        assertEquals(2, run("", "grep", "o", "nofile", "f"));
        assertEquals("f:one\nf:two\n", out());
        assertEquals(2, run("", "sort", "nofile"));
        assertEquals(2, run("", "uniq", "f", "out"));
    }

    @Test
    void grepStatusAndStdinMarker() {
        assertEquals(0, run("abc\nxyz\n", "grep", "-n", "y"));
        assertEquals("2:xyz\n", out());
        assertEquals(1, run("abc\n", "grep", "q"));
        assertEquals(0, run("abc\n", "grep", "-c", "b", "-", "f"));
        assertEquals("(standard input):1\nf:0\n", out());
    }

    /** cat copies any bytes exactly, in any chunking. */
    @Property
    void catIsTheIdentity(@ForAll @StringLength(max = 200) String text, @ForAll @IntRange(min = 1, max = 7) int chunk) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        In slow = new In() {
            int pos;

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= data.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, chunk), data.length - pos);
                System.arraycopy(data, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        assertEquals(0, Cat.run(new String[0], new Io(slow, o::write, o::write, p -> null)));
        assertEquals(text, o.toString(StandardCharsets.UTF_8));
    }

    /** sort's output is sorted and is a permutation; sort -u has no equal neighbours. */
    @Property
    void sortSortsAndUniqueDedupes(@ForAll @StringLength(max = 100) String text) {
        String t = text.replace('\r', ' ');
        run(t, "sort");
        String[] lines = out().split("\n", -1);
        for (int i = 1; i + 1 < lines.length; i++) {
            assertTrue(Text.arg(lines[i - 1]).compareTo(Text.arg(lines[i])) <= 0);
        }
        run(t, "sort", "-u");
        String[] u = out().split("\n", -1);
        for (int i = 1; i + 1 < u.length; i++) {
            assertTrue(Text.arg(u[i - 1]).compareTo(Text.arg(u[i])) < 0);
        }
    }
}
