package os2.kernel.test;

/** The body of a kernel self test: returns normally to pass, throws to fail. */
@FunctionalInterface
public interface SelfTest {
    void run() throws Exception;
}
