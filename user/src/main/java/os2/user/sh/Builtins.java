package os2.user.sh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import os2.user.fs.FsProto;
import os2.user.fs.Path;
import os2.user.prog.In;
import os2.user.prog.Io;
import os2.user.prog.Out;
import os2.user.prog.SysError;
import os2.user.prog.SysProgs;

/**
 * The commands the shell runs itself: cd, pwd, exit, help, jobs, wait, kill, export, unset,
 * true, false. kill is one because only the shell holds its jobs' task handles (OS2 has no
 * ambient right to end a task): /bin/kill alone can end nothing it was not given.
 */
final class Builtins {
    private Builtins() {
    }

    /** What a builtin produced. */
    record Result(int status, String out, String err) {
    }

    private static final List<String> NAMES =
            List.of("cd", "pwd", "exit", "help", "jobs", "wait", "kill", "export", "unset", "true", "false");

    static boolean isBuiltin(String name) {
        return NAMES.contains(name);
    }

    /** Builtins that change the shell itself: they make no sense in a pipeline's or background job's copy. */
    static boolean changesState(String name) {
        return name.equals("cd") || name.equals("exit") || name.equals("wait") || name.equals("export")
                || name.equals("unset");
    }

    /** All builtin names, for completion and help. */
    static List<String> names() {
        return NAMES;
    }

    static Result run(Shell sh, List<String> argv) {
        switch (argv.get(0)) {
            case "cd": return cd(sh, argv);
            case "pwd": return new Result(0, sh.cwd() + "\n", "");
            case "exit": return exit(sh, argv);
            case "help": return new Result(0, HELP, "");
            case "jobs": return jobs(sh);
            case "wait": return await(sh, argv);
            case "kill": return kill(sh, argv);
            case "export": return export(sh, argv);
            case "unset": return unset(sh, argv);
            case "true": return new Result(0, "", "");
            default: return new Result(1, "", "");
        }
    }

    private static Result fail(int status, String msg) {
        return new Result(status, "", "sh: " + msg + "\n");
    }

    private static Result cd(Shell sh, List<String> argv) {
        if (argv.size() > 2) {
            return fail(1, "cd: too many arguments");
        }
        String arg = argv.size() == 1 ? sh.vars.getOrDefault("HOME", "/") : argv.get(1);
        boolean back = arg.equals("-");
        if (back) {
            arg = sh.vars.get("OLDPWD");
            if (arg == null) {
                return fail(1, "cd: OLDPWD not set");
            }
        }
        String dir = Path.resolve(sh.cwd(), arg);
        if (!sh.host.isDirectory(dir)) {
            return fail(1, "cd: " + arg + ": no such directory");
        }
        sh.setExported("OLDPWD", sh.cwd());
        sh.setExported("PWD", dir);
        return new Result(0, back ? dir + "\n" : "", "");
    }

    private static Result exit(Shell sh, List<String> argv) {
        if (argv.size() > 2) {
            return fail(1, "exit: too many arguments");
        }
        sh.exited = true;
        if (argv.size() == 1) {
            return new Result(sh.status, "", "");
        }
        try {
            return new Result(Integer.parseInt(argv.get(1)) & 0xFF, "", "");
        } catch (NumberFormatException e) {
            return fail(2, "exit: " + argv.get(1) + ": numeric argument required");
        }
    }

    private static Result jobs(Shell sh) {
        StringBuilder sb = new StringBuilder();
        for (Shell.JobEntry j : sh.jobs) {
            int st = j.job().poll();
            sb.append('[').append(j.id()).append("] ")
              .append(st < 0 ? "Running" : st == 0 ? "Done" : "Exit " + st).append("  ").append(j.text()).append('\n');
        }
        return new Result(0, sb.toString(), "");
    }

