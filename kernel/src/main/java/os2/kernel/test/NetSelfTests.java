package os2.kernel.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import os2.kernel.arch.x86_64.Clock;
import os2.kernel.console.Log;
import os2.kernel.dev.virtio.VirtioNet;
import os2.kernel.sched.Result;

/**
 * Self tests {@code net-virtio} and {@code net-virtio-burst} (below; not in "all": it needs QEMU's user network, which
 * {@code ./os2 boot} attaches by default): through the virtio-net driver alone, with
 * frames built by hand here (the protocol stack is not involved), it asks QEMU's slirp
 * for the gateway's MAC address (ARP, RFC 826) and pings the gateway (ICMP echo, RFC
 * 792), then checks the driver's counters. Slirp answers ARP for 10.0.2.2 with
 * 52:55:0a:00:02:02 and reflects echo requests addressed to it even with restrict=on.
 */
final class NetSelfTests {
    static final byte[] GUEST_IP = {10, 0, 2, 15};
    static final byte[] GATEWAY_IP = {10, 0, 2, 2};
    static final byte[] SLIRP_GATEWAY_MAC = {0x52, 0x55, 10, 0, 2, 2};
    static final int ETHERTYPE_ARP = 0x0806;
    static final int ETHERTYPE_IPV4 = 0x0800;
    static final int ARP_REQUEST = 1;
    static final int ARP_REPLY = 2;
    static final int IP_PROTO_ICMP = 1;
    static final int ICMP_ECHO_REPLY = 0;
    static final int ICMP_ECHO_REQUEST = 8;
    static final int ECHO_ID = 0x4F53;   // "OS"
    static final int ECHO_SEQ = 1;
    static final int ECHO_PAYLOAD = 32;
    static final long ANSWER_TIMEOUT_NANOS = 3_000_000_000L;
    static final long POLL_NANOS = 5_000_000L;

    private NetSelfTests() {
    }

    static void register() {
        SelfTests.registerAsync("net-virtio", false, NetSelfTests::arpAndPing);
        SelfTests.registerAsync("net-virtio-burst", false, NetSelfTests::burst);
    }

    /** Frames of the burst test: many times either queue's 128 descriptors. */
    static final int BURST_FRAMES = 1000;
    static final int BURST_BATCH = 50;
    static final long BURST_PAUSE_NANOS = 2_000_000L;

    /**
     * net-virtio-burst: 1,000 ARP requests in batches of 50 (so both rings wrap many
     * times); every one the transmit ring took must be answered, i.e. receive buffers
     * are given back and reused, and the two counts must add up to what was sent.
     */
    static Result arpBurst(Function<String, Result> finish, VirtioNet nic) {
        byte[] mac = nic.macAddress();
        byte[] request = arpRequest(mac);
        long[] state = new long[3];   // sent, refused, replies
        nic.setReceiver((frame, len) -> {
            if (isArpReplyFromGateway(frame, mac)) {
                state[2]++;
            }
        });
        return sendBatch(finish, nic, request, state);
    }

    static Result burst(Function<String, Result> finish) {
        VirtioNet nic = VirtioNet.device();
        return nic == null ? finish.apply("no virtio-net device") : arpBurst(finish, nic);
    }

    private static Result sendBatch(Function<String, Result> finish, VirtioNet nic, byte[] request, long[] state) {
        for (int i = 0; i < BURST_BATCH && state[0] + state[1] < BURST_FRAMES; i++) {
            if (nic.transmit(request, request.length)) {
                state[0]++;
            } else {
                state[1]++;
            }
        }
        if (state[0] + state[1] < BURST_FRAMES) {
            return Result.until(Clock.nanos() + BURST_PAUSE_NANOS, () -> sendBatch(finish, nic, request, state));
        }
        long deadline = Clock.nanos() + ANSWER_TIMEOUT_NANOS;
        return Result.until(Clock.nanos() + POLL_NANOS, () -> awaitReplies(finish, nic, state, deadline));
    }

