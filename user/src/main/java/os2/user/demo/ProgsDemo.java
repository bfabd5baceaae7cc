package os2.user.demo;

import java.util.Arrays;
import java.util.Map;
import os2.user.prog.In;
import os2.user.prog.Io;
import os2.user.prog.OsSystem;
import os2.user.prog.Programs;

/**
 * The program cores that need the OS (ps, mem, caps, uptime, sleep, time, date, kill) and
 * grep's regular expressions, natively over {@link OsSystem}: each command is printed as
 * "$ CMD", then its output, then "[STATUS]". Run as init it holds init's start capabilities
 * (the system capability among them). Its files are an in-memory map that can only be read.
 */
public final class ProgsDemo {
    private ProgsDemo() {
    }

    static final String[][] COMMANDS = {{"ps"}, {"mem"}, {"caps"}, {"uptime"}, {"sleep", "0.05"},
        {"time", "-p", "sleep", "0.2"}, {"date", "-d", "@1234567890"}, {"date", "-u", "-d", "@0", "+%F %T %j"}, {"date"},
        {"grep", "-E", "^(ab)+$|[0-9]{2}", "w"}, {"grep", "-c", "an\\(an\\)*a", "w"}, {"grep", "-in", "[[:upper:]]B", "w"},
        {"kill", "-9", "1"}, {"kill", "999"}, {"ls", "."}, {"sort", "-r", "w"}};

    public static void main(String[] args) {
        Map<String, byte[]> files = Map.of("w", "apple\nbanana\ncherry 12\nabab\n".getBytes());
        Io.Files read = p -> {
            byte[] f = files.get(p);
            if (f == null) {
                throw new Io.NotFound("No such file or directory");
            }
            return In.of(f, true);
        };
        Io io = new Io(In.of(new byte[0], false), System.out::write, System.out::write, read, new OsSystem(),
                Io.Runner.CORES);
        for (String[] c : COMMANDS) {
            System.out.println("$ " + String.join(" ", c));
            int st = Programs.run(c[0], Arrays.copyOfRange(c, 1, c.length), io);
            System.out.println("[" + st + "]");
        }
    }
}
