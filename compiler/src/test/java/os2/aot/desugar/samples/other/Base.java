package os2.aot.desugar.samples.other;

/** A superclass in another package, for protected and super:: method references. */
public class Base {
    protected String prot() {
        return "Base.prot";
    }

    protected static String sprot() {
        return "Base.sprot";
    }

    public String pub() {
        return "Base.pub";
    }

    @Override
    public String toString() {
        return "Base.toString";
    }
}
