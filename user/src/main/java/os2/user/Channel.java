package os2.user;

/**
 * A channel: two endpoints, each a capability; what one sends the other receives, in
 * order, at most 64 messages queued. Hand one endpoint to another task (in a grant or a
 * message) to talk to it. A message carries up to {@link Sys#MSG_BYTES} bytes and up to
 * {@link Sys#MSG_CAPS} capabilities, which move (a region moves zero-copy).
 */
public record Channel(Endpoint a, Endpoint b) {
    /** A new channel, allocated with memory capability memory. */
    public static Channel create(Handle memory) {
        long[] out = new long[4];
        Sys.check(Sys.channelCreate(memory.lo(), memory.hi(), out), "CHANNEL_CREATE");
        return new Channel(new Endpoint(Handle.at(out, 0)), new Endpoint(Handle.at(out, 1)));
    }

    /** A new channel with the task's memory capability (start slot 3). */
    public static Channel create() {
        return create(Caps.require(Caps.MEMORY, "memory"));
    }
}
