package os2.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The packets target of {@code ./os2 fuzz}: mutated Ethernet frames into the guest's
 * virtio NIC. QEMU's UDP socket backend carries each frame in one datagram between the
 * NIC and this program (both ends on 127.0.0.1), so the frames take the real path: the
 * device, the driver's receive ring, the stack. This program is the guest's whole network:
 * it leases 10.0.2.15 (DHCP), answers ARP, and every 64 mutants pings the guest and waits
 * for the answer (flow control, and proof the stack is alive). The guest runs fuzz.elf
 * "packets", which takes the kernel's figures when told "base" on the serial console and
 * compares them when told "done". Prints the guest's console; exits 0 when it printed
 * "fuzz: PASS" and exited 0.
 */
public final class PacketFuzzer {
    static final int PING_EVERY = 64;
    /** With --trace, a ping after every frame: the first frame after which the guest stops answering. */
    private int pingEvery = PING_EVERY;
    static final int WARMUP = 2000;
    static final long PING_TIMEOUT_MS = 10_000;
    static final int PING_TRIES = 3;
    /**
     * The guest's IP reassembly timeout (kernel flag fragtimeout; 30 s by default): the leak
     * check waits until the stack holds nothing pending, and fragments leave datagrams open.
     */
    static final int FRAG_TIMEOUT_MS = 2000;

    private final DatagramSocket sock;
    private final InetSocketAddress qemuEnd;
    private byte[] guestMac;
    private volatile boolean leased;
    private int pingSeq;

    private PacketFuzzer(DatagramSocket sock, InetSocketAddress qemuEnd) {
        this.sock = sock;
        this.qemuEnd = qemuEnd;
    }

