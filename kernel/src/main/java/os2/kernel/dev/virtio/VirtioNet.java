package os2.kernel.dev.virtio;

import java.util.List;
import os2.kernel.dev.DeviceInterrupts;
import os2.kernel.dev.pci.Pci;
import os2.kernel.dev.pci.PciDevice;
import os2.kernel.mem.FrameAllocator;
import os2.kernel.mem.Memory;
import os2.kernel.mem.PhysMap;
import os2.kernel.sched.IrqEvent;
import os2.kernel.sched.Result;
import os2.rt.Mem;
import os2.rt.NoAlloc;

/**
 * The virtio-net driver (virtio 1.0 §5.1) over the modern PCI transport: one receive
 * queue kept full of buffers and one transmit queue, each descriptor owning a fixed
 * 2 KiB buffer in frames of its own. The legacy INTx line's handler reads the ISR
 * register (which acknowledges) and raises an {@link IrqEvent}; the event's
 * continuation copies received frames out, gives their buffers back to the device and
 * hands each frame to the {@link Receiver}. Transmit completions raise no interrupt:
 * their descriptors are reclaimed when the driver next looks.
 *
 * <p>Negotiated: VIRTIO_F_VERSION_1 (required) and VIRTIO_NET_F_MAC; nothing else, so
 * no checksum offload, no segmentation, no merged receive buffers: every received
 * frame is one buffer holding the 12-byte virtio_net_hdr and the Ethernet frame.
 */
public final class VirtioNet implements DeviceInterrupts.Handler {
    /** Receives each Ethernet frame (header included, no FCS); the array is the receiver's to keep. */
    public interface Receiver {
        void receive(byte[] frame, int len);
    }

    /** Red Hat's virtio vendor ID; device 0x1040 + 1 is a modern network device (§4.1.2.1). */
    public static final int VENDOR = 0x1AF4;
    public static final int DEVICE_NET = 0x1041;
    /** A transitional network device (§4.1.2.3), recognised by subsystem ID 1. */
    public static final int DEVICE_NET_TRANSITIONAL = 0x1000;
    static final int SUBSYSTEM_NET = 1;

    /** VIRTIO_NET_F_MAC (§5.1.3): the device configuration holds the MAC address. */
    public static final long F_MAC = 1L << 5;
    /** Device configuration (§5.1.4): mac[6] at 0. */
    static final int CONFIG_MAC = 0;
    public static final int MAC_LENGTH = 6;

    /** struct virtio_net_hdr with VERSION_1 (§5.1.6): 12 bytes before every frame. */
    public static final int NET_HEADER = 12;
    public static final int ETH_HEADER = 14;
    public static final int MTU = 1500;
    public static final int ETH_MAX_FRAME = ETH_HEADER + MTU;
    /** One buffer per descriptor: header and the largest frame fit (§5.1.6.3.1 asks for 1526 bytes). */
    static final int BUFFER_SIZE = 2048;
    static final int RECEIVE_QUEUE = 0;
    static final int TRANSMIT_QUEUE = 1;
    /** Descriptors per queue at most (the device may offer fewer). */
    static final int QUEUE_ENTRIES = 128;
    static final long PAGE = FrameAllocator.FRAME_SIZE;

    private static VirtioNet instance;

    private final VirtioPci transport;
    private final byte[] mac = new byte[MAC_LENGTH];
    private final int irqLine;
    private SplitQueue rx;
    private SplitQueue tx;
    private long rxBuffers;   // physical address of rx buffer 0
    private long txBuffers;
    private long rxNotify;
    private long txNotify;
    private int[] txFree;
    private int txFreeCount;
    private boolean[] txOut;
    private IrqEvent event;
    private Receiver receiver;

    private long irqs;
    private long rxFrames;
    private long rxBytes;
    private long rxErrors;
    private long rxUnclaimed;
    private long txFrames;
    private long txBytes;
    private long txDrops;
    private long txErrors;
    private long receiverErrors;
    /** Receive buffers given back to the device by the current {@link #service} pass. */
    private int givenBack;

    /** The NIC found at boot, or null. */
    public static VirtioNet device() {
        return instance;
    }

    /**
     * Boot: brings up the first virtio-net function among devices; returns the log line
     * ("no virtio-net device" when there is none, or why it could not be used).
     */
    public static String probe(List<PciDevice> devices) {
        PciDevice d = Pci.find(devices, VENDOR, DEVICE_NET);
        if (d == null) {
            d = Pci.find(devices, VENDOR, DEVICE_NET_TRANSITIONAL);
            if (d != null && d.read16(Pci.SUBSYSTEM_ID) != SUBSYSTEM_NET) {
                d = null;
            }
        }
        if (d == null) {
            return "no virtio-net device";
        }
        try {
            instance = new VirtioNet(d);
            return instance.describe();
        } catch (RuntimeException e) {
            return "virtio-net at " + d + " not used: " + e.getMessage();
        }
    }