    private static Result await(Shell sh, List<String> argv) {
        if (argv.size() == 1) {
            int st = 0;
            while (!sh.jobs.isEmpty()) {
                st = sh.jobs.remove(0).job().await();
            }
            return new Result(st, "", "");
        }
        int st = 0;
        for (String a : argv.subList(1, argv.size())) {
            Shell.JobEntry found = job(sh, a);
            if (found == null) {
                return fail(127, "wait: " + a + ": no such job");
            }
            sh.jobs.remove(found);
            st = found.job().await();
        }
        return new Result(st, "", "");
    }

    /** kill [-SIGNAL] ID|%N...: the kill program's core over the host's Os; %N is every task of job N. */
    private static Result kill(Shell sh, List<String> argv) {
        List<String> args = new ArrayList<>();
        for (String a : argv.subList(1, argv.size())) {
            if (a.startsWith("%") && a.length() > 1) {
                Shell.JobEntry j = job(sh, a);
                if (j == null) {
                    return fail(1, "kill: " + a + ": no such job");
                }
                for (long id : j.job().ids()) {
                    args.add(Long.toString(id));
                }
            } else {
                args.add(a);
            }
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Io io = new Io(In.of(new byte[0], false), text(out), text(err), p -> {
            throw new Io.NotFound(SysError.UNSUPPORTED);
        }, sh.host.os(), Io.Runner.CORES);
        int st = SysProgs.kill(args.toArray(new String[0]), io);
        return new Result(st, out.toString(), err.toString());
    }

    /** The job a "%N" or "N" names, or null. */
    private static Shell.JobEntry job(Shell sh, String a) {
        for (Shell.JobEntry j : sh.jobs) {
            if (a.equals("%" + j.id()) || a.equals(Integer.toString(j.id()))) {
                return j;
            }
        }
        return null;
    }

    /** An Out appending to sb (the kill core writes ASCII and the operands it was given, as UTF-8). */
    private static Out text(StringBuilder sb) {
        return (b, off, len) -> sb.append(FsProto.text(b, off, len));
    }

    private static Result export(Shell sh, List<String> argv) {
        if (argv.size() == 1) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, String> e : sh.environment().entrySet()) {
                sb.append("export ").append(e.getKey()).append("='")
                  .append(e.getValue().replace("'", "'\\''")).append("'\n");
            }
            return new Result(0, sb.toString(), "");
        }
        for (String a : argv.subList(1, argv.size())) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!Lexer.isName(name)) {
                return fail(1, "export: '" + a + "': not a valid name");
            }
            sh.exported.add(name);
            if (eq >= 0) {
                sh.vars.put(name, a.substring(eq + 1));
            }
        }
        return new Result(0, "", "");
    }

    private static Result unset(Shell sh, List<String> argv) {
        for (String a : argv.subList(1, argv.size())) {
            if (a.equals("PWD")) {
                return fail(1, "unset: PWD: the working directory cannot be unset");
            }
            sh.vars.remove(a);
            sh.exported.remove(a);
        }
        return new Result(0, "", "");
    }

    static final String HELP = String.join("\n",
            "OS2 shell. Syntax:",
            "  cmd arg...          run /bin/cmd (PATH) with the arguments",
            "  'text' \"text $X\" \\c quoting; $NAME ${NAME} $? $# $0-$9 expand (no splitting, no globs)",
            "  NAME=value          set a variable; NAME=value cmd sets it for cmd only",
            "  a ; b   a && b   a || b   a | b   a &",
            "  < file  > file  >> file  2> file  2>> file  2>&1      # comment",
            "Builtins: cd [DIR|-], pwd, exit [N], help, jobs, wait [%N], kill ID|%N, export [NAME[=V]], unset NAME,",
            "          true, false",
            "Keys: arrows, Home/End, Delete, Backspace, Ctrl-A/E/U/K/W/L, Tab completes, Up/Down history,",
            "      Ctrl-C cancels the line or ends the running program, Ctrl-D on an empty line ends the shell",
            "");
}
