package os2.user.sh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import os2.user.fs.Path;

/** Runs one pipeline for a {@link Shell}: expands words, runs builtins, resolves programs, starts the rest on the host. */
final class Runner {
    private final Shell sh;

    Runner(Shell sh) {
        this.sh = sh;
    }

    /** Thrown to abandon a pipeline with one message and a status. */
    private static final class Failure extends Exception {
        final int status;

        Failure(String message, int status) {
            super(message);
            this.status = status;
        }
    }

    /** Runs p; returns its status (for a background pipeline: 0 once started). */
    int pipeline(Ast.Pipeline p, boolean background, String text) {
        try {
            return run(p, background, text);
        } catch (Failure f) {
            sh.host.err("sh: " + f.getMessage() + "\n");
            return f.status;
        } catch (Host.StartException e) {
            sh.host.err("sh: " + e.getMessage() + "\n");
            return e.status();
        }
    }

    private int run(Ast.Pipeline p, boolean background, String text) throws Failure, Host.StartException {
        Map<String, String> vars = sh.expansionVars();
        List<Ast.Command> cmds = p.commands();
        boolean alone = cmds.size() == 1 && !background;
        List<Host.Stage> stages = new ArrayList<>();
        for (Ast.Command c : cmds) {
            List<String> argv = new ArrayList<>();
            for (Word w : c.words()) {
                argv.add(w.expand(vars));
            }
            if (argv.isEmpty() && alone && c.redirects().isEmpty()) {
                for (Ast.Assignment a : c.assignments()) {   // NAME=value alone sets a shell variable
                    sh.vars.put(a.name(), a.value().expand(vars));
                }
                return 0;
            }
            Map<String, String> env = sh.environment();
            for (Ast.Assignment a : c.assignments()) {
                env.put(a.name(), a.value().expand(vars));
            }
            String[] redir = redirections(c, vars);
            boolean errToOut = redir[3] != null;
            if (argv.isEmpty()) {   // "> file" alone: create or truncate, as sh does
                stages.add(stage(null, argv, env, new byte[0], new byte[0], 0, redir, errToOut));
                continue;
            }
            String name = argv.get(0);
            if (Builtins.isBuiltin(name)) {
                if (!alone && Builtins.changesState(name)) {
                    throw new Failure(name + ": a builtin that changes the shell cannot run in a pipeline or in the background", 2);
                }
                Builtins.Result r = Builtins.run(sh, argv);
                if (alone && c.redirects().isEmpty()) {
                    sh.host.out(r.out());
                    sh.host.err(r.err());
                    return r.status();
                }
                stages.add(stage(null, argv, env, utf8(r.out()), utf8(r.err()), r.status(), redir, errToOut));
                continue;
            }
            stages.add(stage(find(name), argv, env, null, null, 0, redir, errToOut));
        }
        Host.Job job = sh.host.start(stages, sh.cwd(), background);
        if (background) {
            int id = sh.nextJobId();
            sh.jobs.add(new Shell.JobEntry(id, job, text));
            sh.host.out("[" + id + "] " + text + "\n");
            return 0;
        }
        return job.await();
    }

    private static Host.Stage stage(String program, List<String> argv, Map<String, String> env, byte[] out, byte[] err,
                                    int status, String[] r, boolean errToOut) {
        return new Host.Stage(program, List.copyOf(argv), env, out, err, status, r[0], r[1], r[4] != null, r[2],
                r[5] != null, errToOut);
    }

    /** [stdin, stdout, stderr, errToOut, appendOut, appendErr] (absolute paths or markers; null when absent); the last of a kind wins. */
    private String[] redirections(Ast.Command c, Map<String, String> vars) throws Failure {
        String[] r = new String[6];
        for (Ast.Redirect d : c.redirects()) {
            if (d.kind() == Ast.RedirKind.ERR_TO_OUT) {
                r[3] = "y";
                continue;
            }
            String t = d.target().expand(vars);
            if (t.isEmpty()) {
                throw new Failure("redirection to an empty file name ('" + d.target() + "')", 1);
            }
            String abs = Path.resolve(sh.cwd(), t);
            switch (d.kind()) {
                case IN: r[0] = abs; break;
                case OUT: r[1] = abs; r[4] = null; break;
                case APPEND: r[1] = abs; r[4] = "y"; break;
                case ERR: r[2] = abs; r[5] = null; break;
                default: r[2] = abs; r[5] = "y"; break;
            }
        }
        return r;
    }

    /** The program a command name means: a path (with '/') or the first PATH directory that has it. */
    private String find(String name) throws Failure {
        if (name.indexOf('/') >= 0) {
            String abs = Path.resolve(sh.cwd(), name);
            if (!sh.host.isProgram(abs)) {
                throw new Failure(name + ": no such program", 127);
            }
            return abs;
        }
        String path = sh.vars.getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) {
                continue;
            }
            String abs = Path.resolve(Path.resolve(sh.cwd(), dir), name);
            if (sh.host.isProgram(abs)) {
                return abs;
            }
        }
        throw new Failure(name + ": command not found", 127);
    }

    static byte[] utf8(String s) {
        try {
            return s.getBytes("UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);   // UTF-8 always exists
        }
    }
}