    public static void main(String[] args) throws Exception {
        String qemu = "qemu-system-x86_64", kernel = null, init = null, append = "";
        long count = 1000, seed = 1;
        int timeout = 600;
        boolean trace = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--qemu" -> qemu = args[++i];
                case "--kernel" -> kernel = args[++i];
                case "--init" -> init = args[++i];
                case "--count" -> count = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--timeout" -> timeout = Integer.parseInt(args[++i]);
                case "--trace" -> trace = true;
                case "--append" -> append = " " + args[++i];   // more kernel flags, e.g. heapcensus
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (kernel == null || init == null) {
            throw new IllegalArgumentException("--kernel and --init are required");
        }
        InetAddress lo = InetAddress.getLoopbackAddress();
        int qemuPort;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(lo, 0))) {
            qemuPort = probe.getLocalPort();   // free now; QEMU binds it a moment later
        }
        try (DatagramSocket sock = new DatagramSocket(new InetSocketAddress(lo, 0))) {
            List<String> cmd = new ArrayList<>(List.of(qemu, "-cpu", "max", "-m", "256M", "-kernel", kernel,
                    "-append", "init=fuzz.elf log=warn fragtimeout=" + FRAG_TIMEOUT_MS + append, "-initrd", init + " packets " + count + " " + seed,
                    "-serial", "stdio", "-display", "none", "-no-reboot",
                    "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                    "-netdev", "socket,id=net0,udp=127.0.0.1:" + sock.getLocalPort() + ",localaddr=127.0.0.1:" + qemuPort,
                    "-device", "virtio-net-pci,netdev=net0,disable-legacy=on,romfile="));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            int status;
            try {
                PacketFuzzer f = new PacketFuzzer(sock, new InetSocketAddress(lo, qemuPort));
                f.pingEvery = trace ? 1 : PING_EVERY;
                status = f.run(p, count, seed, trace, timeout);
            } finally {
                p.destroyForcibly();
            }
            System.exit(status);
        }
    }

    /** The guest's console, line by line, echoed; signals when a line starts with a prefix. */
    private static final class Console extends Thread {
        private final BufferedReader in;
        private final List<String> lines = new ArrayList<>();

        Console(Process p) {
            in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.ISO_8859_1));
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                for (String l; (l = in.readLine()) != null; ) {
                    System.out.println(l.replace("\r", ""));
                    synchronized (this) {
                        lines.add(l.replace("\r", ""));
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // QEMU ended
            }
        }

        synchronized boolean await(String prefix, long ms) throws InterruptedException {
            long end = System.currentTimeMillis() + ms;
            for (int seen = 0; ; ) {
                for (; seen < lines.size(); seen++) {
                    if (lines.get(seen).startsWith(prefix)) {
                        return true;
                    }
                }
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
        }
    }

    private int run(Process p, long count, long seed, boolean trace, int timeout) throws Exception {
        Console console = new Console(p);
        console.start();
        OutputStream serial = p.getOutputStream();
        long deadline = System.currentTimeMillis() + timeout * 1000L;
        sock.setSoTimeout(100);
        while (!leased) {   // DHCP: the guest's DISCOVER and REQUEST answered
            if (System.currentTimeMillis() > deadline || !p.isAlive()) {
                System.out.println("packets: FAIL the guest never took a lease");
                return 1;
            }
            serve();
        }
        if (!console.await("fuzz: packets address ready", 60_000)) {
            System.out.println("packets: FAIL the guest did not report its address");
            return 1;
        }
        SplittableRandom warm = new SplittableRandom(seed ^ 0x5DEECE66DL);
        if (!inject(warm, WARMUP, trace, deadline)) {
            return 1;
        }
        serial.write("base\n".getBytes(StandardCharsets.US_ASCII));
        serial.flush();
        if (!console.await("fuzz: packets baseline", 60_000)) {   // after the stack drained (fuzz.c: up to 45 s)
            System.out.println("packets: FAIL no baseline from the guest");
            return 1;
        }
        if (!inject(new SplittableRandom(seed), count, trace, deadline)) {
            return 1;
        }
        System.out.println("packets: " + count + " mutated frames delivered, the guest answered every ping");
        serial.write("done\n".getBytes(StandardCharsets.US_ASCII));
        serial.flush();
        if (!p.waitFor(Math.max(10, (deadline - System.currentTimeMillis()) / 1000), TimeUnit.SECONDS)) {
            System.out.println("packets: FAIL the guest did not finish (hang)");
            return 124;
        }
        console.join(2000);
        int st = p.exitValue();
        int guest = (st & 1) != 0 ? st >> 1 : 1;   // isa-debug-exit: (status << 1) | 1
        boolean pass = console.await("fuzz: PASS", 0);
        return guest == 0 && pass ? 0 : Math.max(1, guest);
    }

    /** count mutants, a ping after every PING_EVERY; false (and why) if the guest stopped answering. */
    private boolean inject(SplittableRandom r, long count, boolean trace, long deadline) throws Exception {
        for (long i = 0; i < count; i++) {
            int t = r.nextInt(Frames.TEMPLATES);
            StringBuilder how = new StringBuilder();
            byte[] f = Frames.mutate(Frames.template(t, guestMac, r), r, how);
            if (trace) {
                System.out.println("fz: 0 " + i + " template " + t + how + " len " + f.length);
            }
            send(f);
            if ((i + 1) % pingEvery == 0 || i + 1 == count) {
                if (!alive(deadline)) {
                    System.out.println("packets: FAIL no answer to a ping after frame " + i + " (template " + t + how + ")");
                    return false;
                }
            }
        }
        return true;
    }

    private void send(byte[] f) throws IOException {
        sock.send(new DatagramPacket(f, f.length, qemuEnd));
    }

    /** Pings the guest and waits for the reply (answering its ARP and DHCP meanwhile). */
    private boolean alive(long deadline) throws Exception {
        for (int tries = 0; tries < PING_TRIES; tries++) {
            int seq = ++pingSeq & 0xffff;
            byte[] f = Frames.ipv4(guestMac, Frames.PROTO_ICMP, Frames.HOST_IP, Frames.GUEST_IP, 5, 16);
            f[Frames.ETH + Frames.IP] = 8;
            Frames.put16(f, Frames.ETH + Frames.IP + 4, 0x0502);
            Frames.put16(f, Frames.ETH + Frames.IP + 6, seq);
            Frames.fixChecksums(f);
            send(f);
            long end = Math.min(deadline, System.currentTimeMillis() + PING_TIMEOUT_MS);
            while (System.currentTimeMillis() < end) {
                byte[] in = serve();
                if (in != null && in.length >= Frames.ETH + Frames.IP + 8 && Frames.get16(in, 12) == Frames.TYPE_IPV4
                        && (in[Frames.ETH + 9] & 0xff) == Frames.PROTO_ICMP) {
                    int l4 = Frames.ETH + (in[Frames.ETH] & 0xf) * 4;
                    if (l4 + 8 <= in.length && in[l4] == 0 && Frames.get16(in, l4 + 4) == 0x0502
                            && Frames.get16(in, l4 + 6) == seq) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Receives one frame from the guest (or none within the socket timeout), answering DHCP and ARP. */
    private byte[] serve() throws IOException {
        byte[] buf = new byte[2048];
        DatagramPacket dp = new DatagramPacket(buf, buf.length);
        try {
            sock.receive(dp);
        } catch (SocketTimeoutException e) {
            return null;
        }
        byte[] f = java.util.Arrays.copyOf(buf, dp.getLength());
        if (f.length < Frames.ETH + 28) {
            return f;
        }
        int type = Frames.get16(f, 12);
        if (type == Frames.TYPE_ARP && Frames.get16(f, Frames.ETH + 6) == 1
                && Frames.get32(f, Frames.ETH + 24) == Frames.HOST_IP) {
            byte[] mac = java.util.Arrays.copyOfRange(f, 6, 12);
            byte[] a = Frames.ether(mac, Frames.TYPE_ARP, 28);
            System.arraycopy(f, Frames.ETH, a, Frames.ETH, 8);
            Frames.put16(a, Frames.ETH + 6, 2);
            System.arraycopy(Frames.HOST_MAC, 0, a, Frames.ETH + 8, 6);
            Frames.put32(a, Frames.ETH + 14, Frames.HOST_IP);
            System.arraycopy(f, Frames.ETH + 8, a, Frames.ETH + 18, 10);
            send(a);
        } else if (type == Frames.TYPE_IPV4 && (f[Frames.ETH + 9] & 0xff) == Frames.PROTO_UDP
                && f.length >= Frames.ETH + Frames.IP + 8 + 244
                && Frames.get16(f, Frames.ETH + Frames.IP + 2) == 67) {
            dhcp(f);
        }
        return f;
    }

    /** Answers a DISCOVER with an OFFER and a REQUEST with an ACK of 10.0.2.15. */
    private void dhcp(byte[] f) throws IOException {
        int p = Frames.ETH + Frames.IP + 8;
        int msgType = 0;
        for (int o = p + 240; o + 2 < f.length && f[o] != -1; ) {
            if (f[o] == 0) {
                o++;
                continue;
            }
            if (f[o] == 53) {
                msgType = f[o + 2];
            }
            o += 2 + (f[o + 1] & 0xff);
        }
        if (msgType != 1 && msgType != 3) {
            return;
        }
        guestMac = java.util.Arrays.copyOfRange(f, 6, 12);
        byte[] opts = {53, 1, (byte) (msgType == 1 ? 2 : 5), 54, 4, 10, 0, 2, 2, 1, 4, -1, -1, -1, 0,
            3, 4, 10, 0, 2, 2, 6, 4, 10, 0, 2, 3, 51, 4, 0, 1, 0x51, (byte) 0x80, -1};
        byte[] r = Frames.ipv4(Frames.BROADCAST, Frames.PROTO_UDP, Frames.HOST_IP, -1, 5, 8 + 240 + opts.length);
        int u = Frames.ETH + Frames.IP;
        Frames.put16(r, u, 67);
        Frames.put16(r, u + 2, 68);
        Frames.put16(r, u + 4, 8 + 240 + opts.length);
        r[u + 8] = 2;
        r[u + 9] = 1;
        r[u + 10] = 6;
        System.arraycopy(f, p + 4, r, u + 8 + 4, 4);   // xid
        Frames.put32(r, u + 8 + 16, Frames.GUEST_IP);
        Frames.put32(r, u + 8 + 20, Frames.HOST_IP);
        System.arraycopy(guestMac, 0, r, u + 8 + 28, 6);
        Frames.put32(r, u + 8 + 236, 0x63825363);
        System.arraycopy(opts, 0, r, u + 8 + 240, opts.length);
        Frames.fixChecksums(r);
        send(r);
        if (msgType == 3) {
            leased = true;
        }
    }
}