    private static Result awaitReplies(Function<String, Result> finish, VirtioNet nic, long[] state, long deadline) {
        if (state[2] < state[0] && Clock.nanos() < deadline) {
            return Result.until(Clock.nanos() + POLL_NANOS, () -> awaitReplies(finish, nic, state, deadline));
        }
        nic.setReceiver(null);
        Log.info("net", "net-virtio-burst: sent " + state[0] + ", ring full " + state[1] + ", replies " + state[2]
                + "; " + nic.counters());
        if (state[2] != state[0]) {
            return finish.apply(state[2] + " ARP replies for " + state[0] + " requests sent");
        }
        if (state[0] < BURST_FRAMES / 2) {
            return finish.apply("the transmit ring took only " + state[0] + " of " + BURST_FRAMES + " frames");
        }
        if (nic.rxErrors() != 0 || nic.txErrors() != 0) {
            return finish.apply("device errors: " + nic.counters());
        }
        return finish.apply(null);
    }

    static Result arpAndPing(Function<String, Result> finish) {
        VirtioNet nic = VirtioNet.device();
        if (nic == null) {
            return finish.apply("no virtio-net device");
        }
        return new Probe(nic, finish).start();
    }

    /** The test's state across its continuations. */
    private static final class Probe {
        final VirtioNet nic;
        final Function<String, Result> finish;
        final byte[] mac;
        final List<byte[]> received = new ArrayList<>();
        long deadline;

        Probe(VirtioNet nic, Function<String, Result> finish) {
            this.nic = nic;
            this.finish = finish;
            this.mac = nic.macAddress();
        }

        Result start() {
            nic.setReceiver((frame, len) -> received.add(frame));
            if (!nic.transmit(arpRequest(mac), 42)) {
                return end("the transmit ring refused the ARP request");
            }
            deadline = Clock.nanos() + ANSWER_TIMEOUT_NANOS;
            return Result.until(Clock.nanos() + POLL_NANOS, this::awaitArp);
        }

        Result awaitArp() {
            for (int i = 0; i < received.size(); i++) {
                byte[] f = received.get(i);
                if (isArpReplyFromGateway(f, mac)) {
                    byte[] ping = echoRequest(mac, SLIRP_GATEWAY_MAC);
                    if (!nic.transmit(ping, ping.length)) {
                        return end("the transmit ring refused the echo request");
                    }
                    received.clear();
                    deadline = Clock.nanos() + ANSWER_TIMEOUT_NANOS;
                    return Result.until(Clock.nanos() + POLL_NANOS, this::awaitEcho);
                }
            }
            if (Clock.nanos() > deadline) {
                return end("no ARP reply from 10.0.2.2 (52:55:0a:00:02:02) in 3 s; " + received.size()
                        + " other frames; " + nic.counters());
            }
            return Result.until(Clock.nanos() + POLL_NANOS, this::awaitArp);
        }

        Result awaitEcho() {
            for (int i = 0; i < received.size(); i++) {
                if (isEchoReply(received.get(i), mac)) {
                    if (nic.irqs() == 0 || nic.rxFrames() < 2 || nic.txFrames() < 2 || nic.serviceRuns() == 0) {
                        return end("counters do not add up: " + nic.counters());
                    }
                    return end(null);
                }
            }
            if (Clock.nanos() > deadline) {
                return end("no ICMP echo reply from 10.0.2.2 in 3 s; " + received.size() + " other frames; "
                        + nic.counters());
            }
            return Result.until(Clock.nanos() + POLL_NANOS, this::awaitEcho);
        }

        Result end(String reason) {
            nic.setReceiver(null);
            Log.info("net", "net-virtio: MAC " + VirtioNet.formatMac(mac) + ", " + nic.counters());
            return finish.apply(reason);
        }
    }

