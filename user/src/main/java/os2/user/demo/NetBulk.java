package os2.user.demo;

import os2.user.netprog.Sha256;
import os2.user.SysException;
import os2.user.net.TcpListener;
import os2.user.net.TcpSocket;

/**
 * Bulk TCP transfers for the network tests and benchmarks (docs/NETWORK.md, the Linux
 * peer): {@code netbulk.elf sink PORT BYTES} takes connections one at a time, reads
 * BYTES bytes (or until the peer closes) and prints
 * {@code netbulk: received N bytes sha256 HEX}; {@code netbulk.elf source PORT BYTES}
 * sends each connection BYTES pseudo-random bytes, prints
 * {@code netbulk: sent N bytes sha256 HEX} and closes. {@code discard} and {@code zeros}
 * are the same without the hashing and the pseudo-random bytes (zeros), for the
 * throughput benchmark (docs/BENCHMARKS.md, "Network"): they print
 * {@code netbulk: received N bytes} or {@code netbulk: sent N bytes}. Needs the network
 * (init's {@code net} option).
 */
public final class NetBulk {
    static final int CHUNK = 16384;

    private NetBulk() {
    }

    public static void main(String[] args) {
        String mode = args.length == 3 ? args[0] : "";
        if (!(mode.equals("sink") || mode.equals("source") || mode.equals("discard") || mode.equals("zeros"))) {
            System.out.println("usage: netbulk.elf sink|source|discard|zeros PORT BYTES");
            System.exit(2);
        }
        boolean sink = mode.equals("sink") || mode.equals("discard");
        boolean hash = mode.equals("sink") || mode.equals("source");
        int port = Integer.parseInt(args[1]);
        long bytes = Long.parseLong(args[2]);
        TcpListener l = TcpListener.listen(port, 4);
        System.out.println("netbulk: " + args[0] + " listening on port " + port);
        byte[] buf = new byte[CHUNK];
        long round = 0;
        while (true) {
            TcpSocket s = l.accept();
            Sha256 h = new Sha256();
            long n = 0;
            try {
                if (sink) {
                    while (n < bytes) {
                        int k = s.read(buf, 0, (int) Math.min(buf.length, bytes - n));
                        if (k < 0) {
                            break;
                        }
                        if (hash) {
                            h.update(buf, 0, k);
                        }
                        n += k;
                    }
                } else if (!hash) {
                    while (n < bytes) {   // buf stays zero: only source mode fills it
                        int k = (int) Math.min(buf.length, bytes - n);
                        s.write(buf, 0, k);
                        n += k;
                    }
                } else {
                    long state = 0x9e3779b97f4a7c15L + round++;   // a new stream for each connection
                    while (n < bytes) {
                        int k = (int) Math.min(buf.length, bytes - n);
                        for (int i = 0; i < k; i++) {
                            state ^= state << 13;
                            state ^= state >>> 7;
                            state ^= state << 17;
                            buf[i] = (byte) (state >>> 24);
                        }
                        s.write(buf, 0, k);
                        h.update(buf, 0, k);
                        n += k;
                    }
                }
                System.out.println("netbulk: " + (sink ? "received " : "sent ") + n + " bytes"
                        + (hash ? " sha256 " + h.hexDigest() : ""));
            } catch (SysException e) {
                System.out.println("netbulk: " + e.getMessage() + " after " + n + " bytes");
            }
            s.close();
        }
    }
}
