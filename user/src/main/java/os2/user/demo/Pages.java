package os2.user.demo;

import os2.user.Caps;
import os2.user.Channel;
import os2.user.Endpoint;
import os2.user.EventLoop;
import os2.user.Message;
import os2.user.Region;
import os2.user.Result;
import os2.user.Spawn;
import os2.user.Successor;
import os2.user.Sys;
import os2.user.Task;

/**
 * The process model by example (docs/CAPABILITIES.md): a parent spawns a child with
 * exactly the capabilities it needs (console, memory, one end of a channel, a region),
 * the child writes into the region's pages and sends them back, and the parent reads
 * them at the same address. No byte is copied: the pages move between page tables.
 * Run as {@code pages.elf} (the parent, needing the boot modules) with module pages.elf.
 */
public final class Pages {
    static final int PAGES = 4;

    private Pages() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("child")) {
            child();
        } else {
            parent();
        }
    }

    static void parent() {
        Channel channel = Channel.create();
        Region buffer = Region.allocate(PAGES * 4096L, Sys.R | Sys.W);
        long base = buffer.base();
        Task child = Spawn.module("pages.elf").args("child")
                .stdio()                          // slots 0-3: console in, out, err, memory
                .empty()                          // slot 4: no boot modules
                .move(channel.b().handle())       // slot 5: the child's end of the channel
                .move(buffer.handle())            // slot 6: the region itself (it leaves us)
                .start();
        Endpoint mine = channel.a();
        // Two continuations wait at once (a fork); each carries the capabilities it needs.
        EventLoop.start(() -> Result.all(
                new Successor.Message(mine, m -> {
                    Region back = Region.of(m.cap(0));   // the pages are ours again
                    System.out.println("parent: " + back.size() / 4096 + " pages back at 0x"
                            + Long.toHexString(back.base()) + (back.base() == base ? ", the address they left from"
                            : ", ANOTHER address"));
                    for (int p = 0; p < PAGES; p++) {
                        System.out.println("parent: page " + p + " says \"" + text(back, p * 4096L) + "\"");
                    }
                    back.close();                        // frees the region
                    mine.close();
                    return Result.done();
                }),
                new Successor.TaskExit(child, status -> {
                    System.out.println("parent: the child exited with status " + status);
                    child.close();
                    return Result.done();
                })));
    }

    static void child() {
        Endpoint parent = new Endpoint(Caps.require(5, "channel"));
        Region pages = Region.of(Caps.require(6, "region"));
        for (int p = 0; p < PAGES; p++) {
            put(pages, p * 4096L, "page " + p + ", written by the child");
        }
        parent.send(Message.words(pages.base()), pages.handle());   // moved: we can no longer touch them
        System.out.println("child: sent " + PAGES + " pages back");
    }

    /** Writes s as bytes and a NUL at offset off of r. */
    static void put(Region r, long off, String s) {
        for (int i = 0; i < s.length(); i++) {
            r.put8(off + i, (byte) s.charAt(i));
        }
        r.put8(off + s.length(), (byte) 0);
    }

    /** The NUL-terminated text at offset off of r. */
    static String text(Region r, long off) {
        StringBuilder b = new StringBuilder();
        for (byte c; (c = r.get8(off + b.length())) != 0; ) {
            b.append((char) c);
        }
        return b.toString();
    }
}
