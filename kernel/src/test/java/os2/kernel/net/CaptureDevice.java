package os2.kernel.net;

import java.util.ArrayList;
import java.util.List;

/** A device that records every transmitted frame (copied). */
final class CaptureDevice implements NetDevice {
    final byte[] mac;
    final List<byte[]> sent = new ArrayList<>();
    int mtu = 1500;

    CaptureDevice(byte[] mac) {
        this.mac = mac;
    }

    @Override
    public byte[] macAddress() {
        return mac;
    }

    @Override
    public int mtu() {
        return mtu;
    }

    @Override
    public boolean transmit(byte[] frame, int len) {
        byte[] copy = new byte[len];
        System.arraycopy(frame, 0, copy, 0, len);
        sent.add(copy);
        return true;
    }

    /** Removes and returns the frames sent so far. */
    List<byte[]> take() {
        List<byte[]> out = new ArrayList<>(sent);
        sent.clear();
        return out;
    }
}
