package os2.user;

/**
 * One end of a {@link Channel}, as its handle. {@link #send} and {@link #receive} move
 * messages (bytes and capabilities); {@link #write} and {@link #read} use it as a pipe of
 * bytes. To wait for a message among other events, use {@link Successor.Message} in an
 * {@link EventLoop}.
 */
public final class Endpoint implements AutoCloseable {
    private final Handle handle;

    public Endpoint(Handle handle) {
        this.handle = handle;
    }

    public Handle handle() {
        return handle;
    }

    /**
     * Sends bytes and moves caps (each needs R_TRANSFER; they leave this task; a region
     * moves zero-copy). On an error nothing was sent and every capability is still ours:
     * {@link Sys#E_FULL} (queue full), {@link Sys#E_PEER} (peer closed), ...
     */
    public void send(byte[] bytes, Handle... caps) {
        Sys.check(trySend(bytes, caps), "SEND");
    }

    /** {@link #send} returning the kernel's answer (0 or an error code) instead of throwing. */
    public long trySend(byte[] bytes, Handle... caps) {
        long[] words = new long[2 * Math.max(1, caps.length)];
        for (int i = 0; i < caps.length; i++) {
            caps[i].store(words, i);
        }
        long[] msg = {Sys.addr(bytes.length == 0 ? null : bytes), bytes.length,
            caps.length == 0 ? 0 : Sys.addr(words), caps.length, 0};
        return Sys.send(handle.lo(), handle.hi(), msg);
    }

    /** Blocks until a message is there and takes it; {@link Sys#E_PEER} (thrown) when the peer is gone and nothing is queued. */
    public Message receive() {
        Message m = receive(Sys.RECV_BLOCK);
        if (m == null) {
            throw new SysException("RECV", Sys.E_PEER);
        }
        return m;
    }

    /** The first queued message, or null if none is queued (or the peer is gone and none is). */
    public Message poll() {
        return receive(0);
    }

    private Message receive(int flags) {
        byte[] buf = new byte[Sys.MSG_BYTES];
        long[] caps = new long[2 * Sys.MSG_CAPS];
        long[] msg = {Sys.addr(buf), buf.length, Sys.addr(caps), Sys.MSG_CAPS, 0};
        long n = Sys.recv(handle.lo(), handle.hi(), msg, flags);
        if (n == Sys.E_EMPTY || n == Sys.E_PEER) {
            return null;
        }
        Sys.check(n, "RECV");
        byte[] bytes = new byte[(int) n];
        System.arraycopy(buf, 0, bytes, 0, bytes.length);
        Handle[] hs = new Handle[(int) msg[4]];
        for (int i = 0; i < hs.length; i++) {
            hs[i] = Handle.at(caps, i);
        }
        return new Message(bytes, hs);
    }

    /** Writes all of b as messages of bytes (a pipe); blocks nowhere: a full queue is an error. */
    public void write(byte[] b) {
        for (int off = 0; off < b.length; ) {
            off += (int) Sys.check(Sys.write(handle.lo(), handle.hi(), b, off, Math.min(Sys.MSG_BYTES, b.length - off)),
                    "WRITE");
        }
    }

    /** Blocks until bytes are there: up to len of them into b[off..], or -1 once the peer is gone and all is read. */
    public int read(byte[] b, int off, int len) {
        long n = Sys.check(Sys.read(handle.lo(), handle.hi(), b, off, len), "READ");
        return n == 0 ? -1 : (int) n;
    }

    @Override
    public void close() {
        Cap.close(handle);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoint e && e.handle.equals(handle);
    }

    @Override
    public int hashCode() {
        return handle.hashCode();
    }

    @Override
    public String toString() {
        return "Endpoint[" + handle + "]";
    }
}
