package os2.kernel.net;

/**
 * An IPv4 protocol stack for one interface: Ethernet II, ARP, IPv4 with fragmentation,
 * ICMP echo, UDP, TCP, a DHCP client and a DNS client (docs/NETWORK.md).
 *
 * <p>It is driven entirely by calls and never blocks: the driver calls {@link #receive}
 * for every frame, a timer calls {@link #tick} (every 10 ms or so; {@link #nextDeadline}
 * says when it is next needed), and applications call the protocol objects' methods.
 * Results come back through listener callbacks made from inside those calls. There are
 * no threads and no locks; the stack is not re-entrant, so a device must never deliver
 * a frame from inside {@link NetDevice#transmit}.
 *
 * <p>Every field of a received frame is validated; a frame that fails is counted in
 * {@link #stats()} under its {@link Drop} reason and dropped. No exception escapes
 * {@link #receive}: a bug that throws is counted as {@link Drop#INTERNAL_ERROR}.
 */
public final class NetStack {
    static final int ETH_HEADER = 14;
    static final int TYPE_IPV4 = 0x0800;
    static final int TYPE_ARP = 0x0806;
    /** Largest frame accepted: 1500-byte payload, header, and a VLAN tag's worth of slack. */
    static final int MAX_FRAME = 1518;

    final NetDevice device;
    final NetClock clock;
    final byte[] mac = new byte[6];
    final int mtu;
    final NetStats stats = new NetStats();
    /** The transmit buffer every layer builds small frames in (the device copies it). */
    final byte[] tx;

    int address;
    int netmask;
    int gateway;
    int dnsServer;
    private int fixedDnsServer;

    private final Arp arp;
    private final Ipv4 ip;
    private final Icmp icmp;
    private final Udp udp;
    private final Tcp tcp;
    private final Dhcp dhcp;
    private final Dns dns;

    /** A stack on device, reading time from clock; unconfigured until {@link #configure} or DHCP. */
    public NetStack(NetDevice device, NetClock clock) {
        this.device = device;
        this.clock = clock;
        byte[] m = device.macAddress();
        if (m == null || m.length != 6) {
            throw new IllegalArgumentException("a MAC address has 6 bytes");
        }
        System.arraycopy(m, 0, mac, 0, 6);
        mtu = device.mtu();
        if (mtu < 576 || mtu > 1500) {
            throw new IllegalArgumentException("MTU must be 576..1500, is " + mtu);
        }
        tx = new byte[ETH_HEADER + mtu];
        arp = new Arp(this);
        ip = new Ipv4(this, arp);
        icmp = new Icmp(this, ip);
        udp = new Udp(this, ip);
        tcp = new Tcp(this, ip);
        dhcp = new Dhcp(this, udp);
        dns = new Dns(this, udp);
    }

    /**
     * Sets the interface's address, netmask, default gateway and DNS server (0: none); a
     * server fixed by {@link #fixDnsServer} wins over the one given here (DHCP's).
     */
    public void configure(int address, int netmask, int gateway, int dnsServer) {
        this.address = address;
        this.netmask = netmask;
        this.gateway = gateway;
        this.dnsServer = fixedDnsServer != 0 ? fixedDnsServer : dnsServer;
    }

    /**
     * The DNS server to use whatever DHCP says (the kernel command line's {@code dns=}): on
     * links whose DHCP names none, or with a static address. 0 lets configure's value stand.
     */
    public void fixDnsServer(int server) {
        fixedDnsServer = server;
        if (server != 0) {
            dnsServer = server;
        }
    }

    /** Handles one received Ethernet frame of len bytes from frame[0]; never throws. */
    public void receive(byte[] frame, int len) {
        stats.framesIn++;
        stats.bytesIn += len;
        try {
            receiveFrame(frame, len);
        } catch (RuntimeException e) {
            stats.drop(Drop.INTERNAL_ERROR);
        }
    }

