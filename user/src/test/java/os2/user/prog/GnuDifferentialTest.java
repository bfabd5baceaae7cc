package os2.user.prog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each program core against the host's GNU coreutils (and util-linux hexdump, GNU grep -F) on
 * the same input files and standard input, in the C locale: same standard output, same status.
 */
class GnuDifferentialTest {
    @TempDir
    static Path dir;
    static final byte[] STDIN = "stdin line one\nthe second line\n\nthe end".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void files() throws IOException {
        write("words", "the quick brown fox\njumps over\tthe lazy dog\n\nThe End\n  leading spaces\nTHE caps\n");
        write("nums", "10\n9\n-3\n 2.5\n02.50\nabc\n-0\n\n1e3\n007\n-10.25\n3\n3\n+4\n.5\n-.5\n");
        write("dups", "a\na\nb\na\nc\nc\nc\n\n\nd\nA\n");
        write("nonl", "no final newline\nsecond");
        write("empty", "");
        byte[] bin = new byte[300];
        for (int i = 0; i < bin.length; i++) {
            bin[i] = (byte) (i < 100 ? 0 : i * 7);
        }
        Files.write(dir.resolve("bin"), bin);
        write("sixteen", "0123456789abcdef");
        StringBuilder lots = new StringBuilder();
        Random r = new Random(1);
        for (int i = 0; i < 500; i++) {
            lots.append(r.nextInt(50)).append(r.nextBoolean() ? " word" : "\tx").append('\n');
        }
        write("lots", lots.toString());
        Files.write(dir.resolve("utf8 é"), "café\nnaïve\n\u00ff\n".getBytes(StandardCharsets.UTF_8));
    }