    private VirtioNet(PciDevice d) {
        irqLine = d.interruptLine();
        if (irqLine < 0) {
            throw new IllegalStateException("no legacy interrupt line routed");
        }
        transport = VirtioPci.attach(d);
        try {
            start();
        } catch (RuntimeException e) {
            transport.addStatus(VirtioPci.STATUS_FAILED);
            throw e;
        }
    }

    /** Device initialisation, in the order of §3.1.1. */
    private void start() {
        transport.reset();
        transport.addStatus(VirtioPci.STATUS_ACKNOWLEDGE);
        transport.addStatus(VirtioPci.STATUS_DRIVER);
        long offered = transport.deviceFeatures();
        if ((offered & VirtioPci.F_VERSION_1) == 0) {
            throw new IllegalStateException("the device does not offer VIRTIO_F_VERSION_1");
        }
        long wanted = offered & (VirtioPci.F_VERSION_1 | F_MAC);
        transport.setDriverFeatures(wanted);
        transport.addStatus(VirtioPci.STATUS_FEATURES_OK);
        if ((transport.status() & VirtioPci.STATUS_FEATURES_OK) == 0) {
            throw new IllegalStateException("the device refused features 0x" + Long.toHexString(wanted));
        }
        if ((wanted & F_MAC) != 0 && transport.hasDeviceConfig(MAC_LENGTH)) {
            transport.readDeviceConfig(CONFIG_MAC, mac);
        } else {
            // No address from the device: a fixed locally administered unicast one (bit 1 of byte 0).
            mac[0] = 0x02;
            mac[5] = 0x01;
        }

        int rxSize = queueSize(RECEIVE_QUEUE);
        long rxMem = allocate(rxSize, "receive");
        rx = new SplitQueue(rxSize, PhysMap.virt(rxMem), rxMem);
        rxBuffers = rxMem + ringBytes(rxSize);
        rxNotify = transport.setUpQueue(RECEIVE_QUEUE, rx);

        int txSize = queueSize(TRANSMIT_QUEUE);
        long txMem = allocate(txSize, "transmit");
        tx = new SplitQueue(txSize, PhysMap.virt(txMem), txMem);
        tx.suppressInterrupts();
        txBuffers = txMem + ringBytes(txSize);
        txNotify = transport.setUpQueue(TRANSMIT_QUEUE, tx);
        txFree = new int[txSize];
        txOut = new boolean[txSize];
        for (int i = 0; i < txSize; i++) {
            txFree[txFreeCount++] = txSize - 1 - i;
        }

        for (int id = 0; id < rxSize; id++) {
            rx.setDescriptor(id, rxBuffers + (long) id * BUFFER_SIZE, BUFFER_SIZE, SplitQueue.DESC_F_WRITE, 0);
            rx.publish(id);
        }
        event = new IrqEvent("virtio-net", this::service);
        DeviceInterrupts.register(irqLine, this);
        transport.addStatus(VirtioPci.STATUS_DRIVER_OK);
        VirtioPci.notifyQueue(rxNotify, RECEIVE_QUEUE);
    }

    private int queueSize(int q) {
        int max = transport.queueMaxSize(q);
        if (max == 0) {
            throw new IllegalStateException("the device has no queue " + q);
        }
        int n = QUEUE_ENTRIES;
        while (n > max) {
            n >>= 1;   // a power of two no larger than the device's maximum
        }
        return n;
    }

    private static long ringBytes(int size) {
        return (SplitQueue.bytes(size) + PAGE - 1) & -PAGE;
    }

    /** Zeroed frames for a queue's rings and its buffers (physical address). */
    private static long allocate(int size, String what) {
        long bytes = ringBytes(size) + (long) size * BUFFER_SIZE;
        long p = Memory.frames().allocZeroed(FrameAllocator.orderFor(bytes));
        if (p == FrameAllocator.NONE) {
            throw new IllegalStateException("no memory for the " + what + " queue (" + bytes + " bytes)");
        }
        return p;
    }

    /** Interrupt context: if the device raised INTx, the ISR read acknowledges it; record it. */
    @Override
    @NoAlloc
    public void interrupt() {
        if (transport.readIsr() != 0) {
            irqs++;
            event.raise();
        }
    }

