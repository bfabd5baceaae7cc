package os2.user.sh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import os2.user.Caps;
import os2.user.Console;
import os2.user.fs.Fs;
import os2.user.fs.FsException;

/**
 * /bin/sh: the shell as a program. {@code sh} alone is interactive on the console (prompt,
 * line editor, history, Tab completion through the file server); {@code sh -c LINE} runs one
 * command line; {@code sh FILE [ARG...]} runs a script ($0 is FILE). The exit status is the
 * last command's (or exit's). Its capabilities: console (0-2), memory (3), the system
 * statistics (5, passed on to programs), the root directory (7) and its working directory (8,
 * optional); the environment comes in the start message (9), else HOME=/ and PATH=/bin.
 */
public final class Sh {
    private Sh() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--help")) {
            System.out.print("usage: sh [FILE [ARG...] | -c LINE [NAME [ARG...]]]\n"
                    + "The OS2 shell: no operand reads command lines from the console (interactive),\n"
                    + "FILE runs a script with $0 = FILE and $1... = ARG, -c runs one line.\n"
                    + "Type 'help' at the prompt for the syntax, builtins and keys (docs/SHELL.md).\n");
            System.out.flush();
            System.exit(0);
        }
        Map<String, String> env = Start.environment();
        env.putIfAbsent("HOME", "/");
        env.putIfAbsent("PATH", "/bin");
        env.putIfAbsent("PWD", "/");
        Fs fs = Fs.fromCaps(env.get("PWD"));
        Shell shell = new Shell(new OsHost(new Fs(fs.root(), null, "/")), env);
        if (args.length == 2 && args[0].equals("-C")) {   // -C HEX: the line hex-encoded (a boot command line carries no spaces)
            args = new String[] {"-c", unhex(args[1])};
        }
        if (args.length >= 1 && args[0].equals("-c")) {
            if (args.length < 2) {
                System.err.println("sh: -c: option requires an argument");
                System.exit(2);
            }
            List<String> pos = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                pos.add(args[i]);
            }
            if (pos.isEmpty()) {
                pos.add("sh");
            }
            shell.setPositional(pos);
            System.exit(shell.run(args[1]));
        }
        if (args.length >= 1) {
            String text;
            try {
                text = new String(fs.readAll(args[0]), "UTF-8");
            } catch (FsException e) {
                System.err.println("sh: " + args[0] + ": " + e.getMessage());
                System.exit(127);
                return;
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
            shell.setPositional(List.of(args));
            System.exit(shell.runScript(text, args[0]));
        }
        System.exit(interactive(shell));
    }

    /** The UTF-8 text whose bytes are hex (two digits a byte). */
    static String unhex(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return os2.user.fs.FsProto.text(b);
    }

    /** The prompt loop on the console: until exit or Ctrl-D on an empty line. */
    static int interactive(Shell shell) {
        LineEditor ed = new LineEditor(shell::complete);
        byte[] b = new byte[256];
        Console.print("OS2 shell: 'help' for the syntax and keys, Tab at an empty line lists the programs, Ctrl-D to leave\n");
        while (!shell.exited()) {
            shell.reportFinishedJobs();
            ed.start(shell.prompt());
            Console.write(Caps.stdout(), ed.takeOutput());
            boolean lineDone = false;
            while (!lineDone) {
                int n = Console.read(b, 0, b.length);
                if (n < 0) {   // the console's Ctrl-D: the editor decides (end on an empty line)
                    b[0] = 0x04;
                    n = 1;
                }
                for (int i = 0; i < n && !lineDone; i++) {
                    LineEditor.Event ev = ed.feed(b[i]);
                    Console.write(Caps.stdout(), ed.takeOutput());
                    switch (ev) {
                        case LINE:
                            shell.acceptLine(ed.line());
                            lineDone = true;
                            break;
                        case INTERRUPT:
                            shell.cancelLine();
                            lineDone = true;
                            break;
                        case EOF:
                            Console.print("exit\n");
                            return shell.status();
                        default:
                            break;
                    }
                }
            }
        }
        return shell.status();
    }
}
