package os2.user.sh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import os2.user.Cap;
import os2.user.Caps;
import os2.user.Channel;
import os2.user.Console;
import os2.user.Endpoint;
import os2.user.Handle;
import os2.user.Spawn;
import os2.user.Sys;
import os2.user.SysException;
import os2.user.Task;
import os2.user.fs.Dir;
import os2.user.fs.File;
import os2.user.fs.Fs;
import os2.user.fs.FsException;
import os2.user.fs.FsObject;
import os2.user.fs.FsProto;
import os2.user.prog.Os;
import os2.user.prog.OsSystem;

/**
 * The shell's host on OS2: a pipeline is tasks connected by channels. Each program is read
 * from the file server into a region (one message: {@link File#readRegion}) and SPAWNed from
 * it; it gets exactly (docs/SHELL.md): its standard streams (slots 0-2: pipe endpoints, the
 * console's output, or a channel the shell feeds from the console), a memory capability (3),
 * the system statistics (5, read only), its own endpoints to the root and working directory
 * (7, 8), the start message with its environment (9) and the files of its redirections (10-12).
 *
 * <p>The shell alone reads the console: while a foreground job runs it forwards typed lines
 * to the job's standard input (echoing them: a cooked terminal), Ctrl-D closes that input,
 * and Ctrl-C kills every task of the job (status 130).
 */
public final class OsHost implements Host {
    /** $? of a job ended by Ctrl-C (128 + SIGINT, as POSIX shells say). */
    static final int STATUS_INTERRUPTED = 130;
    /** Statuses of a task the kernel ended for a CPU fault: 128 + the vector. */
    static final int FAULT_BASE = 128;
    static final int FAULT_VECTORS = 32;
    static final byte CTRL_C = 0x03;

    private final Fs fs;
    private final Handle in = Caps.stdin();
    private final Handle out = Caps.stdout();
    private final Handle err = Caps.stderr();
    /** Program images already read, by node id and size (read-only files only: they cannot change). */
    private final Map<String, File.Bytes> images = new HashMap<>();
    /** The tasks of the jobs still running, by id: the handles the kill builtin may use. */
    private final Map<Long, Handle> running = new HashMap<>();

    public OsHost(Fs fs) {
        this.fs = fs;
    }

    @Override
    public Job start(List<Stage> stages, String cwd, boolean background) throws StartException {
        List<Handle> owned = new ArrayList<>();   // ours to close if the start fails
        List<Task> tasks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Endpoint feed = null;
        Handle pipeIn = Handle.NONE;   // the read end for the next stage
        try {
            for (int i = 0; i < stages.size(); i++) {
                Stage s = stages.get(i);
                boolean last = i == stages.size() - 1;
                Channel pipe = last ? null : Channel.create();
                if (pipe != null) {
                    owned.add(pipe.a().handle());
                    owned.add(pipe.b().handle());
                }
                if (s.program() == null) {   // a builtin: deliver its bytes
                    deliver(s, pipe, cwd);
                    if (pipe != null) {
                        pipe.a().close();
                        owned.remove(pipe.a().handle());
                    }
                } else {
                    Handle stdin = pipeIn;
                    if (i == 0 && s.stdin() == null && !background && terminal()) {
                        Channel c = Channel.create();
                        feed = c.a();
                        stdin = c.b().handle();
                        owned.add(stdin);
                    } else if (i == 0 && s.stdin() == null && !background && !in.isNone()) {
                        // a shell whose input is a pipe (a script in a pipeline): the program shares it
                        stdin = Cap.derive(in, Sys.R_READ | Sys.R_WAIT | Sys.R_TRANSFER | Sys.R_DUPLICATE);
                        owned.add(stdin);
                    }
                    tasks.add(spawn(s, cwd, stdin, pipe == null ? Handle.NONE : pipe.a().handle(), owned));
                    names.add(os2.user.fs.Path.name(s.program()));
                    if (pipe != null) {
                        owned.remove(pipe.a().handle());   // moved to the child
                    }
                    owned.remove(stdin);
                }
                if (!pipeIn.isNone() && owned.contains(pipeIn)) {
                    Cap.close(pipeIn);   // a builtin's stage had no use for it
                    owned.remove(pipeIn);
                }
                pipeIn = pipe == null ? Handle.NONE : pipe.b().handle();
            }
        } catch (StartException e) {
            for (Task t : tasks) {
                t.kill();
                t.close();
            }
            for (Handle h : owned) {
                Cap.close(h);
            }
            if (feed != null) {
                feed.close();
            }
            throw e;
        }
        int builtinStatus = stages.get(stages.size() - 1).program() == null ? stages.get(stages.size() - 1).status() : -1;
        return new OsJob(tasks, names, feed, background || !terminal(), builtinStatus, running);
    }

