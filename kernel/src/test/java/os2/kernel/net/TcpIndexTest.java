package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The connection index agrees with a map through random adds and removes (removal shifts probe runs back). */
class TcpIndexTest {
    @Test
    void agreesWithAMapThroughRandomAddsAndRemoves() {
        Tcp tcp = new TcpHarness().stack.tcp();
        TcpIndex index = new TcpIndex(Tcp.MAX_CONNECTIONS);
        Map<Long, TcpConnection> model = new HashMap<>();
        List<TcpConnection> live = new ArrayList<>();
        Random r = new Random(12345);
        for (int step = 0; step < 200_000; step++) {
            if (live.size() < Tcp.MAX_CONNECTIONS && (live.isEmpty() || r.nextInt(100) < 55)) {
                // few addresses and ports: many keys share probe runs
                int ip = 0x0a000202 + r.nextInt(3);
                int lp = 80 + r.nextInt(2);
                int rp = 40000 + r.nextInt(3000);
                long k = TcpIndex.key(lp, ip, rp);
                if (model.containsKey(k)) {
                    continue;
                }
                TcpConnection c = new TcpConnection(tcp, lp, ip, rp, null);
                index.put(c);
                model.put(k, c);
                live.add(c);
            } else {
                TcpConnection c = live.remove(r.nextInt(live.size()));
                index.remove(c);
                model.remove(TcpIndex.key(c.localPort, c.remoteIp, c.remotePort));
                assertSame(null, index.get(c.localPort, c.remoteIp, c.remotePort));
            }
            if (step % 997 == 0) {
                for (TcpConnection c : live) {
                    assertSame(c, index.get(c.localPort, c.remoteIp, c.remotePort), "step " + step);
                }
            }
        }
        assertEquals(model.size(), index.size());
        for (Map.Entry<Long, TcpConnection> e : model.entrySet()) {
            TcpConnection c = e.getValue();
            assertSame(c, index.get(c.localPort, c.remoteIp, c.remotePort));
        }
    }

    @Test
    void keysTellEveryFieldApartAndIgnoreSignBits() {
        long k = TcpIndex.key(80, 0x0a000202, 40000);
        assertEquals((long) 0x0a000202 << 32 | 80L << 16 | 40000, k);
        assertEquals(false, k == TcpIndex.key(81, 0x0a000202, 40000));
        assertEquals(false, k == TcpIndex.key(80, 0x0a000203, 40000));
        assertEquals(false, k == TcpIndex.key(80, 0x0a000202, 40001));
        assertEquals((long) 0xc0a80001 << 32 | 0xffffL << 16 | 0xffff, TcpIndex.key(65535, 0xc0a80001, 65535));
    }
}
