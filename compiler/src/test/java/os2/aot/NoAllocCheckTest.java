package os2.aot;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The @NoAlloc check: it passes clean code and names the allocation and the path otherwise. */
class NoAllocCheckTest {
    static World world(String main) throws Exception {
        Path classes = Path.of(NoAllocCheckTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path rt = Path.of(os2.rt.NoAlloc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        World w = new World(new ClassPath(WorldTest.RUNTIME, List.of(classes, rt)));
        w.build(main, List.of());
        Layout.run(w);
        return w;
    }

    @Test
    void cleanInterruptPathPasses() throws Exception {
        World w = world("os2.aot.fixtures.NoAllocs$Clean");
        assertDoesNotThrow(() -> NoAllocCheck.run(w));
    }

    @Test
    void allocationTwoCallsDownIsNamedWithItsPath() throws Exception {
        World w = world("os2.aot.fixtures.NoAllocs$Deep");
        CompileError e = assertThrows(CompileError.class, () -> NoAllocCheck.run(w));
        String msg = e.getMessage();
        assertTrue(msg.contains("@NoAlloc method os2.aot.fixtures.NoAllocs$Deep.handler(I)I allocates: new java.lang.StringBuilder"), msg);
        assertTrue(msg.contains("NoAllocs$Deep.helper(NoAllocs.java:"), msg);
        assertTrue(msg.contains("called from os2.aot.fixtures.NoAllocs$Deep.handler"), msg);
    }

    @Test
    void arrayCloneCountsAsAllocation() throws Exception {
        World w = world("os2.aot.fixtures.NoAllocs$Clones");
        CompileError e = assertThrows(CompileError.class, () -> NoAllocCheck.run(w));
        assertTrue(e.getMessage().contains("allocates: array clone"), e.getMessage());
    }

    @Test
    void aClassInitialiserThatAllocatesIsCountedThroughAStaticCall() throws Exception {
        World w = world("os2.aot.fixtures.NoAllocs$ClinitByCall");
        String msg = assertThrows(CompileError.class, () -> NoAllocCheck.run(w)).getMessage();
        assertTrue(msg.startsWith("error: @NoAlloc method os2.aot.fixtures.NoAllocs$ClinitByCall.irq(I)V allocates: "
                + "new array in os2.aot.fixtures.NoAllocs$Ring.<clinit>(NoAllocs.java:"), msg);
        assertTrue(msg.contains("\n  in the class initialisation of os2.aot.fixtures.NoAllocs$Ring (mark it @InitAtBoot"
                + " and initialise it at boot), triggered at os2.aot.fixtures.NoAllocs$ClinitByCall.device(NoAllocs.java:"),
                msg);
        assertTrue(msg.contains("\n  called from os2.aot.fixtures.NoAllocs$ClinitByCall.device(I)V"
                + "\n  called from os2.aot.fixtures.NoAllocs$ClinitByCall.irq(I)V"), msg);
    }

    @Test
    void aClassInitialiserThatAllocatesIsCountedThroughAStaticField() throws Exception {
        World w = world("os2.aot.fixtures.NoAllocs$ClinitByField");
        String msg = assertThrows(CompileError.class, () -> NoAllocCheck.run(w)).getMessage();
        assertTrue(msg.contains("new array in os2.aot.fixtures.NoAllocs$Ring.<clinit>"), msg);
        assertTrue(msg.contains("triggered at os2.aot.fixtures.NoAllocs$ClinitByField.irq(NoAllocs.java:"), msg);
    }

    @Test
    void aSuperclassInitialiserCountsToo() throws Exception {
        World w = world("os2.aot.fixtures.NoAllocs$ClinitOfSuper");
        String msg = assertThrows(CompileError.class, () -> NoAllocCheck.run(w)).getMessage();
        assertTrue(msg.contains("allocates: new java.lang.Object in os2.aot.fixtures.NoAllocs$Base.<clinit>"), msg);
    }

    @Test
    void aClassInitialisedAtBootOrWithoutAllocationPasses() throws Exception {
        World boot = world("os2.aot.fixtures.NoAllocs$ClinitAtBoot");
        assertDoesNotThrow(() -> NoAllocCheck.run(boot));
        World also = world("os2.aot.fixtures.NoAllocs$ClinitAlso");
        assertDoesNotThrow(() -> NoAllocCheck.run(also));
        World plain = world("os2.aot.fixtures.NoAllocs$ClinitNoAlloc");
        assertDoesNotThrow(() -> NoAllocCheck.run(plain));
    }

    @Test
    void runtimeChecksDoNotCountButAnExplicitThrowDoes() throws Exception {
        World checks = world("os2.aot.fixtures.NoAllocs$RuntimeChecks");
        assertDoesNotThrow(() -> NoAllocCheck.run(checks));
        World t = world("os2.aot.fixtures.NoAllocs$Throws");
        String msg = assertThrows(CompileError.class, () -> NoAllocCheck.run(t)).getMessage();
        assertTrue(msg.contains("allocates: new java.lang.IllegalArgumentException in"), msg);
    }
}
