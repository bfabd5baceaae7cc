package os2.kernel.net;

import java.util.ArrayDeque;

/**
 * The stack's in-kernel self test ({@code test=net-loopback}): two stacks joined by an
 * in-memory link that loses every 23rd frame, on a simulated clock, do a TCP handshake
 * and move 64 KiB each way byte-exact, then close. It proves the natively compiled stack
 * behaves as the JVM tests show (kernel/src/test/java/os2/kernel/net).
 */
public final class NetSelfTests {
    static final int SIZE = 64 * 1024;

    private NetSelfTests() {
    }

    /** A device whose frames wait in a queue until {@link #deliver}. */
    private static final class QueueDevice implements NetDevice {
        final byte[] mac;
        final ArrayDeque<byte[]> outbox = new ArrayDeque<>();
        int sent;

        QueueDevice(int last) {
            mac = new byte[]{2, 0, 0, 0, 0, (byte) last};
        }

        @Override
        public byte[] macAddress() {
            return mac;
        }

        @Override
        public int mtu() {
            return 1500;
        }

        @Override
        public boolean transmit(byte[] frame, int len) {
            if (++sent % 23 != 0) {   // deterministic loss: every 23rd frame vanishes
                byte[] copy = new byte[len];
                System.arraycopy(frame, 0, copy, 0, len);
                outbox.add(copy);
            }
            return true;
        }

        void deliver(NetStack to) {
            for (int n = outbox.size(); n > 0; n--) {
                byte[] f = outbox.poll();
                to.receive(f, f.length);
            }
        }
    }

    /** One side of the exchange: sends its pattern as space allows, checks what arrives. */
    private static final class Side implements SocketListener {
        final int seed;
        int sent;
        int received;
        boolean corrupt;
        boolean eof;
        CloseReason closed;
        final byte[] chunk = new byte[4096];

        Side(int seed) {
            this.seed = seed;
        }

        static byte pattern(int seed, int i) {
            return (byte) (i * 31 + (i >>> 8) + seed);
        }

        void pump(TcpConnection c) {
            while (sent < SIZE && c.sendSpace() > 0) {
                int n = Math.min(chunk.length, SIZE - sent);
                for (int i = 0; i < n; i++) {
                    chunk[i] = pattern(seed, sent + i);
                }
                int took = c.send(chunk, 0, n);
                sent += took;
                if (took < n) {
                    break;
                }
            }
            if (sent == SIZE && (c.state() == TcpState.ESTABLISHED || c.state() == TcpState.CLOSE_WAIT)) {
                c.close();
            }
        }

        @Override
        public void onAccept(TcpListenSocket socket, TcpConnection c) {
            c.setListener(this);
            pump(c);
        }

        @Override
        public void onConnected(TcpConnection c) {
            pump(c);
        }

        @Override
        public void onWritable(TcpConnection c) {
            pump(c);
        }

        @Override
        public void onData(TcpConnection c) {
            int n;
            while ((n = c.read(chunk, 0, chunk.length)) > 0) {
                for (int i = 0; i < n; i++) {
                    corrupt |= chunk[i] != pattern(seed ^ 0x55, received + i);
                }
                received += n;
            }
            eof |= n < 0;
        }

        @Override
        public void onClosed(TcpConnection c, CloseReason reason) {
            closed = reason;
        }
    }

    /** Runs the exchange; null on success, else what went wrong. */
    public static String loopback() {
        long[] now = {1_000};
        QueueDevice da = new QueueDevice(1);
        QueueDevice db = new QueueDevice(2);
        NetStack a = new NetStack(da, () -> now[0]);
        NetStack b = new NetStack(db, () -> now[0]);
        a.configure(Ip4.parse("10.9.0.1"), Ip4.parse("255.255.255.0"), 0, 0);
        b.configure(Ip4.parse("10.9.0.2"), Ip4.parse("255.255.255.0"), 0, 0);
        Side client = new Side(0x55);   // client sends pattern 0x55, expects 0x55 ^ 0x55 = 0
        Side server = new Side(0);      // server sends pattern 0, expects 0x55
        b.tcp().listen(80, 4, server);
        a.tcp().connect(b.address(), 80, client);
        for (int ms = 0; ms < 120_000 && (client.closed == null || server.closed == null); ms++) {
            now[0]++;
            da.deliver(b);
            db.deliver(a);
            a.tick();
            b.tick();
        }
        if (client.closed != CloseReason.NORMAL || server.closed != CloseReason.NORMAL) {
            return "not closed normally: client " + client.closed + " (sent " + client.sent + ", got " + client.received
                    + "), server " + server.closed + " (sent " + server.sent + ", got " + server.received + ")";
        }
        if (client.received != SIZE || server.received != SIZE || client.corrupt || server.corrupt
                || !client.eof || !server.eof) {
            return "data: client got " + client.received + (client.corrupt ? " corrupt" : "") + ", server got "
                    + server.received + (server.corrupt ? " corrupt" : "");
        }
        long internal = a.stats().drops(Drop.INTERNAL_ERROR) + b.stats().drops(Drop.INTERNAL_ERROR);
        if (internal != 0 || a.stats().tcpRetransmits() + b.stats().tcpRetransmits() == 0) {
            return "internal errors " + internal + ", retransmits " + a.stats().tcpRetransmits();
        }
        return null;
    }
}
