package os2.kernel.task;

import java.util.List;
import os2.kernel.arch.x86_64.Clock;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.mem.KernelHeap;
import os2.kernel.net.Ip4;
import os2.kernel.net.NetStack;
import os2.kernel.net.NetStats;
import os2.kernel.net.TcpConnection;
import os2.kernel.net.TcpState;
import os2.kernel.sock.NetService;
import os2.rt.Gc;

/**
 * SYS_STATUS: the kernel's state as text, for status pages (docs/SYSCALLS.md). One
 * record a line, words separated by spaces: {@code key value} for counters, then
 * {@code task ID STATE CAPS REGIONS NAME} per task, {@code task_frames ID FRAMES TABLE_FRAMES} per
 * task (user pages mapped, page-table frames) and {@code conn LOCALPORT REMOTE:PORT
 * STATE UNACKED} per TCP connection not in TIME_WAIT (those are the tcp_time_wait count). The text is ASCII; names come last on their line.
 */
final class StatusReport {
    /**
     * The most often a report collects the heap so that heap_live is current: a full
     * collection per call made each status page cost millions of instructions (the
     * network benchmark's `/`), while a page that is polled wants heap_live at most a
     * second old. SYS_INFO, whose callers check the heap exactly, still has an exact
     * collection made for every call (sched.ExactCollection).
     */
    static final long COLLECT_INTERVAL_NS = 1_000_000_000L;

    /** When the report last collected; the first report collects (Clock nanos start at boot). */
    private static long collectedAt = -COLLECT_INTERVAL_NS;

    private StatusReport() {
    }

    /** The call: needs the system capability's read right; writes up to len bytes, returns the report's length. */
    static long call(Task t, long lo, long hi, long buf, long len) {
        Capability c = Handles.get(t, lo, hi, Kind.SYSTEM);
        if (c == null) {
            return Syscalls.E_BADHANDLE;
        }
        if (!c.has(Rights.READ)) {
            return Syscalls.E_RIGHTS;
        }
        if (len < 0) {
            return Syscalls.E_INVAL;
        }
        byte[] b = report().getBytes();
        int n = (int) Math.min(len, b.length);
        if (n > 0 && !UserMemory.writeFrom(t, buf, b, 0, n)) {
            return Syscalls.E_FAULT;
        }
        return b.length;
    }

    /** The report text. */
    static String report() {
        long now = Clock.nanos();
        if (now - collectedAt >= COLLECT_INTERVAL_NS) {
            Gc.collect();
            collectedAt = now;
        }
        KernelHeap.refresh();
        StringBuilder s = new StringBuilder(1024);
        line(s, "uptime_ms", Clock.nanos() / 1_000_000L);
        line(s, "tsc", os2.rt.Cpu.rdtsc());
        line(s, "tsc_idle", os2.kernel.sched.KernelLoop.idleTicks());
        line(s, "frames_free", Tasks.frames().freeFrames());
        line(s, "frames_total", Tasks.frames().totalFrames());
        line(s, "heap_live", KernelHeap.liveBytes());
        line(s, "heap_size", KernelHeap.heapBytes());
        line(s, "gc_collections", KernelHeap.collections());
        line(s, "capabilities", Capability.alive());
        line(s, "syscalls", Syscalls.count());
        line(s, "tasks_spawned", Tasks.spawnedCount());
        line(s, "tasks_exited", Tasks.exitCount());
        NetStack n = NetService.stack();
        if (n != null) {
            s.append("net_address ").append(Ip4.toString(n.address())).append('\n');
            NetStats st = n.stats();
            line(s, "net_frames_in", st.framesIn());
            line(s, "net_frames_out", st.framesOut());
            line(s, "net_bytes_in", st.bytesIn());
            line(s, "net_bytes_out", st.bytesOut());
            line(s, "net_drops", st.totalDrops());
            line(s, "tcp_opened", st.tcpConnectionsOpened());
            line(s, "tcp_retransmits", st.tcpRetransmits());
            s.append("net_netmask ").append(Ip4.toString(n.netmask())).append('\n');
            s.append("net_gateway ").append(Ip4.toString(n.gateway())).append('\n');
            s.append("net_dns ").append(Ip4.toString(n.dnsServer())).append('\n');
            s.append("net_mac ").append(mac(n.macAddress())).append('\n');
            s.append("net_mtu ").append(n.mtu()).append('\n');
            line(s, "udp_in", n.udp().datagramsIn());
            line(s, "udp_out", n.udp().datagramsOut());
            line(s, "udp_queue_drops", os2.kernel.sock.DatagramSocket.droppedTotal());
            line(s, "icmp_echoes_answered", n.icmp().echoesAnswered());
            line(s, "tcp_time_wait", n.tcp().timeWaitCount());
        }
        for (int i = 0; i < Tasks.count(); i++) {
            Task k = Tasks.task(i);
            s.append("task ").append(k.id).append(' ').append(k.stateName()).append(' ').append(k.caps.size())
                    .append(' ').append(k.regions.size()).append(' ').append(k.name).append('\n');
        }
        for (int i = 0; i < Tasks.count(); i++) {   // after the task lines: readers of those keep their 5 words
            Task k = Tasks.task(i);
            s.append("task_frames ").append(k.id).append(' ').append(k.table.lowerPagesCounted()).append(' ')
                    .append(k.table.lowerTableFramesCounted()).append('\n');
        }
        if (n != null) {
            // TIME_WAIT ones are only counted (tcp_time_wait): a busy server keeps hundreds, and
            // listing each made the status page grow sixfold under load
            List<TcpConnection> cs = n.tcp().connections();
            for (int i = 0; i < cs.size(); i++) {
                TcpConnection k = cs.get(i);
                if (k.state() == TcpState.TIME_WAIT) {
                    continue;
                }
                s.append("conn ").append(k.localPort()).append(' ').append(Ip4.toString(k.remoteIp())).append(':')
                        .append(k.remotePort()).append(' ').append(k.state()).append(' ').append(k.unacknowledged())
                        .append('\n');
            }
        }
        return s.toString();
    }

    /** "52:54:00:12:34:56". */
    static String mac(byte[] m) {
        StringBuilder b = new StringBuilder(17);
        for (int i = 0; i < m.length; i++) {
            if (i > 0) {
                b.append(':');
            }
            b.append(HEX.charAt(m[i] >> 4 & 0xF)).append(HEX.charAt(m[i] & 0xF));
        }
        return b.toString();
    }

    private static final String HEX = "0123456789abcdef";

    private static void line(StringBuilder s, String key, long value) {
        s.append(key).append(' ').append(value).append('\n');
    }
}
