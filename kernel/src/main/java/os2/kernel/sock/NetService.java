package os2.kernel.sock;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.console.Log;
import os2.kernel.dev.virtio.VirtioNet;
import os2.kernel.net.DhcpListener;
import os2.kernel.net.Ip4;
import os2.kernel.net.NetDevice;
import os2.kernel.net.NetStack;
import os2.kernel.sched.Result;

/**
 * The kernel's network service (docs/NETWORK.md "In the kernel"): the protocol stack
 * on the virtio-net NIC found at boot. Received frames reach the stack in the driver's
 * interrupt-event continuation (the interrupt handler only counts); the stack's timers
 * run in a periodic kernel continuation; DHCP configures the interface and the lease
 * is logged. Sockets ({@link Socket}) are the stack's applications.
 *
 * <p>The timer ticks every {@link #TICK_NANOS} while frames move; once a tick finds the
 * network was quiet since the last one, it sleeps until the stack's earliest deadline, at
 * most {@link #QUIET_TICK_NANOS}, and the next frame received or sent brings the fast
 * ticks back. An idle machine is not woken 100 times a second.
 */
public final class NetService {
    /** How often the stack's timers are looked at while frames move (its coarsest useful granularity). */
    static final long TICK_NANOS = 10_000_000L;
    /**
     * The longest the timer sleeps when the network is quiet. Every deadline the stack knows
     * of is set while a frame is received or sent, which brings the fast ticks back; one set
     * any other way would be late by at most this.
     */
    static final long QUIET_TICK_NANOS = 1_000_000_000L;

    private static NetStack stack;
    private static VirtioNet nic;
    private static long ticks;
    /** A frame was received or sent since the last tick. */
    private static boolean active;
    /** When the armed timer runs (Clock nanos). */
    private static long armedAt;
    /** The armed timer's number: a timer replaced by an earlier one finds itself stale and ends. */
    private static long generation;

    private NetService() {
    }

    /** The virtio-net driver seen through the stack's device contract. */
    private static final class Device implements NetDevice {
        private final VirtioNet nic;

        Device(VirtioNet nic) {
            this.nic = nic;
        }

        @Override
        public byte[] macAddress() {
            return nic.macAddress();
        }

        @Override
        public int mtu() {
            return nic.mtu();
        }

        @Override
        public boolean transmit(byte[] frame, int len) {
            activity();
            return nic.transmit(frame, len);
        }
    }

    /**
     * Boot (a continuation, interrupts on): brings the network up on the NIC if there
     * is one, with the command line's {@code ip=ADDRESS/PREFIX[,GATEWAY]} (staticIp, or
     * null) or else DHCP, and the DNS server of {@code dns=A.B.C.D} (dns, or null: DHCP's);
     * returns the log line. A malformed ip= is warned about and DHCP used instead; a malformed
     * dns= is warned about and ignored.
     */
    public static String start(String staticIp, String dns) {
        VirtioNet n = VirtioNet.device();
        if (n == null) {
            return "no NIC: the network stays down";
        }
        nic = n;
        stack = new NetStack(new Device(n), () -> Clock.nanos() / 1_000_000L);
        n.setReceiver((frame, len) -> {
            activity();
            stack.receive(frame, len);
        });
        StaticAddress fixed = null;
        if (staticIp != null) {
            try {
                fixed = StaticAddress.parse(staticIp);
            } catch (IllegalArgumentException e) {
                Log.warn("net", e.getMessage() + "; using DHCP");
            }
        }
        String dnsNote = "";
        if (dns != null) {
            try {
                stack.fixDnsServer(StaticAddress.parseDns(dns));
                dnsNote = ", DNS server " + dns;
            } catch (IllegalArgumentException e) {
                Log.warn("net", e.getMessage() + "; ignored");
            }
        }
        arm(Clock.nanos() + TICK_NANOS);
        if (fixed != null) {
            stack.configure(fixed.address, fixed.netmask, fixed.gateway, 0);
            return "up on " + n.describe() + "; static address " + fixed + dnsNote;
        }
        stack.dhcp().start(new DhcpListener() {
            @Override
            public void onBound(int address, int netmask, int router, int dns, long leaseSeconds) {
                Log.info("net", "DHCP lease " + Ip4.toString(address) + " netmask " + Ip4.toString(netmask)
                        + " router " + Ip4.toString(router) + " dns " + Ip4.toString(dns) + " for "
                        + leaseSeconds + " s");
            }

            @Override
            public void onLost() {
                Log.warn("net", "DHCP lease lost; asking again");
            }
        });
        return "up on " + n.describe() + "; DHCP started" + dnsNote;
    }

    /** A frame is received or sent: ticks come every {@link #TICK_NANOS} again. */
    private static void activity() {
        active = true;
        long soon = Clock.nanos() + TICK_NANOS;
        if (armedAt > soon) {
            arm(soon);
        }
    }

    /** Queues the timer continuation for time at; one armed before it becomes stale. */
    private static void arm(long at) {
        armedAt = at;
        long g = ++generation;
        os2.kernel.sched.KernelLoop.scheduler().submit(new os2.kernel.sched.Successor.Until(at, () -> tick(g)));
    }

    /** The timer continuation: the stack's retransmissions, ARP, DHCP and DNS timers. */
    private static Result tick(long g) {
        if (g != generation) {
            return Result.done();   // an earlier timer replaced this one
        }
        ticks++;
        stack.tick();
        long now = Clock.nanos();
        long deadline = active ? now : millisToNanos(stack.nextDeadline());
        armedAt = nextTick(now, active, deadline);
        active = false;
        return Result.until(armedAt, () -> tick(g));
    }

    /**
     * When the timer runs next: in {@link #TICK_NANOS} after a busy interval, else at the
     * stack's earliest deadline (Clock nanos) but no sooner than that and no later than
     * {@link #QUIET_TICK_NANOS} from now.
     */
    static long nextTick(long now, boolean busy, long deadline) {
        if (busy) {
            return now + TICK_NANOS;
        }
        return Math.min(Math.max(deadline, now + TICK_NANOS), now + QUIET_TICK_NANOS);
    }

    private static long millisToNanos(long ms) {
        return ms >= Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE : ms * 1_000_000L;
    }

    /** The stack, or null when there is no network. */
    public static NetStack stack() {
        return stack;
    }

    /** True when a NIC is up (sockets can be made). */
    public static boolean up() {
        return stack != null;
    }

    /** The NIC, or null. */
    public static VirtioNet nic() {
        return nic;
    }

    /** Timer runs so far. */
    public static long ticks() {
        return ticks;
    }
}
