package os2.aot.desugar.samples;

import java.util.function.Supplier;
import os2.aot.desugar.samples.other.Base;

/** super::m and references to protected members of a superclass in another package. */
public class SuperRefSample extends Base {
    @Override
    public String pub() {
        return "Sub.pub";
    }

    @Override
    protected String prot() {
        return "Sub.prot";
    }

    @Override
    public String toString() {
        return "Sub.toString";
    }

    String go() {
        Supplier<String> superPub = super::pub;
        Supplier<String> superProt = super::prot;
        Supplier<String> superToString = super::toString;
        Supplier<String> thisProt = this::prot;
        Supplier<String> staticProt = Base::sprot;
        Supplier<String> thisPub = this::pub;
        return superPub.get() + " " + superProt.get() + " " + superToString.get() + " " + thisProt.get() + " "
                + staticProt.get() + " " + thisPub.get();
    }

    public static String run() {
        return new SuperRefSample().go();
    }
}
