package os2.user.prog;

import java.util.List;

/** The program cores by name, for the shell's host and the /bin programs that wrap them. */
public final class Programs {
    private Programs() {
    }

    /** The names {@link #run} knows, sorted. */
    public static final List<String> NAMES = List.of("caps", "cat", "cp", "date", "echo", "grep", "head", "hexdump",
            "kill", "ls", "mem", "mkdir", "mv", "ps", "rm", "sleep", "sort", "tail", "time", "uniq", "uptime", "wc");

    /** Runs the program name with args on io; its exit status, or 127 if there is no such program. */
    public static int run(String name, String[] args, Io io) {
        switch (name) {
            case "caps": return SysProgs.caps(args, io);
            case "cat": return Cat.run(args, io);
            case "cp": return CpMv.cp(args, io);
            case "date": return Date.run(args, io);
            case "echo": return Echo.run(args, io);
            case "grep": return Grep.run(args, io);
            case "head": return HeadTail.head(args, io);
            case "hexdump": return Hexdump.run(args, io);
            case "kill": return SysProgs.kill(args, io);
            case "ls": return Ls.run(args, io);
            case "mem": return SysProgs.mem(args, io);
            case "mkdir": return RmMkdir.mkdir(args, io);
            case "mv": return CpMv.mv(args, io);
            case "ps": return SysProgs.ps(args, io);
            case "rm": return RmMkdir.rm(args, io);
            case "sleep": return TimeProgs.sleep(args, io);
            case "sort": return Sort.run(args, io);
            case "tail": return HeadTail.tail(args, io);
            case "time": return TimeProgs.time(args, io);
            case "uniq": return Uniq.run(args, io);
            case "uptime": return TimeProgs.uptime(args, io);
            case "wc": return Wc.run(args, io);
            default:
                io.error(name, "no such program");
                return 127;
        }
    }
}