    /** Who has 10.0.2.2? Tell 10.0.2.15 (42 bytes: Ethernet II + the RFC 826 packet for IPv4). */
    static byte[] arpRequest(byte[] mac) {
        byte[] f = new byte[42];
        for (int i = 0; i < 6; i++) {
            f[i] = (byte) 0xFF;   // broadcast
        }
        System.arraycopy(mac, 0, f, 6, 6);
        put16(f, 12, ETHERTYPE_ARP);
        put16(f, 14, 1);               // hardware type: Ethernet
        put16(f, 16, ETHERTYPE_IPV4);  // protocol type
        f[18] = 6;                     // hardware address length
        f[19] = 4;                     // protocol address length
        put16(f, 20, ARP_REQUEST);
        System.arraycopy(mac, 0, f, 22, 6);
        System.arraycopy(GUEST_IP, 0, f, 28, 4);
        System.arraycopy(GATEWAY_IP, 0, f, 38, 4);   // target hardware address stays zero
        return f;
    }

    static boolean isArpReplyFromGateway(byte[] f, byte[] mac) {
        return f.length >= 42 && get16(f, 12) == ETHERTYPE_ARP && get16(f, 20) == ARP_REPLY
                && same(f, 0, mac) && same(f, 22, SLIRP_GATEWAY_MAC) && same(f, 28, GATEWAY_IP)
                && same(f, 32, mac) && same(f, 38, GUEST_IP);
    }

    /** An ICMP echo request 10.0.2.15 -> 10.0.2.2 (RFC 791 header without options, RFC 792 echo). */
    static byte[] echoRequest(byte[] mac, byte[] gatewayMac) {
        byte[] f = new byte[14 + 20 + 8 + ECHO_PAYLOAD];
        System.arraycopy(gatewayMac, 0, f, 0, 6);
        System.arraycopy(mac, 0, f, 6, 6);
        put16(f, 12, ETHERTYPE_IPV4);
        f[14] = 0x45;                              // version 4, 5 words of header
        put16(f, 16, 20 + 8 + ECHO_PAYLOAD);       // total length
        put16(f, 18, 1);                           // identification
        f[22] = 64;                                // TTL
        f[23] = IP_PROTO_ICMP;
        System.arraycopy(GUEST_IP, 0, f, 26, 4);
        System.arraycopy(GATEWAY_IP, 0, f, 30, 4);
        put16(f, 24, checksum(f, 14, 20));
        f[34] = ICMP_ECHO_REQUEST;
        put16(f, 38, ECHO_ID);
        put16(f, 40, ECHO_SEQ);
        for (int i = 0; i < ECHO_PAYLOAD; i++) {
            f[42 + i] = (byte) ('a' + i % 26);
        }
        put16(f, 36, checksum(f, 34, 8 + ECHO_PAYLOAD));
        return f;
    }

    static boolean isEchoReply(byte[] f, byte[] mac) {
        if (f.length < 42 + ECHO_PAYLOAD || get16(f, 12) != ETHERTYPE_IPV4 || !same(f, 0, mac)
                || (f[14] & 0xFF) != 0x45 || f[23] != IP_PROTO_ICMP || !same(f, 26, GATEWAY_IP)
                || !same(f, 30, GUEST_IP) || checksum(f, 14, 20) != 0) {
            return false;
        }
        if (f[34] != ICMP_ECHO_REPLY || get16(f, 38) != ECHO_ID || get16(f, 40) != ECHO_SEQ
                || checksum(f, 34, get16(f, 16) - 20) != 0) {
            return false;
        }
        for (int i = 0; i < ECHO_PAYLOAD; i++) {
            if (f[42 + i] != (byte) ('a' + i % 26)) {
                return false;
            }
        }
        return true;
    }

    /** The Internet checksum (RFC 1071) of f[off, off + len): 0 over data that includes a correct one. */
    static int checksum(byte[] f, int off, int len) {
        long sum = 0;
        for (int i = 0; i + 1 < len; i += 2) {
            sum += get16(f, off + i);
        }
        if ((len & 1) != 0) {
            sum += (f[off + len - 1] & 0xFF) << 8;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    static boolean same(byte[] f, int off, byte[] want) {
        if (off + want.length > f.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (f[off + i] != want[i]) {
                return false;
            }
        }
        return true;
    }

    static void put16(byte[] f, int off, int v) {
        f[off] = (byte) (v >> 8);
        f[off + 1] = (byte) v;
    }

    static int get16(byte[] f, int off) {
        return (f[off] & 0xFF) << 8 | (f[off + 1] & 0xFF);
    }
}
