package os2.aot.desugar.samples;

import java.util.function.Function;
import java.util.function.Supplier;

/** Lambdas and concatenation whose host is an interface (static, default and private methods). */
public interface InterfaceSample {
    String id();

    private String secret(String s) {
        return "secret(" + id() + "," + s + ")";
    }

    private static String sSecret(int x) {
        return "sSecret" + x;
    }

    default Supplier<String> viaRef() {
        return this::id;
    }

    default Function<String, String> viaPrivateRef() {
        return this::secret;
    }

    default Supplier<String> viaLambda(int n) {
        return () -> secret("n=" + n) + sSecret(n);
    }

    static String run() {
        InterfaceSample sample = () -> "impl";
        Function<Integer, String> st = InterfaceSample::sSecret;
        return sample.viaRef().get() + " " + sample.viaPrivateRef().apply("q") + " " + sample.viaLambda(3).get()
                + " " + st.apply(9);
    }
}
