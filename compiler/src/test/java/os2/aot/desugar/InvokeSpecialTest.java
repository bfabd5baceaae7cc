package os2.aot.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * REF_invokeSpecial implementation handles, which javac 17 no longer emits (older compilers did, for
 * private methods and super calls): built by hand, run through the JDK's LambdaMetafactory and desugared.
 */
class InvokeSpecialTest {
    private static final String BASE = "os2/aot/desugar/samples/other/Base";
    private static final Handle METAFACTORY = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
            "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;", false);

    @Test
    void privateInvokeSpecialBehavesAsOnTheJdk() throws Exception {
        ClassNode original = host(false);
        Object expected = new Asm.Loader().add(original, Map.of()).loadClass("t.Spec").getMethod("f").invoke(null);
        assertEquals("private", expected);
        assertEquals(expected, runDesugared(original));
    }

    /**
     * A super call through REF_invokeSpecial (the JDK 17 metafactory itself rejects this shape, as javac
     * routes super::m through a lambda$ method): it must still bind to the superclass method.
     */
    @Test
    void superInvokeSpecialCallsTheSuperclassMethod() throws Exception {
        assertEquals("private|Base.pub", runDesugared(host(true)));
    }

    private static Object runDesugared(ClassNode original) throws Exception {
        Desugar.Result result = Desugar.run(Asm.copy(original));
        assertFalse(Desugar.needs(result.host()));
        Map<String, ClassNode> generated = new HashMap<>();
        result.generated().forEach(c -> generated.put(c.name, c));
        Asm.Loader loader = new Asm.Loader().add(result.host(), generated);
        result.generated().forEach(c -> loader.add(c, generated));
        return loader.loadClass("t.Spec").getMethod("f").invoke(null);
    }

    /** class t.Spec extends Base { private String p(); public String pub(); static String f() } */
    private static ClassNode host(boolean withSuper) {
        ClassNode c = new ClassNode();
        c.visit(V17, ACC_PUBLIC | ACC_SUPER, "t/Spec", null, BASE, null);
        MethodNode init = new MethodNode(ACC_PUBLIC, "<init>", "()V", null, null);
        init.instructions.add(new VarInsnNode(ALOAD, 0));
        init.instructions.add(new MethodInsnNode(INVOKESPECIAL, BASE, "<init>", "()V", false));
        init.instructions.add(new InsnNode(RETURN));
        c.methods.add(init);
        c.methods.add(constant(ACC_PRIVATE, "p", "private"));
        c.methods.add(constant(ACC_PUBLIC, "pub", "Spec.pub"));
        MethodNode f = new MethodNode(ACC_PUBLIC | ACC_STATIC, "f", "()Ljava/lang/String;", null, null);
        f.instructions.add(new TypeInsnNode(NEW, "t/Spec"));
        f.instructions.add(new InsnNode(DUP));
        f.instructions.add(new MethodInsnNode(INVOKESPECIAL, "t/Spec", "<init>", "()V", false));
        f.instructions.add(new VarInsnNode(ASTORE, 0));
        supplier(f, new Handle(H_INVOKESPECIAL, "t/Spec", "p", "()Ljava/lang/String;", false));
        if (withSuper) {
            f.instructions.add(new LdcInsnNode("|"));
            f.instructions.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/String", "concat",
                    "(Ljava/lang/String;)Ljava/lang/String;", false));
            supplier(f, new Handle(H_INVOKESPECIAL, BASE, "pub", "()Ljava/lang/String;", false));
            f.instructions.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/String", "concat",
                    "(Ljava/lang/String;)Ljava/lang/String;", false));
        }
        f.instructions.add(new InsnNode(ARETURN));
        c.methods.add(f);
        return c;
    }

    /** Pushes {@code ((Supplier) indy(local0)).get()} cast to String. */
    private static void supplier(MethodNode f, Handle impl) {
        f.instructions.add(new VarInsnNode(ALOAD, 0));
        f.instructions.add(new InvokeDynamicInsnNode("get", "(Lt/Spec;)Ljava/util/function/Supplier;", METAFACTORY,
                Type.getType("()Ljava/lang/Object;"), impl, Type.getType("()Ljava/lang/String;")));
        f.instructions.add(new MethodInsnNode(INVOKEINTERFACE, "java/util/function/Supplier", "get",
                "()Ljava/lang/Object;", true));
        f.instructions.add(new TypeInsnNode(CHECKCAST, "java/lang/String"));
    }

    private static MethodNode constant(int access, String name, String value) {
        MethodNode m = new MethodNode(access, name, "()Ljava/lang/String;", null, null);
        m.instructions.add(new LdcInsnNode(value));
        m.instructions.add(new InsnNode(ARETURN));
        return m;
    }
}
