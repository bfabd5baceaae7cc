package os2.kernel.task;

import os2.kernel.cap.CapGroup;
import os2.kernel.cap.CapTable;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.ipc.Endpoint;
import os2.kernel.mem.Region;

/**
 * What capabilities going away means for the objects behind them: a region copy's
 * holder loses its mappings; a region's original takes the region (its frames go back
 * to the allocator, wherever they are: in the home's table or parked in flight); an
 * endpoint's original closes the endpoint (the peer sees it); a group's original
 * closes its members. A task outlives its handles (closing one does not kill it).
 */
final class CapHooks implements Capability.Hooks {
    @Override
    public void dropped(Capability c, CapTable table) {
        if (c.kind == Kind.REGION && !c.original) {
            Handles.dropSharer((Task) table.owner, (Region) c.object);
        } else if (c.kind == Kind.CHANNEL || c.kind == Kind.GROUP) {
            ChannelSweep.request();   // it may have been the last way to receive somewhere
        }
    }

    @Override
    public void destroyed(Capability c) {
        switch (c.kind) {
            case Kind.REGION:
                freeRegion((Region) c.object, (long[]) c.inFlight);
                c.inFlight = null;
                break;
            case Kind.CHANNEL:
                ((Endpoint) c.object).close();
                ChannelSweep.request();
                break;
            case Kind.GROUP:
                CapGroup.closeMembers(c);
                ChannelSweep.request();
                break;
            case Kind.SOCKET:
                ((os2.kernel.sock.NetSocket) c.object).close();
                break;
            default:
                break;   // tasks, modules and the kernel's singletons outlive their capabilities
        }
    }

    /** The region's frames back to the allocator, its range back to the address space. */
    private static void freeRegion(Region r, long[] parked) {
        Task home = (Task) r.owner;
        if (home != null) {
            Tasks.freeRegion(home, r);
        } else {
            for (int i = 0; parked != null && i < parked.length; i += 2) {
                Tasks.frames().free(parked[i + 1], 0);
            }
            Tasks.space().release(r);
        }
        r.owner = null;
        r.home = null;
        r.pager = null;
        Pager.forget(r);
    }
}
