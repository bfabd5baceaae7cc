package os2.user.prog;

import java.util.List;

/** The program cores by name, for the shell's host and the /bin programs that wrap them. */
public final class Programs {
    private Programs() {
    }

    /** The names {@link #run} knows, sorted. */
    public static final List<String> NAMES =
            List.of("cat", "echo", "grep", "head", "hexdump", "sort", "tail", "uniq", "wc");

    /** Runs the program name with args on io; its exit status, or 127 if there is no such program. */
    public static int run(String name, String[] args, Io io) {
        switch (name) {
            case "cat": return Cat.run(args, io);
            case "echo": return Echo.run(args, io);
            case "grep": return Grep.run(args, io);
            case "head": return HeadTail.head(args, io);
            case "hexdump": return Hexdump.run(args, io);
            case "sort": return Sort.run(args, io);
            case "tail": return HeadTail.tail(args, io);
            case "uniq": return Uniq.run(args, io);
            case "wc": return Wc.run(args, io);
            default:
                io.error(name, "no such program");
                return 127;
        }
    }
}
