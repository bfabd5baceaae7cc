package os2.user.demo;

import java.util.HashMap;
import os2.user.Sys;
import os2.user.SysException;
import os2.user.net.Ip;
import os2.user.net.PingSocket;
import os2.user.net.Resolver;
import os2.user.netprog.PingArgs;
import os2.user.netprog.PingStats;
import os2.user.netprog.Usage;

/**
 * ping: ICMP echo through a ping socket (docs/NETWORK.md), printed like Linux's ping.
 * Needs the network capability (init's {@code net} option). See {@link PingArgs#USAGE}.
 */
public final class Ping {
    private Ping() {
    }

    public static void main(String[] args) {
        PingArgs a;
        try {
            a = PingArgs.parse(args);
        } catch (Usage u) {
            System.err.print("ping: " + u.getMessage() + "\n" + PingArgs.USAGE);
            System.exit(2);
            return;
        }
        if (a.help()) {
            System.out.print(PingArgs.USAGE);
            System.exit(0);
        }
        System.exit(run(a));
    }

    static int run(PingArgs a) {
        int ip;
        PingSocket s;
        try {
            ip = Resolver.resolve(a.host());
            s = PingSocket.open();
        } catch (SysException e) {
            System.err.println("ping: " + a.host() + ": " + e.getMessage());
            return 2;
        }
        String addr = Ip.toString(ip);
        PingStats stats = new PingStats(a.host());
        System.out.println(PingStats.header(a.host(), addr, a.size()));
        byte[] data = new byte[a.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (0x10 + i);
        }
        HashMap<Integer, Integer> numbers = new HashMap<>();   // the kernel's sequence number -> ours (1, 2, ...)
        long start = Sys.clock();
        long next = start;
        long lastSent = start;
        int sent = 0;
        long intervalNanos = a.intervalMs() * 1_000_000L;
        long timeoutNanos = a.timeoutMs() * 1_000_000L;
        while (true) {
            long now = Sys.clock();
            boolean more = a.count() == 0 || sent < a.count();
            if (more && now >= next) {
                try {
                    int seq = s.send(ip, data);
                    numbers.put(seq, sent + 1);
                } catch (SysException e) {
                    System.err.println("ping: sendto " + addr + ": " + e.getMessage());
                }
                sent++;
                stats.sent();
                lastSent = now;
                next += intervalNanos;
                continue;
            }
            if (!more && (numbers.isEmpty() || now >= lastSent + timeoutNanos)) {
                break;   // every reply is in, or the last one is overdue
            }
            long until = more ? next : lastSent + timeoutNanos;
            PingSocket.Reply r = s.receive(Math.max(0, until - now));
            if (r == null) {
                continue;
            }
            Integer n = numbers.remove(r.seq());
            if (n != null && r.kind() == PingSocket.REPLY) {
                System.out.println(stats.reply(Ip.toString(r.from()), n, r.bytes(), r.rttNanos()));
            }
        }
        System.out.print("\n" + stats.summary(Sys.clock() - start));
        s.close();
        return stats.received() > 0 ? 0 : 1;
    }
}
