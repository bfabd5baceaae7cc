package os2.user.demo;

import java.util.ArrayDeque;
import os2.user.Sys;
import os2.user.SysException;
import os2.user.net.Ip;
import os2.user.net.TcpListener;
import os2.user.net.TcpSocket;
import os2.user.net.UdpSocket;
import os2.user.netprog.Sha256;
import os2.user.netprog.Usage;

/**
 * echod: a TCP echo server (RFC 862's service, on any port): every byte a client sends
 * comes back. With {@code --sink} it keeps what it receives, and when the client ends its
 * side answers (and prints) one line: {@code echod: N bytes sha256 HEX}. Connections are
 * served one at a time, but accepted as soon as they arrive (waiting on the listener
 * too), so many clients at once queue here and not in the kernel's bounded accept
 * queue. Needs the network capability.
 */
public final class Echod {
    static final String USAGE = "usage: echod [--sink] [--once] [--udp] PORT\n"
            + "A TCP echo server on PORT: sends back every byte it receives.\n"
            + "  --sink  keep the bytes instead; at the client's end of stream answer\n"
            + "          'echod: N bytes sha256 HEX' (also printed)\n"
            + "  --once  serve one connection, then exit (status 0)\n"
            + "  --udp   echo UDP datagrams instead: each goes back to its sender (and is logged with its SHA-256)\n"
            + "Exit status: 2 on usage errors, 1 if the port cannot be used; without --once it runs until killed.\n";
    static final int BACKLOG = 64;
    /** Accepted connections waiting for their turn at most; more are closed at once. */
    static final int WAITING_MAX = 1024;
    static final int BUFFER = 16 * 1024;
    /** The largest UDP payload. */
    static final int UDP_MAX = 65507;

    private final TcpListener listener;
    private final boolean sink;
    private final boolean once;
    private final ArrayDeque<TcpSocket> waiting = new ArrayDeque<>();
    private final long[] events = new long[2 * Sys.EVENT_LONGS];
    private final byte[] buf = new byte[BUFFER];
    private long served;

    private Echod(TcpListener listener, boolean sink, boolean once) {
        this.listener = listener;
        this.sink = sink;
        this.once = once;
    }

    public static void main(String[] args) {
        boolean sink = false;
        boolean once = false;
        boolean udp = false;
        int port = -1;
        try {
            for (String a : args) {
                if (a.equals("--help") || a.equals("-h")) {
                    System.out.print(USAGE);
                    System.exit(0);
                } else if (a.equals("--sink")) {
                    sink = true;
                } else if (a.equals("--once")) {
                    once = true;
                } else if (a.equals("--udp")) {
                    udp = true;
                } else if (a.startsWith("-") || port >= 0) {
                    throw new Usage("unexpected argument '" + a + "'");
                } else {
                    port = Usage.port(a);
                }
            }
            if (port < 0) {
                throw new Usage("no PORT given");
            }
        } catch (Usage u) {
            System.err.print("echod: " + u.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
        if (udp) {
            System.exit(udpEcho(port));
        }
        TcpListener l;
        try {
            l = TcpListener.listen(port, BACKLOG);
        } catch (SysException e) {
            System.err.println("echod: port " + port + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("echod: " + (sink ? "sink " : "") + "listening on port " + port);
        new Echod(l, sink, once).serve();
        l.close();
        System.exit(0);
    }

    /** The UDP echo service on port: every datagram back to where it came from. */
    static int udpEcho(int port) {
        UdpSocket s;
        try {
            s = UdpSocket.open();
            s.bind(port);
        } catch (SysException e) {
            System.err.println("echod: udp port " + port + ": " + e.getMessage());
            return 1;
        }
        System.out.println("echod: udp on port " + port);
        byte[] b = new byte[UDP_MAX];
        long dropped = 0;
        Sha256 sha = new Sha256();
        while (true) {
            int n = s.receive(b, 0, b.length, -1);
            sha.update(b, 0, n);
            System.out.println("echod: udp " + n + " bytes from " + Ip.toString(s.sourceIp()) + ":" + s.sourcePort()
                    + " sha256 " + sha.hexDigest());
            if (s.dropped() != dropped) {
                dropped = s.dropped();
                System.out.println("echod: " + dropped + " datagrams dropped so far (queue full)");
            }
            try {
                s.send(s.sourceIp(), s.sourcePort(), b, 0, n);
            } catch (SysException e) {
                System.out.println("echod: " + e.getMessage());
            }
        }
    }

    private void serve() {
        while (true) {
            TcpSocket c = waiting.poll();
            if (c == null) {
                c = listener.accept();
            }
            try {
                serve(c);
            } catch (SysException e) {
                System.out.println("echod: connection " + served + ": " + e.getMessage());
            }
            c.close();
            served++;
            if (once) {
                return;
            }
        }
    }

    /** One connection until the client's end of stream. */
    private void serve(TcpSocket c) {
        Sha256 sha = sink ? new Sha256() : null;
        while (true) {
            if (!readableOrAccept(c)) {
                continue;   // connections were taken off the listener
            }
            int n = c.read(buf, 0, buf.length);
            if (n < 0) {
                break;
            }
            if (sink) {
                sha.update(buf, 0, n);
            } else {
                c.write(buf, 0, n);
            }
        }
        if (sink) {
            String line = "echod: " + sha.length() + " bytes sha256 " + sha.hexDigest();
            System.out.println(line);
            c.write(line + "\n");
        }
    }

    /** Waits until c is readable (true), taking every waiting connection off the listener meanwhile (false). */
    private boolean readableOrAccept(TcpSocket c) {
        events[0] = Sys.EV_READABLE;
        events[1] = c.handle().lo();
        events[2] = c.handle().hi();
        events[3] = 0;
        events[4] = Sys.EV_ACCEPT;
        events[5] = listener.handle().lo();
        events[6] = listener.handle().hi();
        events[7] = 0;
        if (Sys.check(Sys.waitEvents(events, 2), "WAIT") == 0) {
            return true;
        }
        for (TcpSocket s = listener.poll(); s != null; s = listener.poll()) {
            if (waiting.size() >= WAITING_MAX) {
                s.close();
            } else {
                waiting.add(s);
            }
        }
        return false;
    }
}
