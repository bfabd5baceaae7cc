package os2.user.prog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options in the getopt style of GNU tools: bundled flags ({@code -nr}), values
 * attached or separate ({@code -n5}, {@code -n 5}), options anywhere among operands, {@code --}
 * ends them, {@code -} alone is an operand; {@code --help} asks for the usage text.
 */
public final class Opts {
    private final Map<Character, String> values = new HashMap<>();
    private final Map<Character, List<String>> all = new HashMap<>();
    private final List<String> operands = new ArrayList<>();
    private String error;
    private boolean help;

    /** Parses args: flags takes no value, valued takes one. */
    public Opts(String[] args, String flags, String valued) {
        boolean more = true;
        for (int i = 0; i < args.length && error == null; i++) {
            String a = args[i];
            if (!more || !a.startsWith("-") || a.equals("-")) {
                operands.add(a);
            } else if (a.equals("--")) {
                more = false;
            } else if (a.equals("--help")) {
                help = true;
            } else if (a.startsWith("--")) {
                error = "unrecognized option '" + a + "'";
            } else {
                for (int k = 1; k < a.length(); k++) {
                    char c = a.charAt(k);
                    if (flags.indexOf(c) >= 0) {
                        values.put(c, "");
                    } else if (valued.indexOf(c) >= 0) {
                        if (k + 1 < a.length()) {
                            put(c, a.substring(k + 1));
                        } else if (i + 1 < args.length) {
                            put(c, args[++i]);
                        } else {
                            error = "option requires an argument -- '" + c + "'";
                        }
                        break;
                    } else {
                        error = "invalid option -- '" + c + "'";
                        break;
                    }
                }
            }
        }
    }

    private void put(char c, String v) {
        values.put(c, v);
        all.computeIfAbsent(c, k -> new ArrayList<>()).add(v);
    }

    /** Every value the option was given, in order (empty if none). */
    public List<String> all(char c) {
        return all.getOrDefault(c, List.of());
    }

    /** True if the flag was given. */
    public boolean has(char c) {
        return values.containsKey(c);
    }

    /** The flag's value, or dflt. */
    public String value(char c, String dflt) {
        return values.getOrDefault(c, dflt);
    }

    /** The operands, in order. */
    public List<String> operands() {
        return operands;
    }

    /** The operands, or ["-"] (standard input) when there are none. */
    public List<String> inputs() {
        return operands.isEmpty() ? List.of("-") : operands;
    }

    /**
     * Handles --help and errors: prints the usage (to stdout for --help, else the error and a
     * hint to stderr) and returns the status to exit with (0 or 2), or -1 to go on.
     */
    public int finish(String prog, String usage, Io io) {
        if (help) {
            io.print(usage);
            return 0;
        }
        if (error != null) {
            return usageError(prog, error, io);
        }
        return -1;
    }

    /** Prints "PROG: message" and the --help hint; returns 2. */
    public static int usageError(String prog, String message, Io io) {
        io.error(prog, message);
        Text.write(io.err(), "Try '" + prog + " --help' for more information.\n");
        return 2;
    }

    /** A non-negative count option value, or -1 if it is not one. */
    public static long count(String v) {
        if (v.isEmpty() || v.length() > 18) {
            return -1;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(v);
    }
}
