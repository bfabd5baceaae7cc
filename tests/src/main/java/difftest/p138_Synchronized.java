package difftest;

public class p138_Synchronized {
    private int count;
    private static int scount;
    private final Object lock = new Object();

    synchronized void inc() { count++; }
    static synchronized void sinc() { scount++; }

    int guarded(int n) {
        synchronized (lock) {
            synchronized (this) {
                synchronized (lock) { count += n; }
            }
        }
        return count;
    }

    int throwInside() {
        try {
            synchronized (lock) {
                if (count > 0) throw new IllegalStateException("inside monitor");
            }
        } catch (IllegalStateException e) {
            return -1;
        }
        return 0;
    }

    int returnInside() {
        synchronized (this) { return count * 2; }
    }

    public static void main(String[] args) {
        p138_Synchronized o = new p138_Synchronized();
        for (int i = 0; i < 1000; i++) { o.inc(); sinc(); }
        System.out.println(o.count + " " + scount);
        System.out.println(o.guarded(5) + " " + o.throwInside() + " " + o.returnInside());
        synchronized (p138_Synchronized.class) { System.out.println("class monitor"); }
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < 5; i++) sb.append(i);
        System.out.println(sb);
        Object lock = new Object();
        synchronized (lock) {
            lock.notifyAll();
            lock.notify();
        }
        System.out.println("notify ok");
    }
}
