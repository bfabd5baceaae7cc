package os2.aot.desugar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicVerifier;

/** Structural checks of the rewriting, and the error paths. */
class DesugarTest {

    @Test
    void noInvokedynamicRemainsAndPrivateMethodsStayPrivate() {
        ClassNode host = Asm.sample("LambdaSamples");
        assertTrue(Desugar.needs(host));
        Map<String, Integer> before = access(host);
        Desugar.Result result = Desugar.run(host);
        assertFalse(Desugar.needs(result.host()));
        assertFalse(result.generated().isEmpty());
        result.generated().forEach(c -> assertFalse(Desugar.needs(c), c.name));
        // Existing methods keep their access flags: nothing private becomes overridable.
        before.forEach((method, flags) -> assertEquals(flags, access(result.host()).get(method), method));
        for (MethodNode m : result.host().methods) {
            if (m.name.startsWith("access$lambda$")) {
                assertEquals(ACC_STATIC | ACC_SYNTHETIC, m.access, m.name);
            }
        }
        for (ClassNode c : result.generated()) {
            assertEquals(ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, c.access);
            for (FieldNode f : c.fields) {
                assertTrue((f.access & ACC_FINAL) != 0, c.name + "." + f.name);
            }
        }
    }

    /** The back end sizes its frames from maxStack/maxLocals: ASM's Analyzer must accept them as given. */
    @ParameterizedTest
    @ValueSource(strings = {"LambdaSamples", "LambdaSamples$Nested", "SuperRefSample", "InterfaceSample",
            "ConcatSamples", "BigConcatSample", "RecordSamples$Prims", "RecordSamples$Refs", "RecordSamples$Logged"})
    void generatedCodePassesTheAnalyzerWithItsOwnMaxs(String sample) throws AnalyzerException {
        Desugar.Result result = Desugar.run(Asm.sample(sample));
        List<ClassNode> all = new java.util.ArrayList<>(result.generated());
        all.add(result.host());
        for (ClassNode c : all) {
            for (MethodNode m : c.methods) {
                new Analyzer<>(new BasicVerifier()).analyze(c.name, m);
            }
        }
    }

    @Test
    void outputIsDeterministic() {
        List<byte[]> first = bytesOf(Desugar.run(Asm.sample("LambdaSamples")));
        List<byte[]> second = bytesOf(Desugar.run(Asm.sample("LambdaSamples")));
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i));
        }
    }

    @Test
    void serializableIsOnlyAddedWhenAvailable() {
        Desugar.Result with = Desugar.run(Asm.sample("LambdaSamples"));
        Desugar.Result without = Desugar.run(Asm.sample("LambdaSamples"), name -> !name.equals("java/io/Serializable"));
        assertTrue(with.generated().stream().anyMatch(c -> c.interfaces.contains("java/io/Serializable")));
        assertTrue(without.generated().stream().noneMatch(c -> c.interfaces.contains("java/io/Serializable")));
    }

    @Test
    void interfaceHostsGetPublicAccessorsAndInterfaceCalls() {
        Desugar.Result result = Desugar.run(Asm.sample("InterfaceSample"));
        for (MethodNode m : result.host().methods) {
            if (m.name.startsWith("access$") || m.name.startsWith("concat$")) {
                assertTrue((m.access & (ACC_PUBLIC | ACC_PRIVATE)) != 0, m.name);
            }
        }
    }

    @Test
    void unsupportedBootstrapIsReportedWithClassMethodAndBootstrap() {
        Handle bsm = new Handle(H_INVOKESTATIC, "java/lang/runtime/SwitchBootstraps", "typeSwitch",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);
        ClassNode host = hostWith(new InvokeDynamicInsnNode("typeSwitch", "(Ljava/lang/Object;I)I", bsm));
        DesugarException e = assertThrows(DesugarException.class, () -> Desugar.run(host));
        assertTrue(e.getMessage().startsWith("t.Host.m()V: "), e.getMessage());
        assertTrue(e.getMessage().contains("java/lang/runtime/SwitchBootstraps.typeSwitch"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void dynamicConstantsAreRejected() {
        Handle bsm = new Handle(H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", "nullConstant",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        ClassNode host = hostWith(new LdcInsnNode(new ConstantDynamic("_", "Ljava/lang/Object;", bsm)));
        assertTrue(Desugar.needs(host));
        DesugarException e = assertThrows(DesugarException.class, () -> Desugar.run(host));
        assertTrue(e.getMessage().contains("ConstantBootstraps.nullConstant"), e.getMessage());
    }

    @Test
    void concatConvertsObjectsLeftToRight() throws Exception {
        org.objectweb.asm.Type obj = org.objectweb.asm.Type.getType(Object.class);
        ClassNode host = Asm.concatClass("t/Order", "<\u0001|\u0001|\u0001>", new Object[0],
                new org.objectweb.asm.Type[] {obj, obj, obj});
        Desugar.Result result = Desugar.run(host);
        Class<?> c = new Asm.Loader().add(result.host(), Map.of()).loadClass("t.Order");
        StringBuilder order = new StringBuilder();
        Object text = c.getMethod("f", Object.class, Object.class, Object.class)
                .invoke(null, noisy(order, "a"), null, noisy(order, "b"));
        assertEquals("<a|null|b>", text);
        assertEquals("ab", order.toString());
    }

    private static Object noisy(StringBuilder order, String text) {
        return new Object() {
            @Override
            public String toString() {
                order.append(text);
                return text;
            }
        };
    }

    private static ClassNode hostWith(org.objectweb.asm.tree.AbstractInsnNode insn) {
        ClassNode host = new ClassNode();
        host.visit(V17, ACC_PUBLIC | ACC_SUPER, "t/Host", null, "java/lang/Object", null);
        MethodNode m = new MethodNode(ACC_STATIC, "m", "()V", null, null);
        m.instructions.add(insn);
        m.instructions.add(new InsnNode(RETURN));
        host.methods.add(m);
        return host;
    }

    private static Map<String, Integer> access(ClassNode c) {
        Map<String, Integer> map = new java.util.HashMap<>();
        c.methods.forEach(m -> map.put(m.name + m.desc, m.access));
        return map;
    }

    private static List<byte[]> bytesOf(Desugar.Result result) {
        List<byte[]> out = new java.util.ArrayList<>();
        ClassWriter w = new ClassWriter(0);
        result.host().accept(w);
        out.add(w.toByteArray());
        for (ClassNode c : result.generated()) {
            ClassWriter cw = new ClassWriter(0);
            c.accept(cw);
            out.add(cw.toByteArray());
        }
        return out;
    }
}
