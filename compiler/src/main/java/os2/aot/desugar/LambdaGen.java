package os2.aot.desugar;

import static org.objectweb.asm.Opcodes.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Turns a LambdaMetafactory call site into a generated class (implementing the functional
 * interface and markers, one final field per captured value) and a call of its static factory.
 * Non-capturing lambdas get one shared instance, as on the JDK.
 */
final class LambdaGen {
    static final String FACTORY = "create";
    private static final String INSTANCE = "INSTANCE";

    private LambdaGen() {
    }

    /** Returns the instruction that replaces {@code indy}; identical call sites share one class. */
    static MethodInsnNode rewrite(HostContext ctx, InvokeDynamicInsnNode indy) {
        LambdaSpec spec = LambdaSpec.parse(indy);
        List<Object> key = List.of("lambda", indy.name, indy.desc, indy.bsm, List.of(indy.bsmArgs));
        String className = ctx.cached(key, k -> generate(ctx, spec).name);
        return new MethodInsnNode(INVOKESTATIC, className, FACTORY, indy.desc, false);
    }

    private static ClassNode generate(HostContext ctx, LambdaSpec spec) {
        ImplCall call = ImplCall.of(ctx, spec.impl());
        ClassNode c = new ClassNode();
        Set<String> interfaces = new LinkedHashSet<>();
        interfaces.add(spec.interfaceName());
        interfaces.addAll(spec.markers());
        if (spec.serializable() && ctx.classExists.test("java/io/Serializable")) {
            interfaces.add("java/io/Serializable");
        }
        c.visit(ctx.host.version, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, ctx.nextLambdaClassName(), null,
                "java/lang/Object", interfaces.toArray(new String[0]));
        c.sourceFile = ctx.host.sourceFile;
        Type[] captures = spec.captures();
        for (int i = 0; i < captures.length; i++) {
            c.fields.add(new FieldNode(ACC_PRIVATE | ACC_FINAL, field(i), captures[i].getDescriptor(), null, null));
        }
        add(c, constructor(c, captures));
        add(c, factory(c, spec));
        if (captures.length == 0) {
            c.fields.add(new FieldNode(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, INSTANCE,
                    Type.getObjectType(c.name).getDescriptor(), null, null));
            add(c, classInit(c));
        }
        Set<Type> descs = new LinkedHashSet<>();
        descs.add(spec.samType());
        descs.addAll(spec.bridges());
        boolean first = true;
        for (Type desc : descs) {
            int access = first ? ACC_PUBLIC : ACC_PUBLIC | ACC_BRIDGE | ACC_SYNTHETIC;
            add(c, samMethod(c, spec, call, desc, access));
            first = false;
        }
        ctx.generated.add(c);
        return c;
    }

    private static String field(int i) {
        return "arg$" + (i + 1);
    }

    private static void add(ClassNode c, MethodNode m) {
        Maxs.compute(m);
        c.methods.add(m);
    }

    private static MethodNode constructor(ClassNode c, Type[] captures) {
        MethodNode m = new MethodNode(ACC_PRIVATE, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captures),
                null, null);
        InsnList code = m.instructions;
        code.add(new VarInsnNode(ALOAD, 0));
        code.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false));
        int slot = 1;
        for (int i = 0; i < captures.length; i++) {
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(Adapt.load(captures[i], slot));
            code.add(new FieldInsnNode(PUTFIELD, c.name, field(i), captures[i].getDescriptor()));
            slot += captures[i].getSize();
        }
        code.add(new InsnNode(RETURN));
        return m;
    }

    /** Package-private so the host (same package) can call it; static like the call site it replaces. */
    private static MethodNode factory(ClassNode c, LambdaSpec spec) {
        MethodNode m = new MethodNode(ACC_STATIC, FACTORY, spec.factoryDesc().getDescriptor(), null, null);
        InsnList code = m.instructions;
        Type[] captures = spec.captures();
        if (captures.length == 0) {
            code.add(new FieldInsnNode(GETSTATIC, c.name, INSTANCE, Type.getObjectType(c.name).getDescriptor()));
        } else {
            code.add(new TypeInsnNode(NEW, c.name));
            code.add(new InsnNode(DUP));
            int slot = 0;
            for (Type t : captures) {
                code.add(Adapt.load(t, slot));
                slot += t.getSize();
            }
            code.add(new MethodInsnNode(INVOKESPECIAL, c.name, "<init>",
                    Type.getMethodDescriptor(Type.VOID_TYPE, captures), false));
        }
        code.add(new InsnNode(ARETURN));
        return m;
    }

    private static MethodNode classInit(ClassNode c) {
        MethodNode m = new MethodNode(ACC_STATIC, "<clinit>", "()V", null, null);
        m.instructions.add(new TypeInsnNode(NEW, c.name));
        m.instructions.add(new InsnNode(DUP));
        m.instructions.add(new MethodInsnNode(INVOKESPECIAL, c.name, "<init>", "()V", false));
        m.instructions.add(new FieldInsnNode(PUTSTATIC, c.name, INSTANCE, Type.getObjectType(c.name).getDescriptor()));
        m.instructions.add(new InsnNode(RETURN));
        return m;
    }

    /**
     * The interface method (or a bridge) with descriptor {@code desc}: each argument is first cast to
     * its instantiated type, then adapted to the implementation's parameter; the result goes the
     * other way. Captured values come first, as LambdaMetafactory prescribes.
     */
    private static MethodNode samMethod(ClassNode c, LambdaSpec spec, ImplCall call, Type desc, int access) {
        MethodNode m = new MethodNode(access, spec.samName(), desc.getDescriptor(), null, null);
        InsnList code = m.instructions;
        Type[] captures = spec.captures();
        Type[] params = desc.getArgumentTypes();
        Type[] inst = spec.instType().getArgumentTypes();
        List<Type> targets = call.params();
        if (captures.length + params.length != targets.size() || params.length != inst.length) {
            throw new DesugarException("lambda " + spec.samName() + spec.samType() + " cannot call " + spec.impl()
                    + ": argument count mismatch");
        }
        call.emitNew(code);
        for (int i = 0; i < captures.length; i++) {
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new FieldInsnNode(GETFIELD, c.name, field(i), captures[i].getDescriptor()));
            Adapt.convert(code, captures[i], targets.get(i));
        }
        int slot = 1;
        for (int i = 0; i < params.length; i++) {
            code.add(Adapt.load(params[i], slot));
            slot += params[i].getSize();
            Adapt.convert(code, params[i], inst[i]);
            Adapt.convert(code, inst[i], targets.get(captures.length + i));
        }
        call.emitInvoke(code);
        Type instReturn = spec.instType().getReturnType();
        Adapt.convert(code, call.result(), instReturn);
        Adapt.convert(code, instReturn, desc.getReturnType());
        code.add(Adapt.returnOf(desc.getReturnType()));
        return m;
    }
}
