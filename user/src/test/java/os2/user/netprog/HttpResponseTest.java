package os2.user.netprog;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HttpResponseTest {
    /** Feeds text in pieces of step bytes; returns the body; finishes at the end unless the response completed. */
    private static String parse(HttpResponse r, String text, int step) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < b.length && !r.done(); i += step) {
            r.feed(b, i, Math.min(step, b.length - i), body::write);
        }
        if (!r.done()) {
            r.finish();
        }
        return body.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void contentLengthBody() {
        HttpResponse r = new HttpResponse(false);
        String body = parse(r, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello", 1000);
        assertEquals("hello", body);
        assertEquals(200, r.status());
        assertEquals("OK", r.reason());
        assertEquals("text/plain", r.header("content-type"));
        assertEquals(5, r.bodyBytes());
        assertTrue(r.done());
    }

    @Test
    void stopsAtTheEndOfTheBody() {
        HttpResponse r = new HttpResponse(false);
        byte[] b = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(b.length - 5, r.feed(b, 0, b.length, (x, o, l) -> { }));
        assertTrue(r.done());
    }

    @Test
    void chunkedBodyWithExtensionsAndTrailers() {
        HttpResponse r = new HttpResponse(false);
        String text = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n"
                + "1A\r\nabcdefghijklmnopqrstuvwxyz\r\n"
                + "0\r\nX-Trailer: yes\r\n\r\n";
        for (int step = 1; step <= text.length(); step++) {
            HttpResponse p = new HttpResponse(false);
            assertEquals("helloabcdefghijklmnopqrstuvwxyz", parse(p, text, step), "step " + step);
            assertTrue(p.done());
        }
        assertEquals("helloabcdefghijklmnopqrstuvwxyz", parse(r, text, 7));
    }

    @Property(tries = 100)
    void chunkedEqualsTheBodyForAnyChunkingAndSplit(@ForAll @Size(max = 2000) byte[] data,
            @ForAll @IntRange(min = 1, max = 700) int chunk, @ForAll @IntRange(min = 1, max = 500) int step) {
        StringBuilder t = new StringBuilder("HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n");
        String body = new String(data, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < body.length(); i += chunk) {
            String piece = body.substring(i, Math.min(body.length(), i + chunk));
            t.append(Integer.toHexString(piece.length())).append("\r\n").append(piece).append("\r\n");
        }
        t.append("0\r\n\r\n");
        assertEquals(body, parse(new HttpResponse(false), t.toString(), step));
    }

    @Test
    void bodyUntilTheConnectionEnds() {
        HttpResponse r = new HttpResponse(false);
        assertEquals("all of it", parse(r, "HTTP/1.0 200 OK\nServer: x\n\nall of it", 3));
        assertTrue(r.done());
    }

    @Test
    void interimResponsesAreSkippedAndSomeStatusesHaveNoBody() {
        HttpResponse r = new HttpResponse(false);
        assertEquals("x", parse(r, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nx", 2));
        assertEquals(201, r.status());
        HttpResponse n = new HttpResponse(false);
        assertEquals("", parse(n, "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", 100));
        assertTrue(n.done());
        HttpResponse h = new HttpResponse(true);
        assertEquals("", parse(h, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", 100));
        assertTrue(h.done(), "a HEAD response has no body whatever its length says");
    }

    @Test
    void errorStatusIsParsedLikeAnyOther() {
        HttpResponse r = new HttpResponse(false);
        assertEquals("no", parse(r, "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno", 5));
        assertEquals(404, r.status());
        assertEquals("Not Found", r.reason());
    }

    @Test
    void malformedResponsesAreErrorsWithReasons() {
        assertError("not an HTTP/1.x status line", "SSH-2.0-OpenSSH\r\n\r\n");
        assertError("status code must be 3 digits", "HTTP/1.1 2x0 OK\r\n\r\n");
        assertError("conflicting Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n");
        assertError("bad Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\n");
        assertError("bad chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        assertError("chunk data longer than its size",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n");
        assertError("unsupported transfer coding", "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n");
        assertError("without a name", "HTTP/1.1 200 OK\r\n: x\r\n\r\n");
        assertError("line folding", "HTTP/1.1 200 OK\r\nA: b\r\n  c\r\n\r\n");
        assertError("bare CR", "HTTP/1.1 200 OK\rX\r\n\r\n");
        assertError("ended before the response did (3 body bytes of 10)",
                "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        assertError("ended before the response did", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab");
        assertError("without a response", "");
        assertError("longer than", "HTTP/1.1 200 OK\r\nX: " + "a".repeat(HttpResponse.MAX_LINE) + "\r\n\r\n");
    }

    @Test
    void tooManyHeaderFields() {
        StringBuilder t = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i <= HttpResponse.MAX_HEADERS; i++) {
            t.append("X-").append(i).append(": y\r\n");
        }
        assertError("more than", t.append("\r\n").toString());
    }

    private static void assertError(String part, String text) {
        HttpResponse.HttpException e = assertThrows(HttpResponse.HttpException.class,
                () -> parse(new HttpResponse(false), text, 4));
        assertTrue(e.getMessage().contains(part), e.getMessage() + " should say " + part);
    }
}
