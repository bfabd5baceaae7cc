package os2.kernel.sock;

import os2.kernel.net.Ip4;

/**
 * The kernel command line's {@code ip=ADDRESS/PREFIX[,GATEWAY]} (docs/NETWORK.md): a fixed
 * interface address instead of DHCP, for links without a DHCP server (the Linux peer
 * harness's private subnet). {@link #parse} rejects anything malformed with a message
 * naming the problem; the caller then warns and uses DHCP.
 */
public final class StaticAddress {
    /** The interface address. */
    public final int address;
    /** The netmask made from the prefix length. */
    public final int netmask;
    /** The default gateway, 0 for none (only the local subnet is reachable). */
    public final int gateway;
    /** The prefix length (1..30: a subnet with room for at least one other host). */
    public final int prefix;

    static final int MIN_PREFIX = 1;
    static final int MAX_PREFIX = 30;

    private StaticAddress(int address, int prefix, int gateway) {
        this.address = address;
        this.prefix = prefix;
        this.netmask = -1 << (32 - prefix);
        this.gateway = gateway;
    }

    /** Parses "A.B.C.D/N" or "A.B.C.D/N,E.F.G.H"; IllegalArgumentException says what is wrong. */
    public static StaticAddress parse(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("ip=\"" + s + "\" needs a prefix length: ADDRESS/PREFIX[,GATEWAY]");
        }
        int comma = s.indexOf(',', slash);
        int address = Ip4.parse(s.substring(0, slash));
        String p = s.substring(slash + 1, comma < 0 ? s.length() : comma);
        int prefix = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < '0' || c > '9' || i >= 2) {
                throw new IllegalArgumentException("ip=\"" + s + "\": prefix \"" + p + "\" is not a number");
            }
            prefix = prefix * 10 + (c - '0');
        }
        if (p.isEmpty() || prefix < MIN_PREFIX || prefix > MAX_PREFIX) {
            throw new IllegalArgumentException("ip=\"" + s + "\": prefix must be " + MIN_PREFIX + ".." + MAX_PREFIX);
        }
        StaticAddress a = new StaticAddress(address, prefix, comma < 0 ? 0 : Ip4.parse(s.substring(comma + 1)));
        int host = address & ~a.netmask;
        if (host == 0 || host == ~a.netmask || Ip4.isMulticastOrReserved(address) || Ip4.isLoopback(address)
                || (address >>> 24) == 0) {
            throw new IllegalArgumentException("ip=\"" + s + "\": " + Ip4.toString(address)
                    + " is not a usable host address in its subnet");
        }
        if (a.gateway != 0 && ((a.gateway & a.netmask) != (address & a.netmask) || a.gateway == address)) {
            throw new IllegalArgumentException("ip=\"" + s + "\": gateway " + Ip4.toString(a.gateway)
                    + " is not another host of the subnet");
        }
        return a;
    }

    /**
     * Parses the command line's {@code dns=A.B.C.D}: the DNS server the resolver asks. It must be
     * a unicast host address (not 0.x, loopback, multicast or broadcast); IllegalArgumentException
     * says what is wrong.
     */
    public static int parseDns(String s) {
        int a;
        try {
            a = Ip4.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dns=\"" + s + "\" is not an IPv4 address");
        }
        if (Ip4.isMulticastOrReserved(a) || Ip4.isLoopback(a) || (a >>> 24) == 0) {
            throw new IllegalArgumentException("dns=\"" + s + "\": " + Ip4.toString(a) + " is not a usable host address");
        }
        return a;
    }

    @Override
    public String toString() {
        return Ip4.toString(address) + "/" + prefix + (gateway != 0 ? " gateway " + Ip4.toString(gateway) : "");
    }
}
