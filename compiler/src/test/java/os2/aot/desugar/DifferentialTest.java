package os2.aot.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each sample program twice on this JVM, once as javac compiled it and once desugared (in a
 * fresh class loader, so the JVM verifies every rewritten and generated class), and requires the
 * same transcript.
 */
class DifferentialTest {

    @ParameterizedTest
    @ValueSource(strings = {"LambdaSamples", "SuperRefSample", "InterfaceSample", "ConcatSamples",
            "BigConcatSample", "RecordSamples"})
    void desugaredSampleBehavesLikeTheOriginal(String sample) throws Exception {
        String name = SampleLoader.PREFIX + sample;
        SampleLoader desugared = new SampleLoader(true);
        String expected = run(new SampleLoader(false), name);
        String actual = run(desugared, name);
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
        // The sample (or its nested classes, e.g. records) really exercised the desugaring.
        assertTrue(desugared.desugaredHosts.stream().anyMatch(h -> h.startsWith(name.replace('.', '/'))),
                "sample had no invokedynamic");
        if (Boolean.getBoolean("desugar.show")) {
            System.out.println("== " + sample + " (desugared " + desugared.desugaredHosts + ")\n" + actual);
        }
    }

    @org.junit.jupiter.api.Test
    void lambdaSamplesGenerateClassesNamedAfterTheirHost() throws Exception {
        SampleLoader loader = new SampleLoader(true);
        run(loader, SampleLoader.PREFIX + "LambdaSamples");
        assertTrue(loader.generatedNames.contains("os2/aot/desugar/samples/LambdaSamples$$Lambda$0"),
                loader.generatedNames.toString());
        assertTrue(loader.generatedNames.stream().allMatch(n -> n.matches(".*\\$\\$Lambda\\$\\d+")));
    }

    static String run(ClassLoader loader, String className) throws Exception {
        Class<?> c = Class.forName(className, true, loader);
        Method run = c.getMethod("run");
        return (String) run.invoke(null);
    }
}
