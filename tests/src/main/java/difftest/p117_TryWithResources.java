package difftest;

public class p117_TryWithResources {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; log.append("open " + name + "; "); }
        Res(String name) { this(name, false); }
        public void close() {
            log.append("close " + name + "; ");
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static void run(String title, Runnable r) {
        log.setLength(0);
        try { r.run(); log.append("completed"); }
        catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage());
            for (Throwable s : e.getSuppressed()) log.append(" [suppressed ").append(s.getMessage()).append("]");
        }
        System.out.println(title + ": " + log);
    }

    public static void main(String[] args) {
        run("two ok", () -> { try (Res a = new Res("a"); Res b = new Res("b")) { log.append("body; "); } });
        run("body throws", () -> { try (Res a = new Res("a"); Res b = new Res("b")) { throw new RuntimeException("body"); } });
        run("close throws", () -> { try (Res a = new Res("a", true)) { log.append("body; "); } });
        run("both throw", () -> { try (Res a = new Res("a", true); Res b = new Res("b", true)) { throw new RuntimeException("body"); } });
        run("null resource", () -> { try (Res a = null) { log.append("body with null; "); } });
        run("with catch+finally", () -> {
            try (Res a = new Res("a")) { throw new RuntimeException("x"); }
            catch (RuntimeException e) { log.append("inner catch " + e.getMessage() + "; "); }
            finally { log.append("finally; "); }
        });
        Res outer = new Res("existing");
        run("java9 style", () -> { try (outer) { log.append("using; "); } });
        run("ctor fails", () -> {
            try (Res a = new Res("a"); Res b = make()) { log.append("unreached; "); }
        });
    }

    static Res make() { throw new RuntimeException("make failed"); }
}
