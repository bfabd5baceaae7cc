package os2.user.sh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import os2.user.prog.Os;
import os2.user.prog.SysError;

/**
 * A host that runs a few pretend programs in-process: echo, cat, fail (status 1), env
 * (prints $X), status N (exits N). Files are a map; the terminal is a string.
 */
final class FakeHost implements Host {
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();
    final Map<String, String> files = new HashMap<>();
    final Set<String> dirs = Set.of("/", "/bin", "/tmp", "/etc", "/tmp/sub");
    final List<List<Stage>> started = new ArrayList<>();
    final List<FakeJob> background = new ArrayList<>();

    static final class FakeJob implements Job {
        int status;
        boolean done;
        /** Its one pretend task's id: 100 + the order it was started in. */
        long id;

        FakeJob(int status, boolean done) {
            this.status = status;
            this.done = done;
        }

        @Override
        public List<Long> ids() {
            return List.of(id);
        }

        @Override
        public int await() {
            done = true;
            return status;
        }

        @Override
        public int poll() {
            return done ? status : -1;
        }
    }

    @Override
    public Job start(List<Stage> stages, String cwd, boolean bg) throws StartException {
        started.add(stages);
        String pipe = null;
        int status = 0;
        for (Stage s : stages) {
            String in = pipe == null ? "" : pipe;
            if (s.stdin() != null) {
                in = files.get(s.stdin());
                if (in == null) {
                    throw new StartException(s.stdin() + ": no such file", 1);
                }
            }
            String o;
            String e = "";
            if (s.program() == null) {
                o = new String(s.output(), StandardCharsets.UTF_8);
                e = new String(s.error(), StandardCharsets.UTF_8);
                status = s.status();
            } else {
                List<String> a = s.argv().subList(1, s.argv().size());
                status = 0;
                switch (s.program()) {
                    case "/bin/echo": o = String.join(" ", a) + "\n"; break;
                    case "/bin/cat": o = in; break;
                    case "/bin/env": o = s.env().getOrDefault("X", "(unset)") + "\n"; break;
                    case "/bin/status": o = ""; status = Integer.parseInt(a.get(0)); break;
                    default: o = ""; e = "fail\n"; status = 1; break;
                }
            }
            if (s.errToOut()) {
                o = o + e;
                e = "";
            }
            if (s.stderr() != null) {
                files.put(s.stderr(), (s.appendErr() ? files.getOrDefault(s.stderr(), "") : "") + e);
            } else {
                err.append(e);
            }
            if (s.stdout() != null) {
                files.put(s.stdout(), (s.appendOut() ? files.getOrDefault(s.stdout(), "") : "") + o);
                pipe = "";
            } else {
                pipe = o;
            }
        }
        out.append(pipe);
        FakeJob j = new FakeJob(status, !bg);
        j.id = 100 + started.size();
        if (bg) {
            background.add(j);
        }
        return j;
    }

    /** Kills the background jobs' pretend tasks by id (status 255, as TASK_KILL); the rest is unsupported. */
    @Override
    public Os os() {
        return new Os() {
            @Override
            public void kill(long id) throws SysError {
                for (FakeJob j : background) {
                    if (j.id == id && !j.done) {
                        j.done = true;
                        j.status = 255;
                        return;
                    }
                }
                throw new SysError(SysError.NO_PROCESS);
            }

            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public long wallMillis() {
                return UNKNOWN;
            }

            @Override
            public void sleep(long millis) {
            }
        };
    }

    @Override
    public boolean isDirectory(String path) {
        return dirs.contains(path);
    }

    @Override
    public boolean isProgram(String path) {
        return Set.of("/bin/echo", "/bin/cat", "/bin/fail", "/bin/env", "/bin/status").contains(path);
    }

    @Override
    public List<String> list(String dir) {
        List<String> names = new ArrayList<>();
        for (String p : new java.util.TreeSet<>(java.util.Set.of("/bin/echo", "/bin/cat", "/bin/fail", "/bin/env",
                "/bin/status", "/etc", "/tmp", "/bin", "/tmp/sub", "/etc/motd"))) {
            if (p.startsWith(dir.equals("/") ? "/" : dir + "/") && p.lastIndexOf('/') == (dir.equals("/") ? 0 : dir.length())) {
                names.add(p.substring(p.lastIndexOf('/') + 1));
            }
        }
        return names;
    }

    @Override
    public void out(String text) {
        out.append(text);
    }

    @Override
    public void err(String text) {
        err.append(text);
    }
}
