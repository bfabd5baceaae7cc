package os2.user.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import os2.user.Caps;
import os2.user.Continuation;
import os2.user.EventLoop;
import os2.user.Handle;
import os2.user.Modules;
import os2.user.Result;
import os2.user.Spawn;
import os2.user.Successor;
import os2.user.Sys;
import os2.user.SysException;
import os2.user.Task;

/**
 * The init program: starts programs from the boot modules as its arguments say, gives
 * each only the capabilities it needs, reports every exit status, and restarts services
 * that fail. Arguments: entries separated by a {@code ;} word,
 * <pre>  [OPTION+OPTION...:]MODULE [ARG...] ; ...</pre>
 * An entry without {@code restart} runs in the foreground: init waits for it to end
 * before it starts the next entry. Options:
 * <ul>
 * <li>{@code restart}: a service, started in the background (init goes on with the next
 *     entry at once); when it ends with a status other than 0 it is started again, at most
 *     {@value #RESTARTS} times, then init gives up on it;</li>
 * <li>{@code modules}: the program also gets the boot modules (start slot 4: it may start
 *     programs itself);</li>
 * <li>{@code input}: it also gets console input (slot 0);</li>
 * <li>{@code image}: init reads the module into memory and starts it from there;</li>
 * <li>{@code net}: it also gets the system statistics (slot 5, read) and the network
 *     (slot 6: open sockets that connect and listen; docs/NETWORK.md).</li>
 * </ul>
 * Every program gets console output and error (slots 1, 2) and a memory capability
 * (slot 3: a Java program needs it for its heap); nothing else. Init exits once every
 * foreground entry is done (stopping the services still running), or, with services only,
 * once every service has ended for good; its status is the number of entries that could
 * not be started. Without arguments it runs {@link #DEMO}, the demo programs' tour.
 * Example: {@code init.elf restart:server.elf 8080 ; modules:spawner.elf exit.elf 3}.
 */
public final class Init {
    /** How often a failing service is started again before init gives up on it. */
    static final int RESTARTS = 3;
    /** The demos, as init arguments (the words QEMU's command line could not carry: spaces, empty ones). */
    static final String[] DEMO = {"echo.elf", "one", "two words", "", "\u00e9t\u00e9", ";", "exit.elf", "7", ";",
        "throw.elf", "from init", ";", "modules:spawner.elf", "exit.elf", "3", ";", "sleeper.elf", "20", ";",
        "modules:eventdemo.elf", "sleeper.elf", ";", "echo-c.elf", "x", "y", "z", ";", "image:echo.elf", "from", "memory"};

    /** One entry of the arguments. */
    record Entry(String module, String[] args, boolean restart, boolean modules, boolean input, boolean image,
            boolean net) {
        String name() {
            return image ? module + " (image)" : module;
        }
    }

    private final List<Entry> entries;
    private final List<Task> services = new ArrayList<>();
    private boolean stopping;
    private int failedToStart;

    private Init(List<Entry> entries) {
        this.entries = entries;
    }

    public static void main(String[] args) {
        Init init = new Init(parse(args.length == 0 ? DEMO : args));
        EventLoop.start(() -> init.entry(0));
        System.out.println("init: done, " + init.failedToStart + " entries could not start");
        System.exit(init.failedToStart);
    }