    private void receiveFrame(byte[] f, int len) {
        if (f == null || len < ETH_HEADER || len > f.length) {
            stats.drop(Drop.ETH_TRUNCATED);
            return;
        }
        if (len > MAX_FRAME) {
            stats.drop(Drop.ETH_OVERSIZED);
            return;
        }
        if (!isOurs(f)) {
            stats.drop(Drop.ETH_NOT_FOR_US);
            return;
        }
        int type = Bytes.be16(f, 12);
        if (type == TYPE_IPV4) {
            ip.receive(f, ETH_HEADER, len - ETH_HEADER);
        } else if (type == TYPE_ARP) {
            arp.receive(f, ETH_HEADER, len - ETH_HEADER);
        } else {
            stats.drop(Drop.ETH_UNKNOWN_TYPE);
        }
    }

    /** Our MAC or the broadcast address (no multicast groups are joined). */
    private boolean isOurs(byte[] f) {
        boolean ours = true;
        boolean broadcast = true;
        for (int i = 0; i < 6; i++) {
            ours &= f[i] == mac[i];
            broadcast &= f[i] == (byte) 0xff;
        }
        return ours || broadcast;
    }

    /** Runs every timer that is due; call it periodically. Never throws. */
    public void tick() {
        try {
            long now = clock.millis();
            arp.tick(now);
            ip.tick(now);
            icmp.tick(now);
            tcp.tick(now);
            dhcp.tick(now);
            dns.tick(now);
        } catch (RuntimeException e) {
            stats.drop(Drop.INTERNAL_ERROR);
        }
    }

    /** The earliest time (clock millis) at which {@link #tick} has work; Long.MAX_VALUE if none. */
    public long nextDeadline() {
        long d = Math.min(arp.nextDeadline(), Math.min(ip.nextDeadline(), icmp.nextDeadline()));
        d = Math.min(d, tcp.nextDeadline());
        d = Math.min(d, Math.min(dhcp.nextDeadline(), dns.nextDeadline()));
        return d;
    }

    /** Writes the Ethernet header (destination dstMac at dm) and hands the frame to the device. */
    void transmit(byte[] frame, int len, byte[] dstMac, int dm, int type) {
        System.arraycopy(dstMac, dm, frame, 0, 6);
        System.arraycopy(mac, 0, frame, 6, 6);
        Bytes.put16(frame, 12, type);
        sendFrame(frame, len);
    }

    /** Hands a complete frame to the device and counts it. */
    void sendFrame(byte[] frame, int len) {
        if (device.transmit(frame, len)) {
            stats.framesOut++;
            stats.bytesOut += len;
        } else {
            stats.drop(Drop.DEVICE_TX_FULL);
        }
    }

    long now() {
        return clock.millis();
    }

    /** The interface address (0 while unconfigured). */
    public int address() {
        return address;
    }

    /** The netmask. */
    public int netmask() {
        return netmask;
    }

    /** The default gateway (0: none). */
    public int gateway() {
        return gateway;
    }

    /** The DNS server (0: none). */
    public int dnsServer() {
        return dnsServer;
    }

    /** The interface's MTU (bytes of an IP datagram in one frame). */
    public int mtu() {
        return mtu;
    }

    /** A copy of the interface's MAC address. */
    public byte[] macAddress() {
        return mac.clone();
    }

    /** The counters. */
    public NetStats stats() {
        return stats;
    }

    /** ARP. */
    public Arp arp() {
        return arp;
    }

    /** IPv4. */
    public Ipv4 ipv4() {
        return ip;
    }

    /** ICMP echo and the ping client. */
    public Icmp icmp() {
        return icmp;
    }

    /** UDP. */
    public Udp udp() {
        return udp;
    }

    /** TCP. */
    public Tcp tcp() {
        return tcp;
    }

    /** The DHCP client. */
    public Dhcp dhcp() {
        return dhcp;
    }

    /** The DNS client. */
    public Dns dns() {
        return dns;
    }
}
