package os2.user.sh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ParserTest {
    static List<String> words(String src, Map<String, String> vars) {
        Ast.Script s = Parser.parse(src);
        List<String> out = new ArrayList<>();
        for (Word w : s.lists().get(0).pipelines().get(0).commands().get(0).words()) {
            out.add(w.expand(vars));
        }
        return out;
    }

    @Test
    void quotesEscapesAndVariables() {
        Map<String, String> v = Map.of("A", "x y", "HOME", "/home", "?", "3");
        assertEquals(List.of("echo", "a b", "c d", "$A", "x y", "x y!", "e\\f", "q\"", "3"),
                words("echo 'a b' c\\ d '$A' \"$A\" ${A}! \"e\\f\" \"q\\\"\" $?", v));
        assertEquals(List.of("", "a", "/home/x", "~", "a~"), words("'' \"\"a ~/x '~' a~", v));
        assertEquals(List.of("$", "a$", "x$$", "$-"), words("$ a$ x$$ $-", v));
        assertEquals(List.of("unset:"), words("unset:$NOPE", v));
    }

    @Test
    void operatorsBuildListsPipelinesAndRedirections() {
        Ast.Script s = Parser.parse("a | b c && d || e ; f > o 2>> e2 < i 2>&1 & g # comment | x\n");
        assertEquals(3, s.lists().size());
        Ast.AndOr first = s.lists().get(0);
        assertEquals(List.of("&&", "||"), first.ops());
        assertEquals(2, first.pipelines().get(0).commands().size());
        assertEquals("a | b c && d || e", first.text());
        Ast.AndOr second = s.lists().get(1);
        assertTrue(second.background());
        List<Ast.Redirect> r = second.pipelines().get(0).commands().get(0).redirects();
        assertEquals(List.of(Ast.RedirKind.OUT, Ast.RedirKind.ERR_APPEND, Ast.RedirKind.IN, Ast.RedirKind.ERR_TO_OUT),
                r.stream().map(Ast.Redirect::kind).toList());
        assertFalse(s.lists().get(2).background());
        assertEquals("g", s.lists().get(2).text());
    }

    @Test
    void assignmentsOnlyBeforeTheCommandName() {
        Ast.Command c = Parser.parse("A=1 B=\"x y\" cmd C=2").lists().get(0).pipelines().get(0).commands().get(0);
        assertEquals(List.of("A", "B"), c.assignments().stream().map(Ast.Assignment::name).toList());
        assertEquals("x y", c.assignments().get(1).value().expand(Map.of()));
        assertEquals(2, c.words().size());
        Ast.Command q = Parser.parse("'A=1' x").lists().get(0).pipelines().get(0).commands().get(0);
        assertEquals(0, q.assignments().size(), "a quoted name is not an assignment");
    }

    @Test
    void syntaxErrorsNameThePosition() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("echo a | | b"));
        assertEquals("syntax error at column 10: unexpected '|'", e.getMessage());
        assertFalse(e.incomplete());
        e = assertThrows(SyntaxError.class, () -> Parser.parse("echo > ;"));
        assertEquals("syntax error at column 8: expected a file name after '>', found ';'", e.getMessage());
        e = assertThrows(SyntaxError.class, () -> Parser.parse("; x"));
        assertEquals("syntax error at column 1: unexpected ';'", e.getMessage());
        e = assertThrows(SyntaxError.class, () -> Parser.parse("a\nb && && c"));
        assertEquals("syntax error at line 2, column 6: unexpected '&&'", e.getMessage());
        e = assertThrows(SyntaxError.class, () -> Parser.parse("echo ${a-b}"));
        assertEquals("syntax error at column 6: bad substitution '${a-b}'", e.getMessage());
    }

    @Test
    void unfinishedInputIsIncomplete() {
        for (String s : new String[] {"echo 'abc", "echo \"abc", "a |", "a &&", "a ||\n", "echo \\", "echo ${X", "a >"}) {
            SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(s), s);
            assertTrue(e.incomplete(), s + ": " + e.getMessage());
        }
        assertEquals(1, Parser.parse("a |\n b").lists().size());
        assertEquals(List.of("ab"), words("a\\\nb", Map.of()));
    }

    @Test
    void emptyAndCommentOnlyInputHasNoLists() {
        assertEquals(0, Parser.parse("").lists().size());
        assertEquals(0, Parser.parse("  # just a comment\n\n").lists().size());
        assertEquals(List.of("a#b"), words("a#b", Map.of()));
    }

    /** Single-quoting any text (with ' written as '\'') gives back exactly that text as one word. */
    @Property
    void singleQuotingRoundTrips(@ForAll @StringLength(max = 40) String text) {
        String quoted = "'" + text.replace("'", "'\\''") + "'";
        assertEquals(List.of("x", text), words("x " + quoted, Map.of()));
    }

    /** Backslash before every character also gives back the text (except newline, which joins lines). */
    @Property
    void backslashingRoundTrips(@ForAll @StringLength(min = 1, max = 40) String text) {
        String t = text.replace("\n", "");
        if (t.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("x ");
        for (char c : t.toCharArray()) {
            sb.append('\\').append(c);
        }
        assertEquals(List.of("x", t), words(sb.toString(), Map.of()));
    }

    /** The parser never fails with anything but SyntaxError on arbitrary input. */
    @Property
    void arbitraryInputOnlyThrowsSyntaxError(@ForAll @StringLength(max = 30) String text) {
        try {
            Parser.parse(text);
        } catch (SyntaxError e) {
            assertTrue(e.getMessage().startsWith("syntax error at "));
        }
    }
}
