package os2.user.sh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LineEditorTest {
    Screen screen = new Screen();
    LineEditor ed = newEditor();

    static LineEditor newEditor() {
        return new LineEditor((line, word) ->
            List.of("cat", "cd", "cp", "echo", "/usr/", "/usr/share/").stream().filter(c -> c.startsWith(word)).toList());
    }

    LineEditor.Event type(String keys) {
        LineEditor.Event last = LineEditor.Event.NONE;
        for (byte b : keys.getBytes(StandardCharsets.UTF_8)) {
            LineEditor.Event e = ed.feed(b);
            if (e != LineEditor.Event.NONE) {
                last = e;
            }
        }
        screen.write(ed.takeOutput());
        return last;
    }

    void assertShown(String text, int cursor) {
        assertEquals(text, ed.buffer());
        assertEquals(cursor, ed.cursor());
        assertEquals("$ " + text, screen.current());
        assertEquals(2 + cursor, screen.col);
    }

    @Test
    void editingKeys() {
        ed.start("$ ");
        type("helo");
        type("\u001b[D");
        type("l");
        assertShown("hello", 4);
        type("\u0001X\u0005Y");
        assertShown("XhelloY", 7);
        type("\u001b[H\u001b[3~\u001b[F\u007f\u0008");
        assertShown("hell", 4);
        type("\u001b[1~\u001b[C\u001b[C\u000b");
        assertShown("he", 2);
        type(" two words\u0017");
        assertShown("he two ", 7);
        type("\u0002\u0002\u0015");
        assertShown("o ", 0);
        type("\u001bOF\u001b[4~é!");
        assertShown("o é!", 4);
        assertEquals(LineEditor.Event.LINE, type("\r\n"));
        assertEquals("o é!", ed.line());
        assertEquals(List.of("o é!"), ed.history());
        assertEquals(2, screen.rows.size(), "\\r\\n is one Enter");
    }

    @Test
    void historyUpAndDownKeepsTheEditedLine() {
        ed.start("$ ");
        type("one\r");
        ed.start("$ ");
        type("two\r");
        ed.start("$ ");
        type("two\r");
        assertEquals(List.of("one", "two"), ed.history());
        ed.start("$ ");
        type("thr");
        type("\u001b[A");
        assertShown("two", 3);
        type("\u001b[A\u001b[A");
        assertShown("one", 3);
        type("\u001b[B\u000e");
        assertShown("thr", 3);
        type("\u001b[B");
        assertShown("thr", 3);
    }

    @Test
    void ctrlCAndCtrlD() {
        ed.start("$ ");
        assertEquals(LineEditor.Event.INTERRUPT, type("abc\u0003"));
        assertEquals("", ed.buffer());
        ed.start("$ ");
        type("ab\u0001");
        assertEquals(LineEditor.Event.NONE, type("\u0004"));
        assertShown("b", 0);
        type("\u0004");
        assertEquals(LineEditor.Event.EOF, type("\u0004"));
    }

    @Test
    void tabCompletesTheCommonPrefixOrLists() {
        ed.start("$ ");
        type("ec\t");
        assertShown("echo ", 5);
        type("c\t");
        assertShown("echo c", 6);
        type("\t");
        assertEquals("cat  cd  cp", screen.rows.get(screen.rows.size() - 2).toString());
        assertShown("echo c", 6);
        type("\u0015/u\t");
        assertShown("/usr/", 5);
        type("x\t");
        assertShown("/usr/x", 6);
    }

    @Test
    void brokenUtf8BecomesReplacementCharacters() {
        ed.start("$ ");
        ed.feed(0xC3);
        ed.feed('a');
        ed.feed(0xFF);
        screen.write(ed.takeOutput());
        assertShown("\uFFFDa\uFFFD", 3);
    }

    /** Keys for the property: a printable character, or a named editing key. */
    @Provide
    Arbitrary<List<String>> keys() {
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofLength(1);
        Arbitrary<String> special = Arbitraries.of("\u001b[D", "\u001b[C", "\u001b[H", "\u001b[F", "\u007f", "\u0008",
                "\u001b[3~", "\u0001", "\u0005", "\u0015", "\u000b", "\u0017", "\u0002", "\u0006", "é");
        return Arbitraries.oneOf(printable, printable, special).list().ofMaxSize(60);
    }

    /** Any sequence of editing keys leaves the buffer a simple model predicts, and the screen shows exactly it. */
    @Property
    void editingMatchesTheModelAndTheScreen(@ForAll("keys") List<String> keys) {
        screen = new Screen();   // jqwik reuses the instance across tries
        ed = newEditor();
        ed.start("$ ");
        StringBuilder model = new StringBuilder();
        int cur = 0;
        for (String k : keys) {
            switch (k) {
                case "\u001b[D": case "\u0002": cur = Math.max(0, cur - 1); break;
                case "\u001b[C": case "\u0006": cur = Math.min(model.length(), cur + 1); break;
                case "\u001b[H": case "\u0001": cur = 0; break;
                case "\u001b[F": case "\u0005": cur = model.length(); break;
                case "\u007f": case "\u0008":
                    if (cur > 0) {
                        model.deleteCharAt(--cur);
                    }
                    break;
                case "\u001b[3~":
                    if (cur < model.length()) {
                        model.deleteCharAt(cur);
                    }
                    break;
                case "\u0015": model.delete(0, cur); cur = 0; break;
                case "\u000b": model.setLength(cur); break;
                case "\u0017": {
                    int s = cur;
                    while (s > 0 && model.charAt(s - 1) == ' ') {
                        s--;
                    }
                    while (s > 0 && model.charAt(s - 1) != ' ') {
                        s--;
                    }
                    model.delete(s, cur);
                    cur = s;
                    break;
                }
                default: model.insert(cur, k); cur += k.length(); break;
            }
            type(k);
            assertShown(model.toString(), cur);
        }
        List<String> noHistory = new ArrayList<>(ed.history());
        assertTrue(noHistory.isEmpty());
    }
}
