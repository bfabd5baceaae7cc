package os2.user.demo;

import os2.user.SysException;
import os2.user.net.ByteText;
import os2.user.net.Status;
import os2.user.net.StatusPage;
import os2.user.net.TcpListener;
import os2.user.net.TcpSocket;

/**
 * The status-page server: HTTP/1.1 on a TCP port (argument, default 80), one connection
 * at a time. {@code /} is an HTML page with the kernel's counters, tasks and connections
 * and a live chart (a script polls {@code /status.json} every second and redraws it);
 * {@code /status.json} is the same data as JSON; {@code /1k} is a fixed 1 KiB body (1024
 * bytes "x", the network benchmark's static page, docs/BENCHMARKS.md). Needs the system capability (slot 5)
 * and the network (slot 6): init's {@code net} option grants both.
 */
public final class Httpd {
    static final int MAX_REQUEST = 8192;
    /** The size of {@code /1k}'s body. */
    static final int STATIC_BODY_BYTES = 1024;
    private static final String STATIC_BODY = "x".repeat(STATIC_BODY_BYTES);
    private static long served;
    /** The body being built, and the whole response (header and body, sent in one write). */
    private static final ByteText body = new ByteText(8192);
    private static final ByteText response = new ByteText(8192);

    private Httpd() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        TcpListener l = TcpListener.listen(port, 32);
        System.out.println("httpd: listening on port " + port);
        byte[] req = new byte[MAX_REQUEST];
        while (true) {
            TcpSocket s = l.accept();
            try {
                serve(s, req);
            } catch (SysException | IllegalArgumentException e) {
                System.out.println("httpd: " + e.getMessage());
            }
            s.close();
        }
    }

    /** Reads one request (up to the blank line) and answers it. */
    static void serve(TcpSocket s, byte[] req) {
        int n = 0;
        while (n < req.length && !headerEnd(req, n)) {
            int k = s.read(req, n, req.length - n);
            if (k < 0) {
                return;
            }
            n += k;
        }
        String line = firstLine(req, n);
        served++;
        if (!line.startsWith("GET ")) {
            respond(s, "405 Method Not Allowed", "text/plain", body.clear().append("only GET\n"));
            return;
        }
        int sp = line.indexOf(' ', 4);
        String path = sp < 0 ? line.substring(4) : line.substring(4, sp);
        body.clear();
        if (path.equals("/") || path.equals("/index.html")) {
            respond(s, "200 OK", "text/html; charset=utf-8", StatusPage.html(Status.read(), served, body));
        } else if (path.equals("/status.json")) {
            respond(s, "200 OK", "application/json", StatusPage.json(Status.read(), served, body));
        } else if (path.equals("/1k")) {
            respond(s, "200 OK", "text/plain", body.append(STATIC_BODY));
        } else {
            respond(s, "404 Not Found", "text/plain", body.append("no such page: ").append(path).append('\n'));
        }
    }

    private static boolean headerEnd(byte[] b, int n) {
        for (int i = 3; i < n; i++) {
            if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                return true;
            }
        }
        return n >= 2 && b[n - 1] == '\n' && b[n - 2] == '\n';
    }

    private static String firstLine(byte[] b, int n) {
        int end = 0;
        while (end < n && b[end] != '\r' && b[end] != '\n') {
            end++;
        }
        char[] c = new char[end];
        for (int i = 0; i < end; i++) {
            c[i] = (char) (b[i] & 0xFF);
        }
        return new String(c);
    }

    /** Sends the status line, the headers and body in one write (one system call; header and body share segments). */
    private static void respond(TcpSocket s, String status, String type, ByteText b) {
        response.clear().append("HTTP/1.1 ").append(status).append("\r\nContent-Type: ").append(type)
                .append("\r\nContent-Length: ").append(b.length())
                .append("\r\nCache-Control: no-store\r\nConnection: close\r\nServer: OS2 httpd\r\n\r\n").append(b);
        s.write(response.array(), 0, response.length());
    }
}
