package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code ./os2 boot --headless -- CMD...}: one shell command line, QEMU's exit status is the
 * command's; and a session in tmux, typed with send-keys and read with capture-pane, as a
 * person at a terminal would.
 */
class ShellCommandTest {
    @Test
    void oneCommandLineAndItsStatus() throws Exception {
        Os2.requireImage();
        Os2.Result r = Os2.launcher(300, "boot", "--headless", "--no-net", "--timeout", "280", "--",
                "echo", "hi", "|", "cat", ";", "echo", "two", "words", ">", "/tmp/t", ";", "cat", "/tmp/t");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.stdout().contains("hi\ntwo words\n"), r.toString());
        Os2.Result bad = Os2.launcher(300, "boot", "--headless", "--no-net", "--timeout", "280", "--",
                "grep", "-c", "zzzqqq", "/etc/motd");
        assertEquals(1, bad.status(), bad.toString());
        assertTrue(bad.stdout().contains("0\n"), bad.toString());
    }

    @Test
    void aSessionInTmux() throws Exception {
        Os2.requireImage();
        String session = "os2-" + UUID.randomUUID().toString().substring(0, 8);
        String boot = Os2.root().resolve("os2") + " boot --headless --no-net --timeout 400 --shell";
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", boot);
        try {
            waitForPane(session, "/$", 240);   // capture-pane drops the trailing space
            tmux("send-keys", "-t", session, "echo typed-in-tmux | wc -c", "Enter");
            String pane = waitForPane(session, "14", 60);
            assertTrue(pane.contains("echo typed-in-tmux | wc -c"), pane);
            tmux("send-keys", "-t", session, "ls-not-here", "Enter");
            pane = waitForPane(session, "sh: ls-not-here: command not found", 60);
            assertTrue(pane.contains("command not found"), pane);
        } finally {
            tmux("kill-session", "-t", session);
        }
    }

    private static String waitForPane(String session, String text, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String pane = "";
        while (System.nanoTime() < end) {
            pane = tmux("capture-pane", "-p", "-t", session).stdout();
            int prompt = pane.indexOf("OS2 shell");
            if (prompt >= 0 && pane.indexOf(text, prompt) >= 0) {
                return pane;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no '" + text + "' in the tmux pane within " + seconds + " s:\n" + pane);
    }

    private static Os2.Result tmux(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("tmux"));
        cmd.addAll(List.of(args));
        return Os2.run(cmd, Os2.root().toFile(), java.util.Map.of(), 30);
    }
}
