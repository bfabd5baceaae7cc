package os2.user.sh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellTest {
    final FakeHost host = new FakeHost();
    final Shell sh = new Shell(host, Map.of("HOME", "/tmp"));

    @Test
    void runsProgramsAndTracksStatus() {
        assertEquals(0, sh.run("echo hello   world"));
        assertEquals("hello world\n", host.out.toString());
        assertEquals(1, sh.run("fail"));
        sh.run("echo $?");
        assertEquals("hello world\n1\n", host.out.toString());
        assertEquals(127, sh.run("nosuch a b"));
        assertEquals("fail\nsh: nosuch: command not found\n", host.err.toString());
        assertEquals(127, sh.run("./echo"));
    }

    @Test
    void andOrShortCircuit() {
        sh.run("fail && echo no; echo $?");
        sh.run("fail || echo yes");
        sh.run("echo a && echo b || echo c");
        sh.run("status 3 || status 4 && echo after4");
        assertEquals("1\nyes\na\nb\n", host.out.toString());
        assertEquals(4, sh.status());
        assertEquals(List.of("/bin/fail", "/bin/echo", "/bin/fail", "/bin/echo", "/bin/echo", "/bin/echo",
                "/bin/status", "/bin/status"), host.started.stream().map(s -> s.get(0).program()).toList());
    }

    @Test
    void pipelinesAndRedirections() {
        sh.run("echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f | cat | cat > out");
        assertEquals("one\ntwo\n", host.files.get("/tmp/f"));
        assertEquals("one\ntwo\n", host.files.get("/out"), "relative to the working directory /");
        sh.run("fail 2> /tmp/e; fail 2>> /tmp/e; fail > /tmp/both 2>&1");
        assertEquals("fail\nfail\n", host.files.get("/tmp/e"));
        assertEquals("fail\n", host.files.get("/tmp/both"));
        assertEquals(1, sh.run("cat < /nope"));
        assertEquals("sh: /nope: no such file\n", host.err.toString());
        sh.run("> /tmp/empty");
        assertEquals("", host.files.get("/tmp/empty"));
        sh.run("pwd > /tmp/p; help | cat > /tmp/h");
        assertEquals("/\n", host.files.get("/tmp/p"));
        assertTrue(host.files.get("/tmp/h").startsWith("OS2 shell."));
    }

    @Test
    void variablesAndEnvironment() {
        sh.run("X=local; env; echo $X ${X}s");
        sh.run("X=once env; export X; env; export Y=2 Z; export");
        assertTrue(host.out.toString().startsWith("(unset)\nlocal locals\nonce\nlocal\nexport "), host.out.toString());
        assertTrue(host.out.toString().endsWith("export HOME='/tmp'\nexport PATH='/bin'\nexport PWD='/'\n"
                + "export X='local'\nexport Y='2'\n"), host.out.toString());
        sh.run("unset X; echo [$X]");
        assertTrue(host.out.toString().endsWith("[]\n"));
        assertEquals(1, sh.run("export 1A=2"));
    }

    @Test
    void cdAndPwd() {
        sh.run("cd tmp; pwd; cd sub; pwd; cd ..; pwd; cd; pwd; cd -; cd /nowhere");
        assertEquals("/tmp\n/tmp/sub\n/tmp\n/tmp\n/tmp\n", host.out.toString());
        assertEquals("sh: cd: /nowhere: no such directory\n", host.err.toString());
        assertEquals(1, sh.status());
        assertEquals("/tmp", sh.cwd());
        sh.run("echo x > rel");
        assertEquals("x\n", host.files.get("/tmp/rel"));
        assertEquals("/tmp$ ", sh.prompt());
    }

    @Test
    void backgroundJobsWaitAndJobs() {
        sh.run("status 5 &");
        sh.run("echo bg &");
        assertEquals(0, sh.status());
        sh.run("jobs");
        assertEquals("[1] status 5\nbg\n[2] echo bg\n[1] Running  status 5\n[2] Running  echo bg\n", host.out.toString());
        assertEquals(5, sh.run("wait %1"));
        host.background.get(1).done = true;
        host.out.setLength(0);
        sh.reportFinishedJobs();
        assertEquals("[2] Done  echo bg\n", host.out.toString());
        assertEquals(127, sh.run("wait 7"));
        assertEquals(2, sh.run("true && true &"));
        assertEquals(2, sh.run("cd / | cat"));
        assertTrue(host.err.toString().contains("sh: cd: a builtin that changes the shell cannot run in a pipeline"));
    }

    /** kill is a builtin: task ids or %N through the host's Os (which holds the jobs' handles). */
    @Test
    void killEndsJobsByTaskIdOrJobNumber() {
        sh.run("status 3 &");
        sh.run("status 4 &");
        long first = host.background.get(0).id;
        assertEquals(0, sh.run("kill " + first));
        assertEquals(255, host.background.get(0).poll());
        assertEquals(0, sh.run("kill -TERM %2"));
        assertEquals(255, host.background.get(1).poll());
        assertEquals(1, sh.run("kill " + first));
        assertEquals(1, sh.run("kill %7"));
        assertEquals(2, sh.run("kill"));
        assertEquals("kill: (" + first + ") - No such process\nsh: kill: %7: no such job\n"
                + "kill: no process ID given\nTry 'kill --help' for more information.\n", host.err.toString());
        assertTrue(Builtins.isBuiltin("kill"));
    }

    @Test
    void exitStopsTheShell() {
        sh.run("status 9; exit; echo never");
        assertTrue(sh.exited());
        assertEquals(9, sh.status());
        Shell other = new Shell(host, Map.of());
        other.run("exit 300");
        assertEquals(300 & 0xFF, other.status());
        Shell bad = new Shell(host, Map.of());
        assertEquals(2, bad.run("exit x"));
        assertEquals("", host.out.toString());
    }

    @Test
    void syntaxErrorIsOneLineAndStatusTwo() {
        assertEquals(2, sh.run("echo | | x"));
        assertEquals("sh: syntax error at column 8: unexpected '|'\n", host.err.toString());
        assertTrue(host.started.isEmpty());
    }

    @Test
    void interactiveContinuationLines() {
        sh.acceptLine("echo 'a");
        assertEquals("> ", sh.prompt());
        sh.acceptLine("b' |");
        sh.acceptLine("cat");
        assertEquals("a\nb\n", host.out.toString());
        assertEquals("/$ ", sh.prompt());
        sh.acceptLine("echo \"x");
        sh.cancelLine();
        sh.acceptLine("echo y");
        assertEquals("a\nb\ny\n", host.out.toString());
    }

    @Test
    void scriptsRunLineByLineWithPositionalParameters() {
        sh.setPositional(List.of("script.sh", "p1", "p 2"));
        int st = sh.runScript("# a script\necho $0 $# \"$2\"\necho a |\n  cat\nfail || echo rescued\n"
                + "echo bad | | x\necho never\n", "script.sh");
        assertEquals(2, st);
        assertEquals("script.sh 2 p 2\na\nrescued\n", host.out.toString());
        assertEquals("fail\nsh: script.sh: syntax error at line 6, column 12: unexpected '|'\n", host.err.toString());
        Shell s2 = new Shell(host, Map.of());
        assertEquals(3, s2.runScript("status 3\nexit\necho no\n", "s"));
        assertTrue(s2.exited());
        Shell s3 = new Shell(host, Map.of());
        assertEquals(2, s3.runScript("echo 'open\n", "s3"));
        assertTrue(host.err.toString().endsWith("sh: s3: syntax error at line 1, column 6: unterminated single quote\n"));
    }

    @Test
    void completionOfCommandsAndPaths() {
        assertEquals(List.of("cat", "cd"), sh.complete("c", "c"));
        assertEquals(List.of("echo", "env", "exit", "export"), sh.complete("ls | e", "e"));
        assertEquals(List.of("/etc/", "/tmp/"), sh.complete("cat /", "/").subList(1, 3));
        assertEquals(List.of("/etc/motd"), sh.complete("cat /etc/m", "/etc/m"));
        assertEquals(List.of("./bin/"), sh.complete("./b", "./b"));
        sh.run("cd /tmp");
        assertEquals(List.of("sub/"), sh.complete("cat s", "s"));
        assertEquals(List.of("../etc/"), sh.complete("cd ../e", "../e"));
    }

    @Test
    void prefixAssignmentsDoNotStay() {
        sh.run("X=1 echo hi");
        assertNull(sh.var("X"));
        assertFalse(sh.exited());
    }
}
