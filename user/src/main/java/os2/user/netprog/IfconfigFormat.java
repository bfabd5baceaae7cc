package os2.user.netprog;

import os2.user.net.Status;

/** ifconfig's output from the kernel's status report (SYS_STATUS's net_* and udp_* counters). */
public final class IfconfigFormat {
    private IfconfigFormat() {
    }

    /** The interface as text, or null when the report has no network. */
    public static String format(Status s) {
        if (s.get("net_address") == null) {
            return null;
        }
        String up = s.get("net_address").equals("0.0.0.0") ? "UP (no address yet: DHCP)" : "UP";
        return "eth0: flags=" + up + "  mtu " + v(s, "net_mtu") + "\n"
                + "        inet " + v(s, "net_address") + "  netmask " + v(s, "net_netmask") + "  gateway "
                + v(s, "net_gateway") + "  dns " + v(s, "net_dns") + "\n"
                + "        ether " + v(s, "net_mac") + "\n"
                + "        RX packets " + v(s, "net_frames_in") + "  bytes " + v(s, "net_bytes_in") + "\n"
                + "        TX packets " + v(s, "net_frames_out") + "  bytes " + v(s, "net_bytes_out") + "\n"
                + "        dropped " + v(s, "net_drops") + "  udp in " + v(s, "udp_in") + " out " + v(s, "udp_out")
                + " queue drops " + v(s, "udp_queue_drops") + "\n"
                + "        tcp opened " + v(s, "tcp_opened") + "  retransmits " + v(s, "tcp_retransmits")
                + "  echo replies sent " + v(s, "icmp_echoes_answered") + "\n";
    }

    private static String v(Status s, String key) {
        String x = s.get(key);
        return x == null ? "?" : x;
    }
}