    /** The entries of args (see the class comment); an entry without a module is an error. */
    static List<Entry> parse(String[] args) {
        List<Entry> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= args.length; i++) {
            if (i < args.length && !args[i].equals(";")) {
                continue;
            }
            if (i == start) {
                throw new IllegalArgumentException("init: an empty entry at argument " + i);
            }
            String head = args[start];
            int colon = head.indexOf(':');
            String module = head.substring(colon + 1);
            boolean restart = false, modules = false, input = false, image = false, net = false;
            if (colon >= 0) {
                for (String o : head.substring(0, colon).split("\\+")) {
                    switch (o) {
                        case "restart": restart = true; break;
                        case "modules": modules = true; break;
                        case "input": input = true; break;
                        case "image": image = true; break;
                        case "net": net = true; break;
                        default: throw new IllegalArgumentException("init: unknown option '" + o + "' in " + head);
                    }
                }
            }
            if (module.isEmpty()) {
                throw new IllegalArgumentException("init: no module in " + head);
            }
            out.add(new Entry(module, Arrays.copyOfRange(args, start + 1, i), restart, modules, input, image,
                    net));
            start = i + 1;
        }
        return out;
    }

    /** Starts entry i (and, for a service, goes on with i + 1 at once); past the last one, stops the services. */
    private Result entry(int i) {
        if (i == entries.size()) {
            boolean foreground = false;
            for (Entry e : entries) {
                foreground |= !e.restart();
            }
            if (foreground) {   // the work is done: services stop with it
                stopping = true;
                for (Task t : services) {
                    System.out.println("init: stopping " + t.name());
                    t.kill();
                }
            }
            return Result.done();
        }
        Entry e = entries.get(i);
        Task t = start(e);
        if (t == null) {
            return Result.now(() -> entry(i + 1));
        }
        if (e.restart()) {
            return Result.all(new Successor.TaskExit(t, status -> serviceEnded(e, t, status, 0)),
                    new Successor.Now(() -> entry(i + 1)));
        }
        return Result.taskExit(t, status -> {
            System.out.println("init: " + e.name() + " exited with status " + status);
            t.close();
            return Result.now(() -> entry(i + 1));
        });
    }

    /** A service ended: report, and start it again if it failed and may still be restarted. */
    private Result serviceEnded(Entry e, Task t, int status, int restarts) {
        System.out.println("init: " + e.name() + " exited with status " + status);
        services.remove(t);
        t.close();
        if (stopping || status == 0) {
            return Result.done();
        }
        if (restarts == RESTARTS) {
            System.out.println("init: " + e.name() + " failed " + (restarts + 1) + " times, giving up");
            return Result.done();
        }
        System.out.println("init: restarting " + e.name() + " (restart " + (restarts + 1) + " of " + RESTARTS + ")");
        Task again = start(e);
        if (again == null) {
            return Result.done();
        }
        Continuation.OnExit next = s -> serviceEnded(e, again, s, restarts + 1);
        return Result.taskExit(again, next);
    }

    /** Starts e with exactly the capabilities it is due; null (reported) if it cannot start. */
    private Task start(Entry e) {
        System.out.println("init: spawning " + e.name());
        try {
            Spawn s = e.image() ? Spawn.image(e.module(), Modules.read(e.module())) : Spawn.module(e.module());
            long out = Sys.R_WRITE | Sys.R_DUPLICATE | Sys.R_TRANSFER;
            s.args(e.args())
                    .grant(e.input() ? Caps.stdin() : Handle.NONE, Sys.R_READ | Sys.R_WAIT | Sys.R_DUPLICATE)
                    .grant(Caps.stdout(), out)
                    .grant(Caps.stderr(), out)
                    .grant(Caps.memory(), Sys.R_ALLOC | Sys.R_DUPLICATE | Sys.R_TRANSFER)
                    .grant(e.modules() ? Caps.modules() : Handle.NONE, Sys.R_READ | Sys.R_EXEC | Sys.R_DUPLICATE)
                    .grant(e.net() ? Caps.slot(Caps.SYSTEM) : Handle.NONE, Sys.R_READ | Sys.R_DUPLICATE)
                    .grant(e.net() ? Caps.slot(Caps.NETWORK) : Handle.NONE,
                            Sys.R_CONNECT | Sys.R_LISTEN | Sys.R_DUPLICATE);
            Task t = s.start();
            if (e.restart()) {
                services.add(t);
            }
            return t;
        } catch (SysException x) {
            System.out.println("init: cannot start " + e.name() + ": " + x.getMessage());
            failedToStart++;
            return null;
        }
    }
}
