package os2.user.net;

import os2.user.Caps;
import os2.user.Handle;
import os2.user.Sys;

/**
 * Host names to IPv4 addresses through the kernel's DNS client (RESOLVE): a dotted quad
 * answers at once, a name is asked of the DNS server DHCP named (QEMU's user network
 * with restrict=on names none: then every name fails).
 */
public final class Resolver {
    private Resolver() {
    }

    /** name's address through the network capability in start slot 6. */
    public static int resolve(String name) {
        return resolve(Caps.slot(Caps.NETWORK), name);
    }

    /** name's address through network capability net; SysException E_NOENT when it has none, E_INVAL for a bad name. */
    public static int resolve(Handle net, String name) {
        try {
            return Ip.parse(name);   // no call needed
        } catch (IllegalArgumentException notAnAddress) {
            byte[] b = TcpSocket.latin1(name);
            return (int) Sys.check(Sys.resolve(net.lo(), net.hi(), b), "RESOLVE " + name);
        }
    }
}
