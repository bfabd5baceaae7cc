package os2.rt;

/**
 * x86 port I/O (in/out). On the JVM, ports go to a {@link SimPorts} device map
 * that tests can program.
 */
public final class Port {
    private Port() {
    }

    public static int in8(int port) { return SimPorts.get().in(port, 1) & 0xFF; }
    public static int in16(int port) { return SimPorts.get().in(port, 2) & 0xFFFF; }
    public static int in32(int port) { return SimPorts.get().in(port, 4); }

    public static void out8(int port, int v) { SimPorts.get().out(port, 1, v & 0xFF); }
    public static void out16(int port, int v) { SimPorts.get().out(port, 2, v & 0xFFFF); }
    public static void out32(int port, int v) { SimPorts.get().out(port, 4, v); }
}
