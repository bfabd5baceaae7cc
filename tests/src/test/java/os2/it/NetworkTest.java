package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The virtio-net NIC that {@code ./os2 boot} attaches (QEMU's user network with
 * restrict=on): PCI enumeration finds it, the driver brings it up, and the self test
 * net-virtio gets ARP and ping answers from slirp's gateway with hand-built frames.
 */
class NetworkTest {
    @Test
    void theNicIsFoundAndSlirpAnswersArpAndPing() throws Exception {
        Os2.Result r = Os2.boot(60, "test=net-virtio,net-virtio-burst");
        assertTrue(r.stdout().contains("[info ] pci: "), r.toString());
        assertTrue(r.stdout().contains(" 1af4:1041 class 020000"), "the modern virtio-net function\n" + r);
        assertTrue(r.stdout().contains("[info ] net: virtio-net 00:"), r.toString());
        assertTrue(r.stdout().contains(", MAC 52:54:00:12:34:56, IRQ "), "QEMU's default MAC\n" + r);
        assertTrue(r.lines().contains("TEST net-virtio ... ok"), r.toString());
        assertTrue(r.lines().contains("TEST net-virtio-burst ... ok"), "1,000 frames each way through 128-entry rings\n" + r);
        assertEquals("2 passed, 0 failed", r.lastNonEmptyLine(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void withoutANicTheBootSaysSoAndGoesOn() throws Exception {
        Os2.Result r = Os2.boot(60, "ready=exit", "--no-net");
        assertTrue(r.lines().contains("[info ] net: no virtio-net device"), r.toString());
        assertFalse(r.stdout().contains("class 0200"), "no network function at all (QEMU's default e1000 is off)\n" + r);
        assertTrue(r.lines().contains("kernel ready"), r.toString());
        assertEquals(0, r.status(), r.toString());

        Os2.Result t = Os2.boot(60, "test=net-virtio", "--no-net");
        assertTrue(t.lines().contains("TEST net-virtio ... FAIL no virtio-net device"), t.toString());
        assertEquals(1, t.status(), t.toString());
    }

    @Test
    void badNetworkOptionsAreUsageErrors() throws Exception {
        Os2.requireImage();
        for (String[] args : List.of(new String[] {"--hostfwd", "8080"}, new String[] {"--hostfwd", "0:80"},
                new String[] {"--hostfwd", "8080:70000"}, new String[] {"--hostfwd"},
                new String[] {"--no-net", "--hostfwd", "8080:80"})) {
            String[] all = new String[args.length + 2];
            all[0] = "boot";
            all[1] = "--headless";
            System.arraycopy(args, 0, all, 2, args.length);
            Os2.Result r = Os2.launcher(30, all);
            assertEquals(2, r.status(), String.join(" ", args) + "\n" + r);
            assertTrue(r.stderr().contains("--hostfwd"), r.toString());
        }
    }

    /** A forward listens on the host's loopback address only, never on every interface. */
    @Test
    void aHostForwardListensOnLoopbackOnly() throws Exception {
        Os2.requireImage();
        int port = Os2.freePort();
        Process p = new ProcessBuilder(Os2.root().resolve("os2").toString(), "boot", "--headless", "--timeout", "30",
                "--hostfwd", port + ":80").directory(Os2.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).start();
        try {
            StringBuilder seen = new StringBuilder();
            var in = p.getInputStream();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen.indexOf("kernel ready") < 0 && System.nanoTime() < end) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                seen.append((char) b);
            }
            assertTrue(seen.indexOf("kernel ready") >= 0, seen.toString());
            String tcp = Files.readString(Path.of("/proc/net/tcp"), StandardCharsets.US_ASCII);
            String hexPort = String.format(":%04X ", port);
            assertTrue(tcp.contains("0100007F" + hexPort), "listening on 127.0.0.1:" + port + "\n" + tcp);
            assertFalse(tcp.contains("00000000" + hexPort), "not on 0.0.0.0:" + port + "\n" + tcp);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
    }
}
