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
}
