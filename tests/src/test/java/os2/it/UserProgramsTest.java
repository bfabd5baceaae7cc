package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OS2 user programs in QEMU: the demos of user/ (Java, compiled with --target os2) and the C
 * programs (built with the SDK), from build/user (./os2 build makes them). Each boot runs one
 * program as init: the boot prints exactly its output and exits with its status.
 */
class UserProgramsTest {
    static Path program(String name) {
        Path p = Os2.out().resolve("user").resolve(name);
        assertTrue(Files.isRegularFile(p), "no user program " + p + ": run ./os2 build");
        return p;
    }

    /** Boots with init ("FILE ARG...": the words after the file are its arguments) and the modules. */
    static Os2.Result runInit(String init, String... modules) throws Exception {
        String[] words = init.split(" ", 2);
        String initArg = program(words[0]) + (words.length > 1 ? " " + words[1] : "");
        List<String> args = new ArrayList<>(List.of("boot", "--headless", "--quiet", "--timeout", "60",
                "--init", initArg));
        for (String m : modules) {
            args.add("--module");
            args.add(program(m).toString());
        }
        Os2.requireImage();
        return Os2.launcher(70, args.toArray(new String[0]));
    }

    @Test
    void javaHelloPrintsExactlyItsLineAndExitsZero() throws Exception {
        Os2.Result r = runInit("hello.elf");
        assertEquals("Hello from Java on OS2\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void cHelloPrintsExactlyItsLineAndExitsZero() throws Exception {
        Os2.Result r = runInit("hello-c.elf");
        assertEquals("Hello from C on OS2\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void systemExitStatusAndArgumentsOfInit() throws Exception {
        Os2.Result r = runInit("exit.elf 42");
        assertEquals("exiting with 42\n", r.stdout(), r.toString());
        assertEquals(42, r.status(), r.toString());
        r = runInit("echo-c.elf alpha beta");
        assertEquals("alpha\nbeta\n", r.stdout(), r.toString());
        assertEquals(2, r.status(), "the C main's return value is the exit status\n" + r);
    }

    /** A fault in a Java task: the kernel's report names the fault and ends with the task's Java frames. */
    @Test
    void aFaultingJavaTaskIsReportedWithItsJavaStackTrace() throws Exception {
        Os2.Result r = runInit("crash.elf");
        String out = r.stdout();
        assertTrue(out.startsWith("about to touch the null page\n"), r.toString());
        assertTrue(out.contains("(crash.elf) killed: CPU exception #PF page fault (vector 14)"), r.toString());
        assertTrue(out.contains("in region null page guard"), r.toString());
        assertTrue(out.contains("\tat os2.user.demo.Crash.main(Crash.java:17)\n"), r.toString());
        assertEquals(142 & 0x7F, r.status(), "status 128 + 14, of which isa-debug-exit carries 7 bits\n" + r);
    }

    @Test
    void uncaughtExceptionPrintsTheJavaStackTraceAndExitsOne() throws Exception {
        Os2.Result r = runInit("throw.elf");
        assertEquals("about to throw\n"
                + "Exception in thread \"main\" java.lang.IllegalStateException: deliberate\n"
                + "\tat os2.user.demo.Throw.fail(Throw.java:14)\n"
                + "\tat os2.user.demo.Throw.main(Throw.java:10)\n", r.stdout(), r.toString());
        assertEquals(1, r.status(), r.toString());
    }

    /**
     * Init without arguments runs the demos' tour: argv (Java and C), exit statuses, a nested
     * spawn (with the modules capability init granted), sleep, events, an image.
     */
    @Test
    void spawnWithArgumentsAndExitStatuses() throws Exception {
        Os2.Result r = runInit("init.elf", "echo.elf", "exit.elf", "throw.elf", "spawner.elf", "sleeper.elf",
                "eventdemo.elf", "echo-c.elf");
        String out = r.stdout();
        assertTrue(out.contains("argc=4\n0: one\n1: two words\n2: \n3: \u00c3\u00a9t\u00c3\u00a9\n"), r.toString());
        for (String line : List.of("init: echo.elf exited with status 0", "init: exit.elf exited with status 7",
                "init: throw.elf exited with status 1", "exit.elf exited with status 3",
                "init: spawner.elf exited with status 3", "slept at least 20 ms", "init: sleeper.elf exited with status 0",
                "child sleeper.elf exited with 0", "timer c: done", "event demo: all done",
                "init: eventdemo.elf exited with status 0",
                "x\ny\nz\ninit: echo-c.elf exited with status 3",
                "init: spawning echo.elf (image)\nargc=2\n0: from\n1: memory\ninit: echo.elf (image) exited with status 0",
                "init: done, 0 entries could not start")) {
            assertTrue(out.contains(line + "\n"), "missing \"" + line + "\" in\n" + r);
        }
        // eventdemo's periodic timers (Successor.Every, 30 and 50 ms) interleave by their deadlines
        int[] at = {out.indexOf("timer a: 3 left\n"), out.indexOf("timer b: 2 left\n"), out.indexOf("timer a: 2 left\n"),
            out.indexOf("timer a: 1 left\n"), out.indexOf("timer b: 1 left\n"), out.indexOf("timer c: done\n")};
        for (int i = 0; i < at.length; i++) {
            assertTrue(at[i] >= 0 && (i == 0 || at[i - 1] < at[i]), "eventdemo's ticks out of order (" + i + ")\n" + r);
        }
        assertTrue(out.indexOf("init: spawning throw.elf") < out.indexOf("Exception in thread \"main\"")
                && out.indexOf("Exception in thread \"main\"") < out.indexOf("init: throw.elf exited"),
                "a child's output comes between its spawn and its exit report:\n" + r);
        assertEquals(0, r.status(), r.toString());
    }

    /** A service that fails is started again three times, then init gives up; one that ends well is not restarted. */
    @Test
    void initRestartsAFailingServiceThreeTimesThenGivesUp() throws Exception {
        Os2.Result r = runInit("init.elf restart:exit.elf 3 ; restart:exit.elf 0", "exit.elf");
        String out = r.stdout();
        assertEquals(4, count(out, "init: exit.elf exited with status 3\n"), r.toString());
        assertEquals(1, count(out, "init: exit.elf exited with status 0\n"), r.toString());
        for (int i = 1; i <= 3; i++) {
            assertTrue(out.contains("init: restarting exit.elf (restart " + i + " of 3)\n"), r.toString());
        }
        assertTrue(out.contains("init: exit.elf failed 4 times, giving up\n"), r.toString());
        assertTrue(out.endsWith("init: done, 0 entries could not start\n"), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    /** Init gives a program the boot modules only when its entry asks: without them, it cannot spawn. */
    @Test
    void initGrantsOnlyWhatAnEntryAsksFor() throws Exception {
        Os2.Result r = runInit("init.elf spawner.elf exit.elf 5 ; modules:spawner.elf exit.elf 3 ; nosuch.elf",
                "spawner.elf", "exit.elf");
        String out = r.stdout();
        assertTrue(out.contains("java.lang.IllegalStateException: no boot modules capability in start slot 4"), r.toString());
        assertTrue(out.contains("init: spawner.elf exited with status 1\n"), r.toString());
        assertTrue(out.contains("exit.elf exited with status 3\ninit: spawner.elf exited with status 3\n")
                || out.contains("init: spawner.elf exited with status 3\n"), r.toString());
        assertTrue(out.contains("init: cannot start nosuch.elf: MODULE_OPEN nosuch.elf: E_NOENT\n"), r.toString());
        assertTrue(out.endsWith("init: done, 1 entries could not start\n"), r.toString());
        assertEquals(1, r.status(), r.toString());
    }

    /** The example of docs/CAPABILITIES.md: a child gets a channel and a region, and sends the pages back. */
    @Test
    void theProcessModelExampleMovesPagesToAChildAndBack() throws Exception {
        Os2.Result r = runInit("init.elf modules:pages.elf", "pages.elf");
        String out = r.stdout();
        assertTrue(out.contains("child: sent 4 pages back\n"), r.toString());
        assertTrue(out.contains(", the address they left from\n"), r.toString());
        for (int p = 0; p < 4; p++) {
            assertTrue(out.contains("parent: page " + p + " says \"page " + p + ", written by the child\"\n"), r.toString());
        }
        assertTrue(out.contains("parent: the child exited with status 0\n"), r.toString());
        assertTrue(out.contains("init: pages.elf exited with status 0\n"), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void withoutArgumentsSpawnerShowsItsUsage() throws Exception {
        // init gets no arguments: Spawner says how to use it and exits 2
        Os2.Result r = runInit("spawner.elf");
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.stdout().contains("usage: Spawner MODULE"), r.toString());
    }

    @Test
    void catCopiesConsoleInputUntilCtrlD() throws Exception {
        String out = Os2.interact(60, "task: init", "first\nsecond \u00c3\u00a9\n\u0004", "cat: 2 lines",
                "--no-net", "--init", program("cat.elf").toString());   // no DHCP line amid cat's output
        assertTrue(out.contains("first\nsecond \u00c3\u00a9\ncat: 2 lines"), out);
    }
    /**
     * The shell's parser and executor, the line editor, the cpio reader and the program cores
     * (os2.user.sh, os2.user.fs, os2.user.prog) compiled for OS2: ShDemo's script prints
     * exactly what it prints on the JVM.
     */
    @Test
    void shellLanguageAndProgramCoresRunNatively() throws Exception {
        Os2.Result r = runInit("shdemo.elf");
        assertEquals("archive: 532 bytes, 2 files\n"
                + "Welcome to OS2\n"
                + "/usr/share\n"
                + "      2 apple\n"
                + "      1 pear\n"
                + "4\n"
                + "found\n"
                + "no zzz, status 1\n"
                + "3 words: 3\n"
                + "     1\tsaved\n"
                + "     2\tagain\n"
                + "00000000  68 69 0a                                          |hi.|\n"
                + "00000003\n"
                + "sh: nosuch: command not found\n"
                + "status 127\n"
                + "sh: demo: syntax error at line 10, column 6: unterminated single quote\n"
                + "editor line: [echo Xb]\n"
                + "editor echo bytes: 57\n"
                + "exit 2\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }
}
