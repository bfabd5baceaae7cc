package os2.user.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import os2.user.Cap;
import os2.user.Caps;
import os2.user.Channel;
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
import os2.user.fs.Dir;
import os2.user.fs.FsException;
import os2.user.fs.FsProto;

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
 *     (slot 6: open sockets that connect and listen; docs/NETWORK.md);</li>
 * <li>{@code fsd}: the file server: it also gets the boot modules (slot 4) and, in slot 5,
 *     its end of a new channel whose other end init keeps as the root directory (docs/FILES.md);</li>
 * <li>{@code fs}: it also gets console input (slot 0), the system statistics (slot 5, read)
 *     and its own endpoint to the root directory (slot 7), cloned from init's (the shell);</li>
 * <li>{@code status}: init's exit status is this entry's (what {@code ./os2 run -- CMD} reports).</li>
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
            boolean net, boolean fsd, boolean fs, boolean status) {
        String name() {
            return image ? module + " (image)" : module;
        }
    }

    private final List<Entry> entries;
    private final List<Task> services = new ArrayList<>();
    private boolean stopping;
    private int failedToStart;
    /** The root directory: init's end of the file server's first channel (an fsd entry made it). */
    private Dir root;
    /** The exit status of the entry marked status, or -1. */
    private int entryStatus = -1;

    private Init(List<Entry> entries) {
        this.entries = entries;
    }

    /** -q: report only failures (a boot into the shell shows the shell, not init's chatter). */
    private static boolean quiet;

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("-q")) {
            quiet = true;
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        Init init = new Init(parse(args.length == 0 ? DEMO : args));
        EventLoop.start(() -> init.entry(0));
        say("init: done, " + init.failedToStart + " entries could not start");
        System.exit(init.failedToStart == 0 && init.entryStatus >= 0 ? init.entryStatus : init.failedToStart);
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
            boolean fsd = false, fs = false, status = false;
            if (colon >= 0) {
                for (String o : head.substring(0, colon).split("\\+")) {
                    switch (o) {
                        case "restart": restart = true; break;
                        case "modules": modules = true; break;
                        case "input": input = true; break;
                        case "image": image = true; break;
                        case "net": net = true; break;
                        case "fsd": fsd = true; break;
                        case "fs": fs = true; break;
                        case "status": status = true; break;
                        default: throw new IllegalArgumentException("init: unknown option '" + o + "' in " + head);
                    }
                }
            }
            if (module.isEmpty()) {
                throw new IllegalArgumentException("init: no module in " + head);
            }
            out.add(new Entry(module, Arrays.copyOfRange(args, start + 1, i), restart, modules, input, image,
                    net, fsd, fs, status));
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
                    say("init: stopping " + t.name());
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
            say("init: " + e.name() + " exited with status " + status);
            t.close();
            if (e.status()) {
                entryStatus = status;
            }
            return Result.now(() -> entry(i + 1));
        });
    }

    /** A service ended: report, and start it again if it failed and may still be restarted. */
    private Result serviceEnded(Entry e, Task t, int status, int restarts) {
        if (stopping) {
            say("init: " + e.name() + " exited with status " + status);
        } else {
            System.out.println("init: " + e.name() + " exited with status " + status);
        }
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

    private static void say(String line) {
        if (!quiet) {
            System.out.println(line);
        }
    }

    /** Starts e with exactly the capabilities it is due; null (reported) if it cannot start. */
    private Task start(Entry e) {
        say("init: spawning " + e.name());
        Handle rootCopy = Handle.NONE;
        Channel served = null;
        try {
            Spawn s = e.image() ? Spawn.image(e.module(), Modules.read(e.module())) : Spawn.module(e.module());
            long out = Sys.R_WRITE | Sys.R_DUPLICATE | Sys.R_TRANSFER;
            if (e.fs()) {
                if (root == null) {
                    throw new SysException("no file server (an fsd entry must come first)", Sys.E_NOENT);
                }
                rootCopy = root.cloneWith(FsProto.RIGHTS_ALL).handle();
            }
            if (e.fsd()) {
                served = Channel.create();
            }
            s.args(e.args())
                    .grant(e.input() || e.fs() ? Caps.stdin() : Handle.NONE, Sys.R_READ | Sys.R_WAIT | Sys.R_DUPLICATE)
                    .grant(Caps.stdout(), out)
                    .grant(Caps.stderr(), out)
                    .grant(Caps.memory(), Sys.R_ALLOC | Sys.R_DUPLICATE | Sys.R_TRANSFER)
                    .grant(e.modules() || e.fsd() ? Caps.modules() : Handle.NONE, Sys.R_READ | Sys.R_EXEC | Sys.R_DUPLICATE);
            if (e.fsd()) {
                s.move(served.b().handle());
            } else {
                s.grant(e.net() || e.fs() ? Caps.slot(Caps.SYSTEM) : Handle.NONE, Sys.R_READ | Sys.R_DUPLICATE);
            }
            s.grant(e.net() ? Caps.slot(Caps.NETWORK) : Handle.NONE, Sys.R_CONNECT | Sys.R_LISTEN | Sys.R_DUPLICATE);
            if (e.fs()) {
                s.move(rootCopy);
            }
            Task t = s.start();
            if (served != null) {
                if (root != null) {
                    root.close();   // the old server's channel (a restarted fsd starts afresh)
                }
                root = new Dir(served.a().handle());
            }
            if (e.restart()) {
                services.add(t);
            }
            return t;
        } catch (SysException | FsException x) {
            System.out.println("init: cannot start " + e.name() + ": " + x.getMessage());
            if (!rootCopy.isNone()) {
                Cap.close(rootCopy);
            }
            if (served != null) {
                served.a().close();
                served.b().close();
            }
            failedToStart++;
            return null;
        }
    }
}