    /**
     * The event's continuation: every used receive buffer is copied out, given back
     * and delivered; transmit descriptors are reclaimed. A receiver that throws loses
     * only its frame: the ring is kept consistent and the first exception is rethrown
     * at the end (the scheduler reports it as a crash). The device hears of the buffers
     * given back whatever is thrown (an Error too): otherwise receiving would stop.
     */
    private Result service() {
        reclaimTransmitted();
        givenBack = 0;
        RuntimeException failure;
        try {
            failure = receiveAll();
        } finally {
            if (givenBack > 0) {
                VirtioPci.notifyQueue(rxNotify, RECEIVE_QUEUE);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return Result.done();
    }

    /** Takes, gives back and delivers every used receive buffer; returns a receiver's first exception, or null. */
    private RuntimeException receiveAll() {
        RuntimeException failure = null;
        for (int id = rx.takeUsed(); id != SplitQueue.NONE; id = rx.takeUsed()) {
            if (id == SplitQueue.BAD_ID) {
                rxErrors++;   // nothing to give back: the entry named no buffer
                continue;
            }
            int len = rx.usedLength();
            byte[] frame = null;
            int n = len - NET_HEADER;
            if (len < NET_HEADER + ETH_HEADER || len > BUFFER_SIZE) {
                rxErrors++;
            } else {
                frame = new byte[n];
                Mem.copy(Mem.arrayData(frame), PhysMap.virt(rxBuffers + (long) id * BUFFER_SIZE) + NET_HEADER, n);
                rxFrames++;
                rxBytes += n;
            }
            rx.publish(id);
            givenBack++;
            if (frame == null) {
                continue;
            }
            Receiver r = receiver;
            if (r == null) {
                rxUnclaimed++;
                continue;
            }
            try {
                r.receive(frame, n);
            } catch (RuntimeException e) {
                receiverErrors++;
                if (failure == null) {
                    failure = e;
                }
            }
        }
        return failure;
    }

    private void reclaimTransmitted() {
        for (int id = tx.takeUsed(); id != SplitQueue.NONE; id = tx.takeUsed()) {
            if (id == SplitQueue.BAD_ID || !txOut[id]) {
                txErrors++;   // the device returned a descriptor it was not given
                continue;
            }
            txOut[id] = false;
            txFree[txFreeCount++] = id;
        }
    }

    /**
     * Queues one Ethernet frame (header included, no FCS) of len bytes from frame[0];
     * the bytes are copied before this returns. False if the transmit ring is full (counted).
     */
    public boolean transmit(byte[] frame, int len) {
        if (len < ETH_HEADER || len > ETH_MAX_FRAME || len > frame.length) {
            throw new IllegalArgumentException("frame of " + len + " bytes (array of " + frame.length
                    + "): an Ethernet frame is " + ETH_HEADER + ".." + ETH_MAX_FRAME + " bytes");
        }
        reclaimTransmitted();
        if (txFreeCount == 0) {
            txDrops++;
            return false;
        }
        int id = txFree[--txFreeCount];
        long buf = txBuffers + (long) id * BUFFER_SIZE;
        Mem.fill(PhysMap.virt(buf), (byte) 0, NET_HEADER);   // no offload: flags, gso_type NONE, zeros
        Mem.copy(PhysMap.virt(buf) + NET_HEADER, Mem.arrayData(frame), len);
        tx.setDescriptor(id, buf, NET_HEADER + len, 0, 0);
        txOut[id] = true;
        tx.publish(id);
        VirtioPci.notifyQueue(txNotify, TRANSMIT_QUEUE);
        txFrames++;
        txBytes += len;
        return true;
    }

    /** Where received frames go (null: counted and dropped). */
    public void setReceiver(Receiver r) {
        receiver = r;
    }

    /** A copy of the MAC address. */
    public byte[] macAddress() {
        return mac.clone();
    }

    /** The IP MTU: 1500 (MRG_RXBUF and larger MTUs are not negotiated). */
    public int mtu() {
        return MTU;
    }

    public int irqLine() { return irqLine; }
    public long irqs() { return irqs; }
    public long rxFrames() { return rxFrames; }
    public long rxBytes() { return rxBytes; }
    /** Malformed used entries or lengths from the device. */
    public long rxErrors() { return rxErrors; }
    /** Frames dropped because no receiver was set. */
    public long rxUnclaimed() { return rxUnclaimed; }
    public long txFrames() { return txFrames; }
    public long txBytes() { return txBytes; }
    /** Frames refused because the transmit ring was full. */
    public long txDrops() { return txDrops; }
    public long txErrors() { return txErrors; }
    public long receiverErrors() { return receiverErrors; }
    /** Times the receive continuation ran. */
    public long serviceRuns() { return event.runs(); }

    /** "52:54:00:12:34:56". */
    public static String formatMac(byte[] m) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            int b = m[i] & 0xFF;
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    /** The boot log line. */
    public String describe() {
        return "virtio-net " + transport.pci() + ", MAC " + formatMac(mac) + ", IRQ " + irqLine + ", queues rx "
                + rx.size() + " tx " + tx.size() + " x " + BUFFER_SIZE + " B";
    }

    /** Counters in one line. */
    public String counters() {
        return "rx " + rxFrames + " frames " + rxBytes + " B (errors " + rxErrors + ", unclaimed " + rxUnclaimed
                + "), tx " + txFrames + " frames " + txBytes + " B (ring full " + txDrops + ", errors " + txErrors
                + "), irqs " + irqs + ", receive runs " + event.runs();
    }
}
