package os2.user.demo;

import os2.user.SysException;
import os2.user.Time;
import os2.user.net.Status;
import os2.user.netprog.IfconfigFormat;
import os2.user.netprog.Usage;

/**
 * ifconfig: the network interface's address, netmask, gateway, DNS server, MAC and
 * counters, from the kernel's status report (needs the system capability: init's
 * {@code net} option grants it). Takes no arguments but --help.
 */
public final class Ifconfig {
    static final String USAGE = "usage: ifconfig [--wait SECONDS]\n"
            + "Shows the network interface: address, netmask, gateway, DNS server, MAC address, MTU and counters.\n"
            + "  --wait SECONDS  first wait (at most SECONDS) until DHCP has given the interface an address\n"
            + "Exit status: 0, 1 when there is no network (or no address in time), 2 on usage errors.\n";
    /** How often --wait looks at the interface. */
    static final long POLL_MS = 50;

    private Ifconfig() {
    }

    public static void main(String[] args) {
        int waitMs = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--help") || args[i].equals("-h")) {
                    System.out.print(USAGE);
                    System.exit(0);
                } else if (args[i].equals("--wait") && i + 1 < args.length) {
                    waitMs = Usage.number("--wait", args[++i], 0, 3600) * 1000;
                } else {
                    throw new Usage("unexpected argument '" + args[i] + "'");
                }
            }
        } catch (Usage u) {
            System.err.print("ifconfig: " + u.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
        String text;
        try {
            long deadline = Time.now() + waitMs * 1_000_000L;
            Status s = Status.read();
            while (unconfigured(s) && Time.now() < deadline) {
                Time.sleepMillis(POLL_MS);
                s = Status.read();
            }
            if (waitMs > 0 && unconfigured(s)) {
                System.err.println("ifconfig: no address after " + waitMs / 1000 + " s");
                System.exit(1);
            }
            text = IfconfigFormat.format(s);
        } catch (SysException e) {
            System.err.println("ifconfig: cannot read the kernel's status: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (text == null) {
            System.err.println("ifconfig: no network interface");
            System.exit(1);
        }
        System.out.print(text);
        System.exit(0);
    }

    /** True while the interface exists but DHCP has not configured it yet. */
    static boolean unconfigured(Status s) {
        return "0.0.0.0".equals(s.get("net_address"));
    }
}
