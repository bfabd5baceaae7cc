package os2.user.demo;

import os2.user.Caps;
import os2.user.Channel;
import os2.user.Endpoint;
import os2.user.Message;
import os2.user.Spawn;
import os2.user.Task;
import os2.user.Time;

/**
 * Two Java tasks exchange messages over a channel: {@code pingpong.elf [N]} spawns
 * itself as the other side ({@code pingpong.elf pong}, holding only its end of the
 * channel and the console) and sends N numbered pings (default 10,000), each answered
 * with the number plus one; it checks every answer and prints the time per round trip.
 */
public final class PingPong {
    private PingPong() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("pong")) {
            pong(new Endpoint(Caps.require(5, "channel")));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Channel c = Channel.create();
        Task other = Spawn.module("pingpong.elf").args("pong").stdio().empty().move(c.b().handle()).start();
        Endpoint ep = c.a();
        int wrong = 0;
        long t0 = Time.now();
        for (int i = 0; i < n; i++) {
            ep.send(Message.words(i));
            wrong += ep.receive().word(0) == i + 1 ? 0 : 1;
        }
        long ns = Time.now() - t0;
        ep.close();   // the other side sees its peer closed and ends
        int status = other.waitFor();
        other.close();
        System.out.println("pingpong: " + n + " round trips, " + wrong + " wrong answers, " + ns / Math.max(1, n)
                + " ns each; pong exited with status " + status);
        System.exit(wrong == 0 && status == 0 ? 0 : 1);
    }

    /** Answers each ping with its number plus one until the peer is gone. */
    static void pong(Endpoint ep) {
        int served = 0;
        for (Message in; (in = nextOrNull(ep)) != null; served++) {
            ep.send(Message.words(in.word(0) + 1));
        }
        System.out.println("pong: served " + served);
    }

    /** The next message, blocking; null once the peer is gone and nothing is queued. */
    static Message nextOrNull(Endpoint ep) {
        try {
            return ep.receive();
        } catch (os2.user.SysException e) {
            if (e.code() == os2.user.Sys.E_PEER) {
                return null;
            }
            throw e;
        }
    }
}
