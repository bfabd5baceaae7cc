package os2.user.prog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ps, kill, mem, caps, sleep, date, uptime and time over a {@link FakeOs}. */
class SysProgsTest {
    final FakeOs os = new FakeOs();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io.Runner runner = Io.Runner.CORES;

    int run(String name, String... args) {
        out.reset();
        err.reset();
        Io io = new Io(In.of(new byte[0], false), out::write, err::write, p -> {
            throw new Io.NotFound(SysError.NO_ENTRY);
        }, os, runner);
        return Programs.run(name, args, io);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void tasks() {
        os.tasks.add(new Os.TaskInfo(1, "init", "blocked", 40, 7, 5));
        os.tasks.add(new Os.TaskInfo(2, "sh", "running", Os.UNKNOWN, 6, 4));
        os.tasks.add(new Os.TaskInfo(17, "httpd", "blocked", Os.UNKNOWN, 10, 12));
    }

    @Test
    void psListsTheTasks() {
        tasks();
        assertEquals(0, run("ps"));
        assertEquals("   ID STATE      CAPS REGIONS FRAMES NAME\n"
                + "    1 blocked       7       5     40 init\n"
                + "    2 running       6       4      - sh\n"
                + "   17 blocked      10      12      - httpd\n", out());
        assertEquals(2, run("ps", "x"));
        assertEquals("ps: extra operand 'x'\nTry 'ps --help' for more information.\n", err());
        os.noSystem = true;
        assertEquals(1, run("ps"));
        assertEquals("ps: Permission denied\n", err());
    }

    @Test
    void psWithoutTheOsSaysSo() {
        out.reset();
        err.reset();
        Io io = new Io(In.of(new byte[0], false), out::write, err::write, p -> null);
        assertEquals(1, Programs.run("ps", new String[0], io));
        assertEquals("ps: Operation not supported\n", err());
        assertEquals(1, Programs.run("mem", new String[0], io));
        assertEquals(1, Programs.run("caps", new String[0], io));
        assertEquals(1, Programs.run("sleep", new String[] {"1"}, io));
        assertEquals(1, Programs.run("date", new String[0], io));
        assertTrue(err().endsWith("date: the time of day is unknown (the system has no real-time clock reading)\n"), err());
    }

    @Test
    void killEndsTasksAndAcceptsEverySignalSpelling() {
        tasks();
        assertEquals(0, run("kill", "17"));
        assertEquals(List.of(17L), os.killed);
        assertEquals(1, run("kill", "-9", "17", "2"));
        assertEquals("kill: (17) - No such process\n", err());
        assertEquals(List.of(17L, 2L), os.killed, "the other operands are still done");
        tasks();
        assertEquals(0, run("kill", "-KILL", "2"));
        assertEquals(0, run("kill", "-s", "term", "17"));
        assertEquals(0, run("kill", "-SIGHUP", "--", "1") == 0 ? 1 : 0, "killing the caller itself is refused");
        assertEquals("kill: (1) - Operation not permitted\n", err());
        assertEquals(2, run("kill", "-FOO", "1"));
        assertEquals("kill: unknown signal: FOO\nTry 'kill --help' for more information.\n", err());
        assertEquals(2, run("kill", "-65", "1"));
        assertEquals(2, run("kill"));
        assertEquals(1, run("kill", "abc"));
        assertEquals("kill: failed to parse argument: 'abc'\n", err());
        assertEquals(0, run("kill", "-l"));
        assertTrue(out().contains("KILL") && out().contains("TERM"), out());
    }

    @Test
    void memShowsFramesRegionsAndHeap() {
        assertEquals(0, run("mem"));
        assertEquals("            total       used       free\n"
                + "frames       1000        300        700\n"
                + "KiB          4000       1200       2800\n"
                + "regions: 12 (user regions of every task)\n"
                + "kernel heap: 300000 bytes live of 1048576\n", out());
        os.memory = new Os.Memory(1, 2, 4096, 0, 5, Os.UNKNOWN);
        assertEquals(0, run("mem"));
        assertTrue(out().endsWith("kernel heap: 5 bytes live of ?\n"), out());
    }

    @Test
    void capsListsSlotsKindsAndRights() {
        os.caps = List.of(new Os.Capability(0, "00000000000000010000000000000002", 1, "console", 1),
                new Os.Capability(3, "0000000000000003000000000000000a", 2, "memory", 512 | 16 | 32),
                new Os.Capability(5, "ff", 9, "system", 0));
        assertEquals(0, run("caps"));
        String[] lines = out().split("\n");
        assertEquals(4, lines.length, out());
        assertEquals("   0 console   read                                     00000000000000010000000000000002", lines[1]);
        assertEquals("   3 memory    transfer,duplicate,alloc                 0000000000000003000000000000000a", lines[2]);
        assertTrue(lines[3].startsWith("   5 system    - "), lines[3]);
    }

    @Test
    void sleepSumsFractionsAndSuffixes() {
        assertEquals(0, run("sleep", "1.5"));
        assertEquals(0, run("sleep", "0.0001", "2m", ".5s", "1h", "1d"));
        assertEquals(0, run("sleep", "0"));
        assertEquals(List.of(1500L, 1L + 120_000 + 500 + 3_600_000 + 86_400_000, 0L), os.slept);
        assertEquals(1, run("sleep"));
        assertEquals("sleep: missing operand\nTry 'sleep --help' for more information.\n", err());
        for (String bad : new String[] {"x", "1x", ".", "", "1.2.3", "s", "1e3"}) {
            assertEquals(1, run("sleep", bad), bad);
            assertEquals("sleep: invalid time interval '" + bad + "'\nTry 'sleep --help' for more information.\n", err());
        }
        assertEquals(3, os.slept.size(), "nothing slept after a bad operand");
    }

    @Test
    void dateFormatsTheWallClock() {
        os.wall = 1_764_911_784_123L;   // 2025-12-05 05:16:24.123 UTC, a Friday
        assertEquals(0, run("date"));
        assertEquals("Fri Dec  5 05:16:24 UTC 2025\n", out());
        assertEquals(0, run("date", "-u", "+%F %T.%N %s %j"));
        assertEquals("2025-12-05 05:16:24.123000000 1764911784 339\n", out());
        assertEquals(1, run("date", "-d", "tomorrow"));
        assertEquals("date: invalid date 'tomorrow'\n", err());
        assertEquals(1, run("date", "nope"));
    }

    @Test
    void uptimeShowsTimeUpAndTasks() {
        os.wall = 1_764_911_784_123L;
        os.nanos = 5L * 60 * 1_000_000_000L + 7;
        os.noSystem = true;
        assertEquals(0, run("uptime"));
        assertEquals(" 05:16:24 up 5 min\n", out(), "no tasks known: no count");
        os.noSystem = false;
        tasks();
        os.nanos = (2L * 86_400 + 3 * 3600 + 4 * 60 + 5) * 1_000_000_000L;
        assertEquals(0, run("uptime"));
        assertEquals(" 05:16:24 up 2 days,  3:04,  3 tasks\n", out());
        assertEquals(0, run("uptime", "-p"));
        assertEquals("up 2 days, 3 hours, 4 minutes\n", out());
        os.wall = Os.UNKNOWN;
        os.nanos = 61L * 1_000_000_000L;
        assertEquals(0, run("uptime"));
        assertEquals("up 1 min,  3 tasks\n", out());
        assertEquals(0, run("uptime", "-p"));
        assertEquals("up 1 minute\n", out());
    }

    @Test
    void timeRunsTheCommandAndReportsElapsedTime() {
        runner = (argv, io) -> {
            os.nanos += 61_234_567_890L;
            return Io.Runner.CORES.run(argv, io);
        };
        assertEquals(1, run("time", "grep", "x"));
        assertEquals("", out());
        assertEquals("\nreal\t1m1.234s\n", err());
        assertEquals(0, run("time", "-p", "echo", "-n", "hi"));
        assertEquals("hi", out());
        assertEquals("real 61.23\n", err());
        assertEquals(127, run("time", "nosuch", "arg"));
        assertEquals("time: cannot run nosuch: No such file or directory\n\nreal\t1m1.234s\n", err());
        assertEquals(2, run("time"));
        assertEquals(2, run("time", "-x", "echo"));
        assertEquals("time: invalid option -- 'x'\nTry 'time --help' for more information.\n", err());
        runner = Io.Runner.CORES;
        assertEquals(0, run("time", "sleep", "2"));
        assertEquals("\nreal\t0m2.000s\n", err(), "the fake clock moves by what sleep asked");
    }

    /** OsSystem's reading of the kernel's SYS_STATUS text (docs/SYSCALLS.md). */
    @Test
    void osSystemParsesTheStatusReport() {
        String report = "uptime_ms 1234\nframes_free 30000\nframes_total 32000\nheap_live 500000\nheap_size 2097152\n"
                + "capabilities 40\ntask 3 blocked 6 4 sh two words\ntask 1 blocked 7 5 init\ntask 9 running 5 7 ps\n"
                + "conn 80 10.0.2.2:5555 ESTABLISHED 0\n";
        assertEquals(List.of(new Os.TaskInfo(1, "init", "blocked", Os.UNKNOWN, 7, 5),
                new Os.TaskInfo(3, "sh two words", "blocked", Os.UNKNOWN, 6, 4),
                new Os.TaskInfo(9, "ps", "running", 88, 5, 7)), OsSystem.parseTasks(report, 9, 88));
        assertEquals(new Os.Memory(30000, 32000, 4096, 16, 500000, 2097152), OsSystem.parseMemory(report));
        assertEquals(new Os.Memory(Os.UNKNOWN, Os.UNKNOWN, 4096, 0, Os.UNKNOWN, Os.UNKNOWN), OsSystem.parseMemory(""));
        assertEquals("00000000000000ff", OsSystem.hex(255));
        assertEquals("ffffffffffffffff", OsSystem.hex(-1));
    }
}