    static void write(String name, String text) throws IOException {
        Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    interface Core {
        int run(String[] args, Io io);
    }

    record Run(int status, String out) {
    }

    static Run ours(Core core, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(In.of(STDIN, false), out::write, err::write, new NioFiles(dir));
        int st = core.run(args, io);
        return new Run(st, new String(out.toByteArray(), StandardCharsets.ISO_8859_1));
    }

    static Run host(String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        try {
            p.getOutputStream().write(STDIN);
            p.getOutputStream().close();
        } catch (IOException e) {
            // the program did not read its standard input (echo, or a file operand): fine
        }
        byte[] out = p.getInputStream().readAllBytes();
        return new Run(p.waitFor(), new String(out, StandardCharsets.ISO_8859_1));
    }

    static void same(Core core, String prog, String... args) throws Exception {
        assumeTrue(new File("/usr/bin/" + prog).canExecute(), prog + " is not installed on the host");
        String[] cmd = new String[args.length + 1];
        cmd[0] = "/usr/bin/" + prog;
        System.arraycopy(args, 0, cmd, 1, args.length);
        Run h = host(cmd);
        Run o = ours(core, args);
        assertEquals(h.out(), o.out(), prog + " " + Arrays.toString(args));
        assertEquals(h.status(), o.status(), "status of " + prog + " " + Arrays.toString(args));
    }

    static final String[] ALL = {"words", "nums", "dups", "nonl", "empty", "bin", "sixteen", "lots", "utf8 é"};

    @Test
    void cat() throws Exception {
        same(Cat::run, "cat");
        same(Cat::run, "cat", "-n");
        same(Cat::run, "cat", "words", "-", "nonl");
        same(Cat::run, "cat", "-n", "nonl", "words", "empty", "bin");
        same(Cat::run, "cat", "words", "missing", "nonl");
    }

    @Test
    void echo() throws Exception {
        same(Echo::run, "echo");
        same(Echo::run, "echo", "a", "b  c", "");
        same(Echo::run, "echo", "-n", "x", "y");
        same(Echo::run, "echo", "-e", "a\\tb\\nc\\\\d\\q");
        same(Echo::run, "echo", "-e", "\\x41\\x4a\\xzz\\0101\\0\\c", "never");
        same(Echo::run, "echo", "-neE", "raw\\n");
        same(Echo::run, "echo", "-x", "--", "-n", "é");
        same(Echo::run, "echo", "-e", "\\xff\\0377");
    }

    @Test
    void wc() throws Exception {
        for (String[] a : new String[][] {{}, {"-l"}, {"-w"}, {"-c"}, {"-lw"}, {"-c", "-l"}, {"words"}, {"-l", "words"},
            {"words", "nums", "nonl"}, {"-w", "bin", "lots"}, {"-", "empty"}, {"-l", "-", "lots"}, {"empty"},
            {"words", "missing"}, {"utf8 é"}, ALL}) {
            same(Wc::run, "wc", a);
        }
    }

    @Test
    void headAndTail() throws Exception {
        for (String[] a : new String[][] {{}, {"-n", "2"}, {"-c", "5"}, {"-n0"}, {"lots"}, {"-n", "3", "words", "nonl"},
            {"-c", "100", "bin"}, {"-n", "1000", "nums"}, {"-c", "0", "words"}, {"-", "words"}, {"nonl"}, {"-n", "1", "nonl"}}) {
            same(HeadTail::head, "head", a);
            same(HeadTail::tail, "tail", a);
        }
        for (String[] a : new String[][] {{"-n", "+3", "words"}, {"-c", "+4", "nonl"}, {"-n", "+1", "nonl"}, {"-n", "+100", "nums"},
            {"-c", "+0", "words"}, {"-n", "+0", "dups"}}) {
            same(HeadTail::tail, "tail", a);
        }
    }

    @Test
    void sort() throws Exception {
        for (String f : new String[] {"words", "nums", "dups", "lots", "nonl", "utf8 é"}) {
            for (String[] o : new String[][] {{}, {"-r"}, {"-n"}, {"-u"}, {"-nr"}, {"-nu"}, {"-ru"}, {"-n", "-r", "-u"}}) {
                List<String> a = new ArrayList<>(List.of(o));
                a.add(f);
                same(Sort::run, "sort", a.toArray(new String[0]));
            }
        }
        same(Sort::run, "sort");
        same(Sort::run, "sort", "words", "dups", "-");
    }

    @Test
    void uniq() throws Exception {
        for (String f : new String[] {"dups", "words", "nonl", "empty", "lots"}) {
            for (String[] o : new String[][] {{}, {"-c"}, {"-d"}, {"-cd"}}) {
                List<String> a = new ArrayList<>(List.of(o));
                a.add(f);
                same(Uniq::run, "uniq", a.toArray(new String[0]));
            }
        }
        same(Uniq::run, "uniq", "-c");
    }

    @Test
    void hexdump() throws Exception {
        for (String[] a : new String[][] {{"-C"}, {"-C", "bin"}, {"-C", "sixteen"}, {"-C", "empty"}, {"-C", "words", "bin", "nonl"},
            {"-C", "sixteen", "sixteen", "sixteen", "nonl"}, {"-C", "utf8 é"}}) {
            same(Hexdump::run, "hexdump", a);
        }
    }

    @Test
    void grep() throws Exception {
        for (String[] a : new String[][] {{"the"}, {"the", "words"}, {"-i", "the", "words"}, {"-v", "the", "words"},
            {"-c", "the", "words"}, {"-n", "e", "words", "nonl"}, {"-c", "zzz", "words"}, {"zzz", "words"},
            {"-in", "THE", "words", "-", "dups"}, {"-vc", "a", "dups"}, {"", "nonl"}, {"é", "utf8 é"},
            {"x", "missing", "lots"}, {"-n", "1", "lots"}, {"-F", "a.b", "words"}, {"-Fx", "THE caps", "words"},
            {"-l", "the", "words", "nums", "dups"}, {"-q", "the", "words"}, {"-q", "zzz", "words"},
            {"-e", "fox", "-e", "End", "words"}, {"-x", "-e", "a", "dups"}, {"1", "bin"}, {"-c", "1", "bin"}}) {
            same(Grep::run, "grep", a);
        }
    }

    /** Regular expressions, basic (default) and extended (-E): GNU's syntax and its corner cases. */
    @Test
    void grepRegex() throws Exception {
        write("re", "abc\naab\nabab\na.c\na*c\n^x\nx$y\nx^y\n(a)\na|b\na+b\na{2}\n{1}\nfoo bar\nfoobar\nbar_foo\n"
                + "Tab\there\n123-456\nABC\nxyzzy\nhello world\n[x]\nback\\slash\naaa\naa\nb\n\n");
        String[][] basic = {{"a.c"}, {"a\\.c"}, {"^a"}, {"c$"}, {"^$"}, {"^abc$"}, {"x^y"}, {"x$y"}, {"^\\^x"},
            {"a*c"}, {"*c"}, {"^*"}, {"a\\{2\\}"}, {"a\\{2,\\}"}, {"^a\\{1,2\\}$"}, {"a\\{,1\\}b"},
            {"\\(ab\\)\\1"}, {"\\(a\\)\\(b\\)\\2"}, {"^\\(.\\)\\1"}, {"\\(a\\|b\\)c"},
            {"a\\|zz"}, {"a\\+b"}, {"ab\\?c"}, {"a+b"}, {"a|b"}, {"(a)"}, {"a{2}"}, {"{1}"},
            {"[abc]"}, {"[^abc]"}, {"^[^a-z]*$"}, {"[[:digit:]]\\{3\\}-"}, {"[[:upper:]][[:lower:]]"},
            {"[[:space:]]"}, {"[[:punct:]]"}, {"[]x]"}, {"[^]x]"}, {"[a-]"}, {"[.]"}, {"[\\]"}, {"[[.-.]]"},
            {"[[=a=]]b"}, {"\\<foo"}, {"bar\\>"}, {"\\bfoo\\b"}, {"\\Bbar"}, {"\\w\\W\\w"}, {"\\s"},
            {"-i", "abc"}, {"-i", "[a-c]\\{3\\}"}, {"-i", "\\(a\\)\\1"}, {"-in", "[^a-z]B"},
            {"-v", "a"}, {"-c", "."}, {"-x", "a*"}, {"-e", "^b$", "-e", "x\\$"},
            {"\\(a"}, {"a\\)"}, {"a\\{1"}, {"a\\{2,1\\}"}, {"[a"}, {"[[:nope:]]"}, {"[:space:]"}, {"\\"},
            {"\\(a\\)\\2"}, {"[b-a]"}};
        for (String[] a : basic) {
            String[] args = java.util.Arrays.copyOf(a, a.length + 1);
            args[a.length] = "re";
            same(Grep::run, "grep", args);
        }
        String[][] extended = {{"a.c"}, {"^(ab)+$"}, {"(ab)\\1"}, {"a|zz"}, {"^(a|b)*$"}, {"a+b"}, {"ab?c"},
            {"a{2}"}, {"^a{1,2}$"}, {"a{,1}b"}, {"a{"}, {"a{1"}, {"a{1,2"}, {"*c"}, {"+"}, {"{1}"}, {"a**"}, {"a+?"},
            {"()"}, {")"}, {"\\(a\\)"}, {"\\|"}, {"x^y"}, {"x$y"}, {"^$"}, {"(^a|c$)"}, {"[[:alpha:]]+ [[:alpha:]]+"},
            {"(a)(b)\\2"}, {"((a)b)\\2"}, {"(a)|\\1"}, {"(a)\\1|b"}, {"((a)|b)\\2"}, {"((a)|b\\2)"}, {"\\<(foo|bar)\\>"}, {"-i", "(A|X)B"}, {"-x", "(a|b)+"},
            {"("}, {"a{2,1}"}, {"(a))"}, {"[z-a]"}};
        for (String[] a : extended) {
            String[] args = new String[a.length + 2];
            args[0] = "-E";
            System.arraycopy(a, 0, args, 1, a.length);
            args[a.length + 1] = "re";
            same(Grep::run, "grep", args);
        }
    }

    /** Random patterns from regex pieces (valid or not), basic and extended, against GNU grep -c on the same lines. */
    @Test
    void grepRandomRegex() throws Exception {
        write("rr", "a\nab\naab\nabab\nba\nb\n\nabc\n(a)\na|b\na+b\na*\n{1}\nxyz\naaaa\nbab\n^a\n$\n.\nA\nAb\n");
        String[] ere = {"a", "b", "c", ".", "*", "+", "?", "|", "(", ")", "()", "[ab]", "[^a]", "{2}", "{1,2}", "{,2}", "^", "$",
            "\\1", "\\.", "[[:alpha:]]", "\\<", "\\>", "\\w", "x"};
        String[] bre = {"a", "b", "c", ".", "*", "\\+", "\\?", "\\|", "\\(", "\\)", "[ab]", "[^a]", "\\{2\\}",
            "\\{1,2\\}", "^", "$", "\\1", "+", "?", "|", "(", ")", "{", "}", "\\.", "[[:lower:]]", "\\b", "x"};
        Random r = new Random(13);
        for (int k = 0; k < 300; k++) {
            boolean extended = k % 2 == 0;
            String[] pieces = extended ? ere : bre;
            StringBuilder p = new StringBuilder();
            int depth = 0;
            for (int n = 1 + r.nextInt(6); n > 0; n--) {
                String piece = pieces[r.nextInt(pieces.length)];
                boolean repetition = extended && "*+?{".indexOf(piece.charAt(0)) >= 0;
                boolean nothingBefore = p.length() == 0 || "(|".indexOf(p.charAt(p.length() - 1)) >= 0;
                // a leading ERE repetition is undefined by POSIX; GNU warns, and its two matchers disagree on it
                p.append(repetition && nothingBefore ? "b" : "").append(piece);
                depth += piece.equals("(") ? 1 : 0;
                if (extended && piece.equals(")") && --depth < 0) {
                    p.setLength(p.length() - 1);   // an unmatched ")" too: GNU's matchers disagree (literal or error)
                    depth = 0;
                }
            }
            List<String> a = new ArrayList<>();
            if (extended) {
                a.add("-E");
            }
            if (r.nextInt(4) == 0) {
                a.add("-i");
            }
            a.add("-c");
            a.add("--");
            a.add(p.toString());
            a.add("rr");
            same(Grep::run, "grep", a.toArray(new String[0]));
        }
    }

    /** date -d @SECONDS +FORMAT in UTC: every conversion, around leap days, centuries and before 1970. */
    @Test
    void date() throws Exception {
        long[] times = {0, 1, -1, 59, 86_399, 951_782_400, 951_868_800, 1_582_934_400, 4_107_542_399L, 1_764_911_784,
            -2_208_988_800L, 253_402_300_799L, 1_234_567_890, 43_200, 46_800};
        for (long t : times) {
            same(Date::run, "date", "-u", "-d", "@" + t);
            same(Date::run, "date", "-u", "-d", "@" + t, "+%a %A %b %B %h %C %d %D %e %F %H %I %j %k %l %m %M %n %N %p %R %s %S%t%T %u %w %y %Y %z %Z %% %c");
        }
        Random r = new Random(7);
        for (int k = 0; k < 30; k++) {
            same(Date::run, "date", "-u", "-d", "@" + (r.nextLong() % 40_000_000_000L), "+%F %T %a %j %u");
        }
        same(Date::run, "date", "-u", "-d", "@5", "+%Q %");
    }

    /** Random files of short lines (numbers, signs, blanks, case, repeats) through sort, uniq, wc and grep. */
    @Test
    void randomInputs() throws Exception {
        Random r = new Random(42);
        String[] atoms = {"1", "01", "-2", "2.50", " 3", "\t4", "a", "A", "b", "-", ".", "x y", "", "10", "-0", "9.9"};
        for (int round = 0; round < 15; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                sb.append(atoms[r.nextInt(atoms.length)]);
                if (r.nextInt(3) == 0) {
                    sb.append(atoms[r.nextInt(atoms.length)]);
                }
                sb.append('\n');
            }
            if (r.nextBoolean() && sb.length() > 0) {
                sb.setLength(sb.length() - 1);
            }
            write("rand", sb.toString());
            for (String[] a : new String[][] {{"-n"}, {"-nu"}, {"-r"}, {"-u"}, {"-nr"}}) {
                same(Sort::run, "sort", a[0], "rand");
            }
            same(Uniq::run, "uniq", "-c", "rand");
            same(Uniq::run, "uniq", "-d", "rand");
            same(Wc::run, "wc", "rand");
            same(Grep::run, "grep", "-n", "1", "rand");
            same(HeadTail::tail, "tail", "-n", "3", "rand");
        }
    }
}
