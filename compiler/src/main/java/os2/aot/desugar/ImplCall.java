package os2.aot.desugar;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * How a generated lambda class invokes a lambda's implementation method: either directly, or through
 * a synthetic static accessor in the host when the target may be inaccessible from another class
 * (private members of the host or of its nestmates; {@code invokespecial}, which only the host may
 * issue). Accessors keep the exact dispatch of the original handle, so a private method never
 * becomes overridable.
 *
 * @param opcode the invoke instruction the lambda class emits
 * @param owner  its owner
 * @param name   its name
 * @param desc   its descriptor
 * @param itf    whether the owner is an interface
 * @param newType the class to instantiate before the call (constructor reference), else null
 * @param params the types the lambda class must push (receiver included), in order
 * @param result the type the call leaves on the stack
 */
record ImplCall(int opcode, String owner, String name, String desc, boolean itf, String newType,
                List<Type> params, Type result) {

    /** Decides how to call {@code impl} from a class in the host's package. */
    static ImplCall of(HostContext ctx, Handle impl) {
        int kind = impl.getTag();
        if (kind < H_INVOKEVIRTUAL) {
            throw new DesugarException("field handle " + impl + " as lambda implementation");
        }
        if (needsAccessor(ctx, impl)) {
            String accessor = ctx.cached(List.of("accessor", impl), key -> addAccessor(ctx, impl));
            String desc = accessorDesc(ctx, impl);
            Type type = Type.getMethodType(desc);
            return new ImplCall(INVOKESTATIC, ctx.host.name, accessor, desc, ctx.hostIsInterface(), null,
                    Arrays.asList(type.getArgumentTypes()), type.getReturnType());
        }
        Type method = Type.getMethodType(impl.getDesc());
        List<Type> params = new ArrayList<>();
        Type owner = Type.getObjectType(impl.getOwner());
        switch (kind) {
            case H_INVOKESTATIC:
                return new ImplCall(INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(),
                        impl.isInterface(), null, Arrays.asList(method.getArgumentTypes()), method.getReturnType());
            case H_NEWINVOKESPECIAL:
                return new ImplCall(INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false,
                        impl.getOwner(), Arrays.asList(method.getArgumentTypes()), owner);
            case H_INVOKEVIRTUAL:
            case H_INVOKEINTERFACE:
                params.add(owner);
                params.addAll(Arrays.asList(method.getArgumentTypes()));
                return new ImplCall(kind == H_INVOKEVIRTUAL ? INVOKEVIRTUAL : INVOKEINTERFACE, impl.getOwner(),
                        impl.getName(), impl.getDesc(), impl.isInterface(), null, params, method.getReturnType());
            default:
                throw new DesugarException("unexpected lambda implementation handle " + impl);
        }
    }

    /** Emits the call (for constructors, NEW/DUP must precede the arguments: see {@link #emitNew}). */
    void emitInvoke(InsnList out) {
        out.add(new MethodInsnNode(opcode, owner, name, desc, itf));
    }

    void emitNew(InsnList out) {
        if (newType != null) {
            out.add(new TypeInsnNode(NEW, newType));
            out.add(new InsnNode(DUP));
        }
    }

    private static boolean needsAccessor(HostContext ctx, Handle impl) {
        if (impl.getTag() == H_INVOKESPECIAL) {
            return true;
        }
        if (impl.getOwner().equals(ctx.host.name)) {
            MethodNode target = ctx.findHostMethod(impl.getName(), impl.getDesc());
            return target != null && (target.access & ACC_PRIVATE) != 0;
        }
        return maybeNestmate(ctx, impl.getOwner());
    }

    /**
     * Since Java 11 javac refers directly to private members of nestmates. The host alone cannot
     * tell whether such a member is private, so every class that may share its nest (same
     * top-level class name prefix, or listed in the host's nest attributes) is reached through the host.
     */
    private static boolean maybeNestmate(HostContext ctx, String owner) {
        String top = ctx.host.nestHostClass != null ? ctx.host.nestHostClass : ctx.host.name;
        int dollar = top.indexOf('$', top.lastIndexOf('/') + 1);
        if (dollar > 0) {
            top = top.substring(0, dollar);
        }
        boolean listed = ctx.host.nestMembers != null && ctx.host.nestMembers.contains(owner);
        return listed || owner.equals(top) || owner.startsWith(top + "$");
    }

    /** Static accessor descriptor: receiver (typed as the host for invokespecial) + parameters. */
    private static String accessorDesc(HostContext ctx, Handle impl) {
        Type method = Type.getMethodType(impl.getDesc());
        List<Type> params = new ArrayList<>();
        switch (impl.getTag()) {
            case H_INVOKESTATIC:
                return impl.getDesc();
            case H_NEWINVOKESPECIAL:
                return Type.getMethodDescriptor(Type.getObjectType(impl.getOwner()), method.getArgumentTypes());
            case H_INVOKESPECIAL:
                // The verifier requires invokespecial's receiver to be the current class (or a subclass).
                params.add(Type.getObjectType(ctx.host.name));
                break;
            default:
                params.add(Type.getObjectType(impl.getOwner()));
        }
        params.addAll(Arrays.asList(method.getArgumentTypes()));
        return Type.getMethodDescriptor(method.getReturnType(), params.toArray(new Type[0]));
    }

    private static String addAccessor(HostContext ctx, Handle impl) {
        String name = ctx.freshMethodName("access$lambda$");
        String desc = accessorDesc(ctx, impl);
        MethodNode m = new MethodNode(ctx.helperAccess(false), name, desc, null, null);
        Type type = Type.getMethodType(desc);
        InsnList code = m.instructions;
        if (impl.getTag() == H_NEWINVOKESPECIAL) {
            code.add(new TypeInsnNode(NEW, impl.getOwner()));
            code.add(new InsnNode(DUP));
        }
        int slot = 0;
        for (Type arg : type.getArgumentTypes()) {
            code.add(Adapt.load(arg, slot));
            slot += arg.getSize();
        }
        code.add(new MethodInsnNode(accessorOpcode(ctx, impl), impl.getOwner(),
                impl.getTag() == H_NEWINVOKESPECIAL ? "<init>" : impl.getName(), impl.getDesc(), impl.isInterface()));
        code.add(Adapt.returnOf(type.getReturnType()));
        ctx.addHostMethod(m);
        return name;
    }

    private static int accessorOpcode(HostContext ctx, Handle impl) {
        switch (impl.getTag()) {
            case H_INVOKESTATIC:
                return INVOKESTATIC;
            case H_INVOKESPECIAL:
            case H_NEWINVOKESPECIAL:
                return INVOKESPECIAL;
            default:
                break;
        }
        MethodNode target = impl.getOwner().equals(ctx.host.name)
                ? ctx.findHostMethod(impl.getName(), impl.getDesc()) : null;
        if (target != null && (target.access & ACC_PRIVATE) != 0) {
            // A private method of the host itself: bind exactly, as the handle did.
            return INVOKESPECIAL;
        }
        return impl.getTag() == H_INVOKEINTERFACE ? INVOKEINTERFACE : INVOKEVIRTUAL;
    }
}
