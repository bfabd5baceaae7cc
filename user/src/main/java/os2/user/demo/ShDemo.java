package os2.user.demo;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import os2.user.fs.Cpio;
import os2.user.fs.CpioException;
import os2.user.prog.In;
import os2.user.prog.Io;
import os2.user.prog.Programs;
import os2.user.sh.Host;
import os2.user.sh.LineEditor;
import os2.user.sh.Shell;

/**
 * The shell's language, the line editor, the cpio reader and the program cores, natively: a
 * fixed script runs against an in-process host whose /bin programs are the cores of
 * os2.user.prog and whose files come from a cpio archive built in memory. (The real host,
 * with tasks and channels, comes with OS2's capability system.)
 */
public final class ShDemo {
    private ShDemo() {
    }

    /** Runs pipelines stage after stage in this task, each stage's output the next one's input. */
    static final class MemoryHost implements Host {
        final Map<String, byte[]> files = new HashMap<>();

        @Override
        public Job start(List<Stage> stages, String cwd, boolean background) throws StartException {
            byte[] pipe = new byte[0];
            int status = 0;
            for (Stage s : stages) {
                byte[] in = pipe;
                if (s.stdin() != null) {
                    in = files.get(s.stdin());
                    if (in == null) {
                        throw new StartException(s.stdin() + ": no such file", 1);
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                if (s.program() == null) {
                    out.write(s.output(), 0, s.output().length);
                    err.write(s.error(), 0, s.error().length);
                    status = s.status();
                } else {
                    Io io = new Io(In.of(in, false), out::write, s.errToOut() ? out::write : err::write, p -> {
                        byte[] f = files.get(os2.user.fs.Path.resolve(cwd, p));
                        if (f == null) {
                            throw new Io.NotFound("No such file or directory");
                        }
                        return In.of(f, true);
                    });
                    List<String> a = s.argv();
                    status = Programs.run(os2.user.fs.Path.name(s.program()), a.subList(1, a.size()).toArray(new String[0]), io);
                }
                System.out.print(err.toString());
                pipe = out.toByteArray();
                if (s.stdout() != null) {
                    byte[] old = s.appendOut() ? files.getOrDefault(s.stdout(), new byte[0]) : new byte[0];
                    byte[] both = java.util.Arrays.copyOf(old, old.length + pipe.length);
                    System.arraycopy(pipe, 0, both, old.length, pipe.length);
                    files.put(s.stdout(), both);
                    pipe = new byte[0];
                }
            }
            System.out.print(new String(pipe));
            int st = status;
            return new Job() {
                @Override
                public int await() {
                    return st;
                }

                @Override
                public int poll() {
                    return st;
                }
            };
        }

        @Override
        public boolean isDirectory(String path) {
            String prefix = path.equals("/") ? "/" : path + "/";
            for (String f : files.keySet()) {
                if (f.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean isProgram(String path) {
            return path.startsWith("/bin/") && Programs.NAMES.contains(path.substring(5));
        }

        @Override
        public void out(String text) {
            System.out.print(text);
        }

        @Override
        public void err(String text) {
            System.out.print(text);
        }
    }

    public static void main(String[] args) throws CpioException {
        byte[] archive = new Cpio.Writer(0).directory("etc", 0755)
                .file("etc/motd", 0644, "Welcome to OS2\n".getBytes())
                .file("usr/share/words", 0644, "pear\napple\nfig\napple\nbanana\n".getBytes())
                .finish();
        MemoryHost host = new MemoryHost();
        for (Cpio.Entry e : Cpio.read(archive)) {
            if (e.isFile()) {
                host.files.put("/" + e.name(), e.data());
            }
        }
        System.out.println("archive: " + archive.length + " bytes, " + host.files.size() + " files");
        Shell sh = new Shell(host, Map.of("HOME", "/usr/share"));
        sh.runScript(String.join("\n",
                "cat /etc/motd",
                "cd; pwd",
                "sort words | uniq -c | sort -nr | head -n 2",
                "grep -c a words && echo found || echo none",
                "grep zzz words || echo \"no zzz, status $?\"",
                "N=3; echo -n \"$N words: \"; head -n $N words | wc -w",
                "echo saved > /tmp/out; echo again >> /tmp/out; cat -n < /tmp/out",
                "echo hi | hexdump -C",
                "nosuch; echo status $?",
                "echo 'unterminated"), "demo");
        // the line editor: type "ech", Tab, "x", Left, Backspace... as a terminal would send them
        LineEditor ed = new LineEditor((line, word) -> Programs.NAMES.stream().filter(n -> n.startsWith(word)).toList());
        ed.start("$ ");
        for (byte b : "ech\tab\u001b[D\u007fX\r".getBytes()) {
            if (ed.feed(b) == LineEditor.Event.LINE) {
                System.out.println("editor line: [" + ed.line() + "]");
            }
        }
        System.out.println("editor echo bytes: " + ed.takeOutput().length);
        System.out.println("exit " + sh.status());
    }
}
