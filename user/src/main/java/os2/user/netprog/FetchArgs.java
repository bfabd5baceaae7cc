package os2.user.netprog;

/** fetch's command line: {@code fetch [-o FILE] [--sha256] [--head] URL}. */
public record FetchArgs(Url url, String output, boolean sha256, boolean head, boolean help) {
    public static final String USAGE = "usage: fetch [-o FILE] [--sha256] [-I|--head] URL\n"
            + "Downloads URL (http://HOST[:PORT]/PATH) with HTTP/1.1 and writes the body to standard output.\n"
            + "  -o FILE   write the body to FILE ('-': standard output; OS2 has no writable file system yet,\n"
            + "            so any other FILE is refused)\n"
            + "  --sha256  print the body's length and SHA-256 instead of the body\n"
            + "  -I, --head  send HEAD and print the status line and header fields\n"
            + "Exit status: 0 for a 2xx response, 1 for any other status or a network error, 2 on usage errors.\n";

    /** Parses args; a {@link Usage} for anything wrong. */
    public static FetchArgs parse(String[] args) {
        String url = null;
        String output = "-";
        boolean sha = false;
        boolean head = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help":
                case "-h":
                    return new FetchArgs(null, null, false, false, true);
                case "-o":
                    if (i + 1 >= args.length) {
                        throw new Usage("option -o needs a FILE");
                    }
                    output = args[++i];
                    break;
                case "--sha256":
                    sha = true;
                    break;
                case "-I":
                case "--head":
                    head = true;
                    break;
                default:
                    if (a.startsWith("-")) {
                        throw new Usage("unknown option " + a);
                    }
                    if (url != null) {
                        throw new Usage("only one URL, got '" + url + "' and '" + a + "'");
                    }
                    url = a;
                    break;
            }
        }
        if (url == null) {
            throw new Usage("no URL given");
        }
        if (!output.equals("-")) {
            throw new Usage("-o " + output + ": OS2 has no writable file system yet (use -o - or --sha256)");
        }
        try {
            return new FetchArgs(Url.parse(url), output, sha, head, false);
        } catch (IllegalArgumentException e) {
            throw new Usage(e.getMessage());
        }
    }
}
