package os2.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The closed world, layout and dispatch decisions on a small fixture program. */
class WorldTest {
    static final Path RUNTIME = Path.of("../runtime/target/classes");
    static Path testClasses;
    static World world;

    @BeforeAll
    static void build() throws Exception {
        // the reactor builds runtime/ before compiler/, so its classes are there
        assertTrue(Files.isRegularFile(RUNTIME.resolve("java/lang/Object.class")), "runtime not built");
        testClasses = Path.of(WorldTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassPath cp = new ClassPath(RUNTIME, List.of(testClasses));
        world = new World(cp);
        world.build("os2.aot.fixtures.Shapes", List.of());
        Layout.run(world);
    }

    static ClassInfo cls(String simple) {
        return world.classes.get("os2/aot/fixtures/Shapes$" + simple);
    }

    @Test
    void onlyCalledMethodsOfInstantiatedClassesAreReachable() {
        ClassInfo sq = cls("Square");
        assertTrue(sq.instantiated);
        assertTrue(sq.methods.get("area()I").reachable);
        assertFalse(sq.methods.get("unusedMethod()I").reachable);
        // Never is referenced (a parameter type) but never instantiated: its area() is dead
        ClassInfo never = cls("Never");
        assertFalse(never != null && never.instantiated);
        assertFalse(never != null && never.methods.get("area()I").reachable);
    }

    @Test
    void interfaceCallWithOneImplementationIsDirect() {
        List<MethodInfo> t = world.targets(cls("Shape"), cls("Shape").methods.get("area()I"));
        assertEquals(1, t.size());
        assertEquals(cls("Square"), t.get(0).owner);
    }

    @Test
    void fieldsAreNaturallyAlignedAfterTheHeader() {
        ClassInfo sq = cls("Square");
        String n = sq.name;
        assertEquals(16, sq.fieldOffsets.get(n + ".side"));
        assertEquals(24, sq.fieldOffsets.get(n + ".id"));
        assertEquals(32, sq.fieldOffsets.get(n + ".tag"));
        assertEquals(40, sq.instanceSize);
        assertTrue(sq.refOffsets.isEmpty());
    }

    @Test
    void vtableExtendsObjects() {
        ClassInfo object = world.classes.get("java/lang/Object");
        ClassInfo sq = cls("Square");
        assertEquals(object.vtable, sq.vtable.subList(0, object.vtable.size()));
        assertTrue(sq.vslot.containsKey("area()I"));
    }

    @Test
    void missingClassIsOneClearError() throws Exception {
        ClassPath cp = new ClassPath(RUNTIME, List.of(testClasses));
        World w = new World(cp);
        CompileError e = assertThrows(CompileError.class, () -> w.build("no.such.Main", List.of()));
        assertTrue(e.getMessage().contains("class no.such.Main not found"), e.getMessage());
    }
}
