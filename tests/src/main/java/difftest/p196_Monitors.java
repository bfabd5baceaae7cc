package difftest;

/**
 * Object.notify/notifyAll/wait need the object's monitor (IllegalMonitorStateException otherwise), held by a
 * synchronized block or method (static ones hold the class); with one thread a timed wait returns after its time.
 */
public class p196_Monitors {
    static final Object LOCK = new Object();
    int count;

    synchronized void bump() {
        count++;
        notifyAll();
    }

    synchronized void bumpAndFail() {
        count++;
        throw new IllegalStateException("inside a synchronized method");
    }

    static synchronized void staticNotify() {
        p196_Monitors.class.notify();
    }

    static synchronized int recurse(int n) {
        p196_Monitors.class.notifyAll();
        return n == 0 ? 0 : 1 + recurse(n - 1);
    }

    static void t(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Object o = new Object();
        t("notify without the monitor", o::notify);
        t("notifyAll without the monitor", o::notifyAll);
        t("wait without the monitor", () -> {
            try { o.wait(1); } catch (InterruptedException e) { throw new RuntimeException(e); }
        });
        t("negative wait", () -> {
            try { o.wait(-1); } catch (InterruptedException e) { throw new RuntimeException(e); }
        });
        t("bad nanos", () -> {
            synchronized (o) {
                try { o.wait(1, 1000000); } catch (InterruptedException e) { throw new RuntimeException(e); }
            }
        });
        t("notify in a block", () -> { synchronized (o) { o.notify(); o.notifyAll(); } });
        t("notify of another object in a block", () -> { synchronized (LOCK) { o.notify(); } });
        t("nested blocks", () -> { synchronized (o) { synchronized (LOCK) { o.notify(); LOCK.notify(); } o.notify(); } });
        t("after the block", () -> { synchronized (o) { } o.notify(); });
        p196_Monitors m = new p196_Monitors();
        t("synchronized method", m::bump);
        t("synchronized method that throws", m::bumpAndFail);
        t("monitor released by the throw", m::notify);
        t("static synchronized method", p196_Monitors::staticNotify);
        t("class monitor outside", () -> p196_Monitors.class.notify());
        t("recursive synchronized", () -> System.out.println(recurse(300)));
        t("exception leaves the block", () -> {
            try {
                synchronized (o) { throw new IllegalArgumentException("x"); }
            } catch (IllegalArgumentException e) {
                o.notify();
            }
        });
        synchronized (o) {
            long t0 = System.nanoTime();
            o.wait(20);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("timed wait returned after at least 15 ms: " + (ms >= 15));
            o.wait(0, 500);
            System.out.println("wait(0, 500) returned");
        }
        System.out.println("count " + m.count);
    }
}
