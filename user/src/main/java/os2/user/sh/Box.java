package os2.user.sh;

import java.util.Map;
import os2.user.Caps;
import os2.user.Handle;
import os2.user.Sys;
import os2.user.fs.File;
import os2.user.fs.Fs;
import os2.user.fs.FsFiles;
import os2.user.fs.Fsd;
import os2.user.prog.In;
import os2.user.prog.Io;
import os2.user.prog.OsSystem;
import os2.user.prog.Out;
import os2.user.prog.Programs;

/**
 * The multi-call program: one ELF file (/bin/box) holding the shell, the file server and every
 * program core of {@link Programs#NAMES}; /bin/NAME is a symbolic link to it and argv[0]
 * (the name it was started as) picks what runs. Compiling each program on its own would cost
 * a few MiB and minutes of build each.
 *
 * <p>A core gets its standard streams from the start slots: slots 0-2 (console or pipe
 * endpoints), or for a redirection the file endpoints in slots {@link Caps#STDIN_FILE}..
 * {@link Caps#STDERR_FILE}; its files through the directory capabilities ({@link Fs}).
 * Output is buffered and flushed before each read of standard input and at the end. The OS
 * ({@link OsSystem}) is what the start slots hold: the system statistics and the caps.
 */
public final class Box {
    private Box() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("box: which program? (argv[0] names it: " + String.join(" ", Programs.NAMES) + ", sh, fsd, crash, tsc)");
            System.exit(2);
        }
        String name = os2.user.fs.Path.name(args[0]);
        String[] rest = new String[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        switch (name) {
            case "sh":
                Sh.main(rest);
                return;
            case "fsd":
                Fsd.main(rest);
                return;
            case "crash":   // a program that faults (reads the null page): the shell reports it and goes on
                os2.user.demo.Crash.main(rest);
                return;
            case "tsc":
                System.exit(tsc(rest));
                return;
            default:
                break;
        }
        if (!Programs.NAMES.contains(name)) {
            System.err.println("box: " + name + ": no such program");
            System.exit(127);
        }
        Map<String, String> env = Start.environment();
        Fs fs = Fs.fromCaps(env.getOrDefault("PWD", "/"));
        Buffered out = new Buffered(stream(Caps.STDOUT, Caps.STDOUT_FILE));
        Out err = stream(Caps.STDERR, Caps.STDERR_FILE);
        In in = input(out);
        // the OS as the start slots give it: slot 5's system statistics (ps, mem), the caps
        // themselves (caps); no task handles, so kill ends nothing (the shell's builtin does)
        Io io = new Io(in, out, err, new FsFiles(fs), new OsSystem(), Io.Runner.CORES);
        int status = Programs.run(name, rest, io);
        out.flush();
        System.exit(status);
    }

    /**
     * tsc: prints the time stamp counter. Under QEMU's {@code -icount shift=0} it counts guest
     * instructions since reset, so benchmarks mark points of a command line with it
     * ({@code ./os2 bench shell} runs the same marks on Linux with a C program of that name).
     */
    private static int tsc(String[] args) {
        Out out = stream(Caps.STDOUT, Caps.STDOUT_FILE);
        if (args.length == 1 && args[0].equals("--help")) {
            out.write(TSC_USAGE, 0, TSC_USAGE.length);
            return 0;
        }
        if (args.length > 0) {
            byte[] m = os2.user.fs.FsProto.utf8("tsc: extra operand '" + args[0] + "'\nTry 'tsc --help' for more information.\n");
            stream(Caps.STDERR, Caps.STDERR_FILE).write(m, 0, m.length);
            return 2;
        }
        long t = os2.rt.Cpu.rdtsc();
        byte[] b = os2.user.fs.FsProto.utf8(Long.toUnsignedString(t) + "\n");
        out.write(b, 0, b.length);
        return 0;
    }

    private static final byte[] TSC_USAGE = os2.user.fs.FsProto.utf8("usage: tsc\n"
            + "Prints the time stamp counter: under QEMU's -icount shift=0, guest instructions since reset.\n");

    /** Standard input: the file of STDIN_FILE, or slot 0's stream; output is flushed before a read blocks. */
    private static In input(Buffered out) {
        Handle f = Caps.slot(Caps.STDIN_FILE);
        if (!f.isNone()) {
            File file = new File(f);
            try {
                return FsFiles.in(file, file.stat().size());
            } catch (os2.user.fs.FsException e) {
                return In.of(new byte[0], false);
            }
        }
        Handle h = Caps.stdin();
        return (b, off, len) -> {
            out.flush();
            if (h.isNone()) {
                return -1;
            }
            long n = Sys.read(h.lo(), h.hi(), b, off, len);
            return n <= 0 ? -1 : (int) n;
        };
    }

    /** An output stream: the file in fileSlot, else the stream in slot (nothing if neither). */
    private static Out stream(int slot, int fileSlot) {
        Handle f = Caps.slot(fileSlot);
        if (!f.isNone()) {
            return FsFiles.out(new File(f));
        }
        Handle h = Caps.slot(slot);
        return (b, off, len) -> {
            if (h.isNone()) {
                return;
            }
            while (len > 0) {
                long n = Sys.write(h.lo(), h.hi(), b, off, len);
                if (n <= 0) {
                    return;   // the reader is gone (a closed pipe): the rest is dropped, as after SIGPIPE
                }
                off += (int) n;
                len -= (int) n;
            }
        };
    }

    /** Collects small writes into one message (a pipe carries a message per WRITE). */
    static final class Buffered implements Out {
        private static final int SIZE = 4096;
        private final Out to;
        private final byte[] buf = new byte[SIZE];
        private int n;

        Buffered(Out to) {
            this.to = to;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len >= SIZE) {
                flush();
                to.write(b, off, len);
                return;
            }
            if (n + len > SIZE) {
                flush();
            }
            System.arraycopy(b, off, buf, n, len);
            n += len;
        }

        void flush() {
            if (n > 0) {
                int k = n;
                n = 0;
                to.write(buf, 0, k);
            }
        }
    }
}
