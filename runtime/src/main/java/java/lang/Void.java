package java.lang;

/** The uninstantiable type of void. */
public final class Void {
    private Void() {
    }
}
