package os2.user.fs;

import java.util.ArrayList;
import java.util.List;
import os2.rt.Mem;
import os2.user.Cap;
import os2.user.Caps;
import os2.user.Channel;
import os2.user.Endpoint;
import os2.user.Handle;
import os2.user.Message;
import os2.user.Modules;
import os2.user.Region;
import os2.user.Sys;

/**
 * The file-system server task (docs/FILES.md): mounts the initial archive (the boot module
 * {@value #ARCHIVE}) read-only at "/" and a RAM file system at "/tmp", and serves
 * {@link FsServer}'s requests over channels: every open directory or file is one endpoint
 * whose peer a client holds. Start slots: 3 memory, 4 boot modules, {@link #SLOT_ROOT} the
 * server's end of the first channel, whose other end is a root directory with every right
 * (init keeps it and hands out clones).
 */
public final class Fsd {
    /** The boot module holding the archive. */
    public static final String ARCHIVE = "initrd.cpio";
    /** Start slot of the server's end of the root channel. */
    public static final int SLOT_ROOT = 5;
    /** Most open objects (WAIT takes at most WAIT_MAX events: one per endpoint). */
    static final int MAX_OBJECTS = Sys.WAIT_MAX;

    private final FsServer server;
    private final List<Endpoint> ends = new ArrayList<>();
    private final List<FsServer.Obj> objs = new ArrayList<>();

    private Fsd(FsServer server) {
        this.server = server;
    }

    public static void main(String[] args) throws CpioException {
        FsServer server = new FsServer();
        byte[] archive = Modules.read(ARCHIVE);
        List<Cpio.Entry> entries = Cpio.read(archive);
        server.mountArchive(entries);
        server.mountRam("tmp");
        Fsd d = new Fsd(server);
        d.add(new Endpoint(Caps.require(SLOT_ROOT, "root channel")), server.rootObject(FsProto.RIGHTS_ALL));
        d.serve();
    }

    private void add(Endpoint e, FsServer.Obj o) {
        ends.add(e);
        objs.add(o);
    }

    private void drop(int i) {
        ends.get(i).close();
        ends.remove(i);
        objs.remove(i);
    }

    /** Waits for a request on any endpoint, answers it; ends when no client holds anything. */
    private void serve() {
        long[] ev = new long[Sys.WAIT_MAX * Sys.EVENT_LONGS];
        int next = 0;   // where the scan starts: every endpoint gets its turn
        while (!ends.isEmpty()) {
            int n = ends.size();
            for (int k = 0; k < n; k++) {
                Handle h = ends.get((next + k) % n).handle();
                ev[4 * k] = Sys.EV_MESSAGE;
                ev[4 * k + 1] = h.lo();
                ev[4 * k + 2] = h.hi();
                ev[4 * k + 3] = 0;
            }
            int fired = (int) Sys.check(Sys.waitEvents(ev, n), "WAIT");
            int i = (next + fired) % n;
            next = (i + 1) % n;
            Message m = ends.get(i).poll();
            if (m == null) {   // the peer is gone and nothing is queued: the client closed it
                drop(i);
                continue;
            }
            for (Handle c : m.caps()) {
                Cap.close(c);   // requests carry no capabilities
            }
            answer(i, server.handle(objs.get(i), m.bytes()));
        }
    }

    private void answer(int i, FsServer.Answer a) {
        Endpoint e = ends.get(i);
        long r;
        if (a.opened() != null) {
            if (ends.size() >= MAX_OBJECTS) {
                r = e.trySend(new FsProto.Writer().u32(FsProto.EMFILE).finish());
            } else {
                Channel c = Channel.create();
                r = e.trySend(a.bytes(), c.b().handle());
                if (r == 0) {
                    add(c.a(), a.opened());
                } else {
                    c.a().close();
                    c.b().close();
                }
            }
        } else if (a.regionOf() != null && a.regionLength() > 0) {
            Region reg = Region.allocate(a.regionLength(), Sys.R | Sys.W);
            Mem.copy(reg.base(), Mem.arrayData(a.regionOf().data) + a.regionOffset(), a.regionLength());
            r = e.trySend(a.bytes(), reg.handle());
            if (r != 0) {
                reg.close();
            }
        } else {
            r = e.trySend(a.bytes());
        }
        if (r != 0 && r != Sys.E_PEER) {
            // a client that leaves its answers unread (64 queued) loses this object
            drop(ends.indexOf(e));
        }
    }
}
