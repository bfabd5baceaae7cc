package os2.user.demo;

import os2.user.SysException;
import os2.user.net.Status;
import os2.user.netprog.IfconfigFormat;

/**
 * ifconfig: the network interface's address, netmask, gateway, DNS server, MAC and
 * counters, from the kernel's status report (needs the system capability: init's
 * {@code net} option grants it). Takes no arguments but --help.
 */
public final class Ifconfig {
    static final String USAGE = "usage: ifconfig\n"
            + "Shows the network interface: address, netmask, gateway, DNS server, MAC address, MTU and counters.\n"
            + "Exit status: 0, 1 when there is no network, 2 on usage errors.\n";

    private Ifconfig() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(USAGE);
            System.exit(0);
        }
        if (args.length > 0) {
            System.err.print("ifconfig: unexpected argument '" + args[0] + "'\n" + USAGE);
            System.exit(2);
        }
        String text;
        try {
            text = IfconfigFormat.format(Status.read());
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
}
