package os2.user.sh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The shell's executor: runs parsed text against a {@link Host}. It keeps the variables
 * (exported ones form the programs' environment), the working directory, $?, the background
 * jobs and whether {@code exit} was called. Builtins are in {@link Builtins}.
 */
public final class Shell {
    final Host host;
    final Map<String, String> vars = new LinkedHashMap<>();
    final TreeSet<String> exported = new TreeSet<>();
    final List<JobEntry> jobs = new ArrayList<>();
    final List<String> positional = new ArrayList<>();
    int status;
    boolean exited;
    private final StringBuilder pending = new StringBuilder();
    private int pendingLine = 1;

    /** A background job: its number (%N), the host's handle and the text that started it. */
    record JobEntry(int id, Host.Job job, String text) {
    }

    /** A shell on host whose environment starts as env (all exported); PWD defaults to "/", PATH to "/bin". */
    public Shell(Host host, Map<String, String> env) {
        this.host = host;
        for (Map.Entry<String, String> e : env.entrySet()) {
            vars.put(e.getKey(), e.getValue());
            exported.add(e.getKey());
        }
        setExported("PWD", os2.user.fs.Path.resolve("/", vars.getOrDefault("PWD", "/")));
        if (!vars.containsKey("PATH")) {
            setExported("PATH", "/bin");
        }
    }

    void setExported(String name, String value) {
        vars.put(name, value);
        exported.add(name);
    }

    /** The working directory (absolute, normalised). */
    public String cwd() {
        return vars.get("PWD");
    }

    /** $?: the status of the last command. */
    public int status() {
        return status;
    }

    /** True once {@code exit} ran (or a script asked to stop); {@link #status()} is then the exit status. */
    public boolean exited() {
        return exited;
    }

    /** The value of a shell variable, or null. */
    public String var(String name) {
        return vars.get(name);
    }

    /** Sets $0 and $1...; $# becomes args.size() - 1. */
    public void setPositional(List<String> args) {
        positional.clear();
        positional.addAll(args);
    }

    /** The prompt for the next line: "> " while a line awaits its continuation, else "CWD$ ". */
    public String prompt() {
        return pending.length() > 0 ? "> " : cwd() + "$ ";
    }

    /**
     * Runs text (one line or a whole script); a syntax error prints one line and sets $? to 2.
     * Returns $?.
     */
    public int run(String text) {
        Ast.Script script;
        try {
            script = Parser.parse(text);
        } catch (SyntaxError e) {
            host.err("sh: " + e.getMessage() + "\n");
            return status = 2;
        }
        execute(script);
        return status;
    }

    /**
     * Interactive input, one line at a time: a line that ends inside a quote or after
     * {@code |}, {@code &&} or {@code ||} waits for the next one ({@link #prompt()} is then
     * "> "). Returns $?.
     */
    public int acceptLine(String line) {
        pending.append(line).append('\n');
        String text = pending.toString();
        Ast.Script script;
        try {
            script = Parser.parse(text);
        } catch (SyntaxError e) {
            if (e.incomplete()) {
                return status;
            }
            pending.setLength(0);
            host.err("sh: " + e.getMessage() + "\n");
            return status = 2;
        }
        pending.setLength(0);
        execute(script);
        return status;
    }

    /** Ends a pending continuation (Ctrl-C at a "> " prompt): the partial text is dropped. */
    public void cancelLine() {
        pending.setLength(0);
    }

    /**
     * Runs a script file's contents line by line (so commands before a syntax error run, as in
     * POSIX shells); stops at a syntax error (status 2) or {@code exit}. Returns $?.
     */
    public int runScript(String contents, String name) {
        String[] lines = contents.split("\n", -1);
        StringBuilder chunk = new StringBuilder();
        int first = 1;
        for (int n = 0; n < lines.length && !exited; n++) {
            if (chunk.length() == 0) {
                first = n + 1;
            }
            chunk.append(lines[n]).append('\n');
            try {
                Ast.Script s = Parser.parse(chunk.toString());
                chunk.setLength(0);
                execute(s);
            } catch (SyntaxError e) {
                if (e.incomplete() && n + 1 < lines.length) {
                    continue;
                }
                host.err("sh: " + name + ": " + e.inScript(first) + "\n");
                exited = true;
                return status = 2;
            }
        }
        return status;
    }

    /**
     * Tab completion for {@link LineEditor}: the first word of a command completes to builtins
     * and programs in $PATH, a word with '/' or a later word to paths (directories end in '/').
     * line is the text before the cursor, word its last word.
     */
    public java.util.List<String> complete(String line, String word) {
        TreeSet<String> out = new TreeSet<>();
        String before = line.substring(0, line.length() - word.length()).trim();
        boolean commandPosition = before.isEmpty() || before.endsWith("|") || before.endsWith(";")
                || before.endsWith("&");
        if (commandPosition && word.indexOf('/') < 0) {
            for (String b : Builtins.names()) {
                if (b.startsWith(word)) {
                    out.add(b);
                }
            }
            for (String dir : vars.getOrDefault("PATH", "").split(":")) {
                if (!dir.isEmpty()) {
                    for (String n : host.list(os2.user.fs.Path.resolve(cwd(), dir))) {
                        if (n.startsWith(word)) {
                            out.add(n);
                        }
                    }
                }
            }
            return new ArrayList<>(out);
        }
        int slash = word.lastIndexOf('/');
        String dirPart = word.substring(0, slash + 1);   // as typed, kept in the candidates
        String prefix = word.substring(slash + 1);
        String dir = os2.user.fs.Path.resolve(cwd(), dirPart.isEmpty() ? "." : dirPart);
        for (String n : host.list(dir)) {
            if (n.startsWith(prefix)) {
                String full = os2.user.fs.Path.resolve(dir, n);
                out.add(dirPart + n + (host.isDirectory(full) ? "/" : ""));
            }
        }
        return new ArrayList<>(out);
    }

    /** Reports background jobs that have ended ("[N] Done (STATUS) TEXT") and forgets them; call before a prompt. */
    public void reportFinishedJobs() {
        for (int k = 0; k < jobs.size(); k++) {
            JobEntry j = jobs.get(k);
            int st = j.job().poll();
            if (st >= 0) {
                host.out("[" + j.id() + "] " + (st == 0 ? "Done" : "Exit " + st) + "  " + j.text() + "\n");
                jobs.remove(k--);
            }
        }
    }

    void execute(Ast.Script script) {
        for (Ast.AndOr list : script.lists()) {
            if (exited) {
                return;
            }
            runList(list);
        }
    }

    private void runList(Ast.AndOr list) {
        if (list.background()) {
            if (list.pipelines().size() > 1) {
                host.err("sh: '&' after '&&' or '||' is not supported: put the list in a script and run 'sh FILE &'\n");
                status = 2;
                return;
            }
            new Runner(this).pipeline(list.pipelines().get(0), true, list.text());
            return;
        }
        status = new Runner(this).pipeline(list.pipelines().get(0), false, list.text());
        for (int k = 0; k < list.ops().size() && !exited; k++) {
            boolean and = list.ops().get(k).equals("&&");
            if (and == (status == 0)) {
                status = new Runner(this).pipeline(list.pipelines().get(k + 1), false, list.text());
            }
        }
    }

    /** The variables as expansion sees them: the shell's, plus ?, #, 0-9. */
    Map<String, String> expansionVars() {
        Map<String, String> m = new HashMap<>(vars);
        m.put("?", Integer.toString(status));
        m.put("#", Integer.toString(Math.max(0, positional.size() - 1)));
        for (int k = 0; k < positional.size() && k < 10; k++) {
            m.put(Integer.toString(k), positional.get(k));
        }
        return m;
    }

    /** The exported variables with values: a program's environment. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String n : exported) {
            if (vars.containsKey(n)) {
                env.put(n, vars.get(n));
            }
        }
        return env;
    }

    int nextJobId() {
        int id = 1;
        for (JobEntry j : jobs) {
            id = Math.max(id, j.id() + 1);
        }
        return id;
    }
}
