package refused;

/** Must be refused: the library has no threads (java.lang.Thread.start). */
public class StartsThread {
    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> System.out.println("in thread"));
        t.start();
        t.join();
    }
}