    /** A builtin's output and error: to the next stage's pipe, a redirection or the console. */
    private void deliver(Stage s, Channel pipe, String cwd) throws StartException {
        byte[] o = s.output();
        byte[] e = s.error();
        if (s.errToOut()) {
            o = concat(o, e);
            e = new byte[0];
        }
        if (s.stdout() != null) {
            writeFile(s.stdout(), s.appendOut(), o);
        } else if (pipe != null) {
            pipe.a().write(o);
        } else {
            Console.write(out, o);
        }
        if (s.stderr() != null) {
            writeFile(s.stderr(), s.appendErr(), e);
        } else {
            Console.write(err, e);
        }
    }

    private void writeFile(String path, boolean append, byte[] b) throws StartException {
        try (File f = fs.create(path, !append)) {
            f.write(FsProto.APPEND_OFFSET, b, 0, b.length);
        } catch (FsException x) {
            throw new StartException(path + ": " + x.getMessage(), 1);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** Starts one program stage with exactly its capabilities; stdin and stdout handles are moved to it. */
    private Task spawn(Stage s, String cwd, Handle stdin, Handle stdout, List<Handle> owned) throws StartException {
        String name = os2.user.fs.Path.name(s.program());
        File.Bytes image = image(s.program());
        boolean noFiles = "none".equals(s.env().get("FILES"));   // FILES=none cmd: no directory capabilities
        List<FsObject> mine = new ArrayList<>();
        try {
            Handle root = noFiles || fs.root() == null ? Handle.NONE : keep(mine, fs.root().cloneWith(FsProto.RIGHTS_ALL));
            Handle dir = noFiles ? Handle.NONE : keep(mine, fs.openDir(cwd, true));
            Handle inFile = s.stdin() == null ? Handle.NONE : keep(mine, openIn(s.stdin()));
            Handle outFile = s.stdout() == null ? Handle.NONE : keep(mine, openOut(s.stdout(), s.appendOut()));
            Handle errFile = Handle.NONE;
            if (s.errToOut() && !outFile.isNone()) {
                errFile = keep(mine, new File(outFile).cloneWith(FsProto.RIGHT_WRITE));
            } else if (s.stderr() != null) {
                errFile = keep(mine, openOut(s.stderr(), s.appendErr()));
            }
            Channel start = Channel.create();
            start.a().send(Start.encode(s.env()));
            start.a().close();
            long w = Sys.R_WRITE | Sys.R_DUPLICATE | Sys.R_TRANSFER;
            boolean pipeOut = !stdout.isNone() && outFile.isNone();
            boolean errToPipe = pipeOut && s.errToOut() && errFile.isNone();
            Spawn sp = Spawn.image(name, image.region().base(), image.length()).args(s.argv().toArray(new String[0]));
            if (stdin.isNone() || !inFile.isNone()) {
                sp.empty();
            } else {
                sp.move(stdin);
            }
            if (!outFile.isNone()) {
                sp.empty();
            } else if (errToPipe) {
                sp.grant(stdout, w);   // a copy: stderr gets another
            } else if (pipeOut) {
                sp.move(stdout);
            } else {
                sp.grant(out, w);
            }
            if (!errFile.isNone()) {
                sp.empty();
            } else if (errToPipe) {
                sp.grant(stdout, w);
            } else {
                sp.grant(s.errToOut() && outFile.isNone() ? out : err, w);
            }
            sp.grant(Caps.memory(), Sys.R_ALLOC | Sys.R_DUPLICATE | Sys.R_TRANSFER)
                    .empty()
                    .grant(Caps.slot(Caps.SYSTEM), Sys.R_READ | Sys.R_DUPLICATE)
                    .empty();
            moveOrEmpty(sp, root);
            moveOrEmpty(sp, dir);
            sp.move(start.b().handle());
            moveOrEmpty(sp, inFile);
            moveOrEmpty(sp, outFile);
            moveOrEmpty(sp, errFile);
            Task t = sp.start();
            // what was granted as copies (or not at all) is ours to drop: the child holds its own
            if (!stdin.isNone() && !inFile.isNone()) {
                Cap.close(stdin);
            }
            if (!stdout.isNone() && (errToPipe || !outFile.isNone())) {
                Cap.close(stdout);
            }
            return t;
        } catch (FsException x) {
            for (FsObject o : mine) {
                o.close();
            }
            throw new StartException(cwd + ": " + x.getMessage(), 1);
        } catch (StartException x) {
            for (FsObject o : mine) {
                o.close();
            }
            throw x;
        } catch (SysException x) {
            for (FsObject o : mine) {
                o.close();
            }
            throw new StartException(name + ": cannot start: " + x.getMessage(), 126);
        }
    }

    private static void moveOrEmpty(Spawn sp, Handle h) {
        if (h.isNone()) {
            sp.empty();
        } else {
            sp.move(h);
        }
    }

    private static Handle keep(List<FsObject> mine, FsObject o) {
        mine.add(o);
        return o.handle();
    }

    private FsObject openIn(String path) throws StartException {
        try {
            return fs.openFile(path);
        } catch (FsException x) {
            throw new StartException(path + ": " + x.getMessage(), 1);
        }
    }

    private FsObject openOut(String path, boolean append) throws StartException {
        try {
            return fs.create(path, !append);
        } catch (FsException x) {
            throw new StartException(path + ": " + x.getMessage(), 1);
        }
    }

    /** The program file's bytes in a region (cached for read-only files). */
    private File.Bytes image(String path) throws StartException {
        try {
            FsObject.Info info = fs.stat(path);
            if (info.isDirectory()) {
                throw new StartException(path + ": Is a directory", 126);
            }
            String key = info.id() + ":" + info.size();
            boolean cacheable = (info.mode() & 0222) == 0;
            File.Bytes b = cacheable ? images.get(key) : null;
            if (b == null) {
                try (File f = fs.openFile(path)) {
                    b = f.readRegion(0, info.size());
                }
                if (b == null) {
                    throw new StartException(path + ": empty file", 126);
                }
                if (cacheable) {
                    images.put(key, b);
                }
            }
            return b;
        } catch (FsException x) {
            throw new StartException(path + ": " + x.getMessage(), x.code() == FsProto.ENOENT ? 127 : 126);
        }
    }

    @Override
    public boolean isDirectory(String path) {
        try {
            return fs.stat(path).isDirectory();
        } catch (FsException e) {
            return false;
        }
    }

    @Override
    public boolean isProgram(String path) {
        try {
            FsObject.Info i = fs.stat(path);
            return !i.isDirectory() && (i.mode() & 0111) != 0;
        } catch (FsException e) {
            return false;
        }
    }

    @Override
    public List<String> list(String dir) {
        List<String> names = new ArrayList<>();
        try {
            for (Dir.Entry e : fs.list(dir)) {
                names.add(e.name());
            }
        } catch (FsException e) {
            // unreadable: no candidates
        }
        return names;
    }

    /** The system statistics (slot 5) and the handles of the jobs' tasks: ps, mem and kill by id. */
    @Override
    public Os os() {
        return new OsSystem(Caps.slot(Caps.SYSTEM), running);
    }

    @Override
    public void out(String text) {
        Console.write(out, utf8(text));
    }

    @Override
    public void err(String text) {
        Console.write(err, utf8(text));
    }

    static byte[] utf8(String s) {
        return FsProto.utf8(s);
    }

    private int terminal = -1;

    /** True if the shell's standard input is the console (then it forwards keys and sees Ctrl-C). */
    boolean terminal() {
        if (terminal < 0) {
            terminal = !in.isNone() && Cap.info(in).kind() == Sys.K_CONSOLE ? 1 : 0;
        }
        return terminal == 1;
    }
}
