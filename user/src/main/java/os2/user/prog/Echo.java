package os2.user.prog;

/** echo [-n] [-e|-E] [TEXT...]: prints its arguments separated by spaces (GNU echo's rules). */
public final class Echo {
    private Echo() {
    }

    static final String USAGE = "usage: echo [-n] [-e|-E] [TEXT...]\n"
            + "Prints the texts, separated by spaces, and a newline.\n"
            + "  -n  no newline at the end\n"
            + "  -e  interpret \\\\ \\a \\b \\c (stop) \\e \\f \\n \\r \\t \\v \\0NNN \\xHH\n"
            + "  -E  do not interpret backslashes (the default)\n";

    /** Runs echo; always 0. Like GNU echo, leading words made only of n, e, E are options, and --help alone is help. */
    public static int run(String[] args, Io io) {
        if (args.length == 1 && args[0].equals("--help")) {
            io.print(USAGE);
            return 0;
        }
        boolean newline = true;
        boolean escapes = false;
        int i = 0;
        for (; i < args.length && isOptions(args[i]); i++) {
            for (char c : args[i].substring(1).toCharArray()) {
                if (c == 'n') {
                    newline = false;
                } else {
                    escapes = c == 'e';
                }
            }
        }
        java.io.ByteArrayOutputStream sb = new java.io.ByteArrayOutputStream();
        boolean stopped = false;
        for (int k = i; k < args.length && !stopped; k++) {
            if (k > i) {
                sb.write(' ');
            }
            if (escapes) {
                stopped = expand(args[k], sb);
            } else {
                byte[] b = Text.utf8(args[k]);
                sb.write(b, 0, b.length);
            }
        }
        if (newline && !stopped) {
            sb.write('\n');
        }
        byte[] b = sb.toByteArray();
        io.out().write(b, 0, b.length);
        return 0;
    }

    private static boolean isOptions(String a) {
        if (a.length() < 2 || a.charAt(0) != '-') {
            return false;
        }
        for (int k = 1; k < a.length(); k++) {
            if ("neE".indexOf(a.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Writes s with its escapes interpreted (text as UTF-8, \0NNN and \xHH as raw bytes); true if \c asked to stop all output. */
    private static boolean expand(String s, java.io.ByteArrayOutputStream sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                byte[] b = Text.utf8(String.valueOf(c));
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = Text.utf8(s.substring(i, i + 2));
                    i++;
                }
                sb.write(b, 0, b.length);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\\': sb.write('\\'); break;
                case 'a': sb.write(7); break;
                case 'b': sb.write(8); break;
                case 'c': return true;
                case 'e': sb.write(27); break;
                case 'f': sb.write(12); break;
                case 'n': sb.write('\n'); break;
                case 'r': sb.write('\r'); break;
                case 't': sb.write('\t'); break;
                case 'v': sb.write(11); break;
                case '0': {
                    int v = 0;
                    for (int k = 0; k < 3 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7'; k++) {
                        v = v * 8 + s.charAt(++i) - '0';
                    }
                    sb.write(v & 0xFF);
                    break;
                }
                case 'x': {
                    int v = 0;
                    int k = 0;
                    for (; k < 2 && i + 1 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0; k++) {
                        v = v * 16 + Character.digit(s.charAt(++i), 16);
                    }
                    if (k == 0) {
                        sb.write('\\');
                        sb.write('x');
                    } else {
                        sb.write(v);
                    }
                    break;
                }
                default:
                    sb.write('\\');
                    byte[] b = Text.utf8(String.valueOf(e));
                    sb.write(b, 0, b.length);
                    break;
            }
        }
        return false;
    }
}
