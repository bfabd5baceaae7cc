package os2.user;

import java.util.ArrayList;
import java.util.List;

/**
 * Starting a task: what it runs (a boot module, or an ELF image in memory), its
 * arguments, and exactly the capabilities it starts with (its grants, slot by slot in the
 * order given: there is no ambient authority, a child holds nothing else).
 * <pre>{@code
 * Task t = Spawn.module("worker.elf").args("7")
 *         .stdio()                                   // slots 0-3: console in/out/err, memory
 *         .empty()                                   // slot 4: no boot modules
 *         .move(channel.b().handle())                // slot 5: our end of nothing more
 *         .start();
 * }</pre>
 * A derived grant ({@link #grant}) gives the child a copy with the rights asked (never
 * more than ours; needs R_DUPLICATE); a moved one ({@link #move}) leaves this task (needs
 * R_TRANSFER). A grant of {@link Handle#NONE} leaves the slot empty.
 */
public final class Spawn {
    private final String name;
    private final Handle module;
    private final byte[] image;
    private long imageAddress;
    private long imageLength;
    private String[] args = new String[0];
    private final List<long[]> grants = new ArrayList<>();

    private Spawn(String name, Handle module, byte[] image) {
        this.name = name;
        this.module = module;
        this.image = image;
    }

    /** The boot module called name, opened through the task's modules capability (start slot 4). */
    public static Spawn module(String name) {
        return new Spawn(name, null, null);
    }

    /** A boot module already opened (a K_MODULE handle with R_EXEC). */
    public static Spawn module(String name, Handle module) {
        return new Spawn(name, module, null);
    }

    /** The ELF file image (e.g. read or built in memory), started with the task's memory capability; name is for messages. */
    public static Spawn image(String name, byte[] image) {
        return new Spawn(name, null, image);
    }

    /**
     * The ELF file image at address (length bytes) in a region this task owns (e.g. one the
     * file server moved to it: no copy into a Java array), started with the task's memory capability.
     */
    public static Spawn image(String name, long address, long length) {
        Spawn s = new Spawn(name, null, new byte[0]);
        s.imageAddress = address;
        s.imageLength = length;
        return s;
    }

    /** The child's argv. */
    public Spawn args(String... args) {
        this.args = args;
        return this;
    }

    /** The next slot: a copy of h with rights (& h's), h stays ours. NONE leaves the slot empty. */
    public Spawn grant(Handle h, long rights) {
        return add(h, rights, 0);
    }

    /** The next slot: h itself, moved to the child with every right it has. */
    public Spawn move(Handle h) {
        return add(h, Sys.R_ALL, Sys.G_MOVE);
    }

    /** The next slot stays empty (the zero handle). */
    public Spawn empty() {
        return add(Handle.NONE, 0, 0);
    }

    /**
     * Slots 0-3 as the conventions say: copies of our standard input, output and error and
     * of our memory capability (what a Java program needs to run); a slot we lack stays empty.
     */
    public Spawn stdio() {
        grant(Caps.stdin(), Sys.R_READ | Sys.R_WAIT | Sys.R_DUPLICATE | Sys.R_TRANSFER);
        grant(Caps.stdout(), Sys.R_WRITE | Sys.R_DUPLICATE | Sys.R_TRANSFER);
        grant(Caps.stderr(), Sys.R_WRITE | Sys.R_DUPLICATE | Sys.R_TRANSFER);
        return grant(Caps.memory(), Sys.R_ALLOC | Sys.R_DUPLICATE | Sys.R_TRANSFER);
    }

    private Spawn add(Handle h, long rights, long flags) {
        if (grants.size() == Sys.SPAWN_GRANTS) {
            throw new IllegalArgumentException("more than " + Sys.SPAWN_GRANTS + " start capabilities");
        }
        grants.add(new long[] {h.lo(), h.hi(), h.isNone() ? 0 : rights, flags});
        return this;
    }

    /** Starts the task: its handle (R_WAIT, R_KILL, R_TRANSFER, R_DUPLICATE). */
    public Task start() {
        long[] g = new long[4 * Math.max(1, grants.size())];
        for (int i = 0; i < grants.size(); i++) {
            System.arraycopy(grants.get(i), 0, g, 4 * i, 4);
        }
        byte[] a = Args.encode(args);
        long[] out = new long[2];
        long[] req = {image == null ? 0 : imageAddress != 0 ? imageAddress : Sys.addr(image),
            image == null ? 0 : imageAddress != 0 ? imageLength : image.length,
            a.length == 0 ? 0 : Sys.addr(a), a.length, grants.isEmpty() ? 0 : Sys.addr(g), grants.size(), Sys.addr(out)};
        Handle via = image != null ? Caps.require(Caps.MEMORY, "memory") : module;
        boolean opened = false;
        if (via == null) {
            via = Modules.open(name);
            opened = true;
        }
        try {
            Sys.check(Sys.spawn(via.lo(), via.hi(), req), "SPAWN " + name);
        } finally {
            if (opened) {
                Cap.close(via);
            }
        }
        return new Task(Handle.at(out, 0), name);
    }
}
