package os2.difftest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The differential suite's third column: every program as an OS2 user program in QEMU.
 * difftest.Main is compiled once with {@code --target os2}; each boot's init is a small C
 * program (os2-batch.c with a generated list) that spawns that module once per program,
 * with the program's name and arguments, and frames each run's console output between
 * markers. Stdout and stderr share the console there, so the harness compares a run with
 * the JVM's stdout when the JVM wrote no stderr, else with the native Linux executable's
 * merged output (itself checked against the JVM by the second column).
 *
 * <p>Enabled by {@code -Ddifftest.os2=true} (needs the kernel image: ./os2 build);
 * {@code difftest.os2.batch} programs per boot (default 40).
 */
final class Os2Column {
    static final boolean ENABLED = Boolean.getBoolean("difftest.os2");
    static final int BATCH = Integer.getInteger("difftest.os2.batch", 40);
    /** Programs whose output differs on OS2 by design: only their exit status is compared. */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            "p186_Clocks", "OS2 has no wall clock (no RTC read): System.currentTimeMillis counts from boot");
    /** Programs not run on OS2, and why. */
    static final Map<String, String> NOT_RUN = Map.of(
            "p198_StdinReaders", "reads System.in: a batch boot's console gives no program its own input",
            "p199_ScannerStdin", "reads System.in: a batch boot's console gives no program its own input");
    static final String START = "\u001eOS2-START ";
    static final String END = "\u001eOS2-END ";

    private Os2Column() {
    }

    /** The repository root (the launcher and user/sdk are there). */
    static Path root() {
        for (Path q = Path.of("").toAbsolutePath(); q != null; q = q.getParent()) {
            if (Files.isRegularFile(q.resolve("os2")) && Files.isDirectory(q.resolve("user/sdk"))) {
                return q;
            }
        }
        throw new IllegalStateException("no OS2 repository above " + Path.of("").toAbsolutePath());
    }

    /**
     * Compiles the suite for OS2 and runs every program, BATCH per boot: name -> its run
     * (stdout is the console output, stderr empty), or throws with what went wrong.
     */
    static Map<String, DifferentialTest.Run> runAll(List<String> names, Path buildDir) throws Exception {
        Path kernel = Path.of(System.getenv().getOrDefault("OS2_OUT", root().resolve("build").toString()), "kernel32.elf");
        if (!Files.isRegularFile(kernel)) {
            throw new IllegalStateException("no kernel image at " + kernel + ": run ./os2 build");
        }
        Path dir = buildDir.resolve("difftest-os2");
        Files.createDirectories(dir);
        Path module = dir.resolve("difftest.elf");
        DifferentialTest.Build b = DifferentialTest.compile("os2", "difftest.Main", DifferentialTest.CLASSES, module);
        if (!b.ok()) {
            throw new IllegalStateException("--target os2 compile of the suite failed:\n" + b.errors());
        }
        Map<String, DifferentialTest.Run> runs = new HashMap<>();
        names = names.stream().filter(n -> !NOT_RUN.containsKey(n)).toList();
        for (int from = 0; from < names.size(); from += BATCH) {
            List<String> batch = names.subList(from, Math.min(names.size(), from + BATCH));
            runs.putAll(boot(batch, dir, module, from / BATCH));
        }
        return runs;
    }

    /** One boot: the batch's init, built with the SDK, then QEMU; the runs it framed. */
    private static Map<String, DifferentialTest.Run> boot(List<String> batch, Path dir, Path module, int n)
            throws IOException, InterruptedException {
        Path list = dir.resolve("batch-list.h");
        Files.writeString(list, listHeader(batch, module.getFileName().toString()));
        Path src = dir.resolve("os2-batch.c");
        try (InputStream in = Os2Column.class.getResourceAsStream("/difftest/os2-batch.c")) {
            Files.write(src, in.readAllBytes());
        }
        Path init = dir.resolve("batch" + n + ".elf");
        Path sdk = root().resolve("user/sdk");
        exec(List.of("gcc", "-static-pie", "-nostdlib", "-ffreestanding", "-fPIE", "-fno-stack-protector", "-O2",
                "-I", sdk.toString(), "-I", dir.toString(), sdk.resolve("crt0.S").toString(), src.toString(),
                "-o", init.toString()), 60);
        long timeout = DifferentialTest.TIMEOUT_S * batch.size() + 60;
        String out = exec(List.of(root().resolve("os2").toString(), "boot", "--headless", "--quiet", "--mem", "1G",
                "--timeout", Long.toString(timeout), "--init", init.toString(), "--module", module.toString()), timeout + 30);
        return parse(out, "./os2 boot ... --init " + init + " --module " + module);
    }

    /** The generated part of the batch init: the module name, the timeout, one (label, args) per run. */
    static String listHeader(List<String> batch, String module) {
        StringBuilder h = new StringBuilder("#define MODULE \"").append(module).append("\"\n");
        h.append("#define TIMEOUT_NS ").append(DifferentialTest.TIMEOUT_S * 1_000_000_000L).append("LL\n");
        h.append("static const struct { const char *label; const char *args; unsigned long len; } RUNS[] = {\n");
        for (String name : batch) {
            List<String> args = new ArrayList<>(List.of(name));
            args.addAll(DifferentialTest.EXTRA_ARGS.getOrDefault(name, List.of()));
            StringBuilder lit = new StringBuilder();
            int len = 0;
            for (String a : args) {
                for (byte x : (a + "\0").getBytes(StandardCharsets.UTF_8)) {
                    lit.append(String.format("\\%03o", x & 0xFF));   // three octal digits: never merges with the next
                    len++;
                }
            }
            h.append("    {\"").append(name).append("\", \"").append(lit).append("\", ").append(len).append("},\n");
        }
        return h.append("};\n").toString();
    }

    /** Splits a boot's console output into runs by the batch init's markers. */
    static Map<String, DifferentialTest.Run> parse(String console, String command) {
        Map<String, DifferentialTest.Run> runs = new HashMap<>();
        int at = console.indexOf(START);
        while (at >= 0) {
            int eol = console.indexOf('\n', at);
            if (eol < 0) {
                break;
            }
            String name = console.substring(at + START.length(), eol);
            int end = console.indexOf(END, eol + 1);
            int next = console.indexOf(START, eol + 1);
            if (end < 0 || (next >= 0 && next < end)) {
                // the boot ended (or the kernel failed) during this run: what it printed, no status
                String rest = console.substring(eol + 1, next < 0 ? console.length() : next);
                runs.put(name, new DifferentialTest.Run(-1, rest, "", true, command));
                at = next;
                continue;
            }
            int endEol = console.indexOf('\n', end);
            String[] how = console.substring(end + END.length(), endEol < 0 ? console.length() : endEol).split(" ");
            boolean exited = how[0].equals("exit");
            int status = exited ? Integer.parseInt(how[1]) & 0xFF : -1;   // Linux keeps the low 8 bits too
            String stderr = exited ? "" : how[0] + " " + how[1];
            runs.put(name, new DifferentialTest.Run(status, console.substring(eol + 1, end), stderr,
                    how[0].equals("timeout"), command));
            at = next;
        }
        return runs;
    }

    /** Runs cmd; its stdout (ISO-8859-1, so bytes compare as the other columns' do). */
    private static String exec(List<String> cmd, long timeoutS) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.from(DifferentialTest.nullFile())).start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        reader.start();
        if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        reader.join();
        String text = new String(out[0], StandardCharsets.ISO_8859_1);
        if (cmd.get(0).equals("gcc") && p.exitValue() != 0) {
            throw new IOException("gcc failed: " + String.join(" ", cmd));
        }
        return text;
    }
}
