package os2.rt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JVM stand-in for the I/O port space: a map from port to device, and a log
 * of every write. Unmapped ports read as all ones, like an empty ISA bus.
 */
public final class SimPorts {
    /** A simulated device on one port. */
    public interface Device {
        int in(int port, int width);

        void out(int port, int width, int value);
    }

    /** One recorded write. */
    public record Write(int port, int width, int value) {
    }

    private static SimPorts current = new SimPorts();
    private final Map<Integer, Device> devices = new HashMap<>();
    private final List<Write> writes = new ArrayList<>();

    public static SimPorts get() {
        return current;
    }

    public static SimPorts reset() {
        current = new SimPorts();
        return current;
    }

    public void attach(int port, Device d) {
        devices.put(port, d);
    }

    public List<Write> writes() {
        return writes;
    }

    int in(int port, int width) {
        Device d = devices.get(port);
        return d == null ? -1 : d.in(port, width);
    }

    void out(int port, int width, int value) {
        writes.add(new Write(port, width, value));
        Device d = devices.get(port);
        if (d != null) {
            d.out(port, width, value);
        }
    }
}
