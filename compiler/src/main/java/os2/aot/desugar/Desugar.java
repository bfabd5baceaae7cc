package os2.aot.desugar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The desugaring stage: rewrites every {@code invokedynamic} of a class into plain bytecode, so later
 * stages never see one. Supported bootstraps:
 * <ul>
 * <li>LambdaMetafactory {@code metafactory}/{@code altMetafactory}: a generated class
 *     {@code Host$$Lambda$n} and a call of its static factory;</li>
 * <li>StringConcatFactory {@code makeConcatWithConstants}/{@code makeConcat}: a StringBuilder
 *     helper method in the host;</li>
 * <li>ObjectMethods {@code bootstrap} (records): generated toString/equals/hashCode helpers.</li>
 * </ul>
 * Anything else (and dynamic constants) is a {@link DesugarException}. Generated methods come with
 * max stack/locals but without stack map frames; the caller recomputes frames.
 */
public final class Desugar {

    /**
     * The outcome of {@link #run}.
     *
     * @param host      the host class, modified in place (call sites replaced, helper methods added)
     * @param generated the classes generated for lambdas (none contains invokedynamic)
     */
    public record Result(ClassNode host, List<ClassNode> generated) {
    }

    private Desugar() {
    }

    /** Desugars {@code host} assuming every class it may mention (e.g. java/io/Serializable) exists. */
    public static Result run(ClassNode host) {
        return run(host, name -> true);
    }

    /**
     * Desugars {@code host}.
     *
     * @param classExists tells whether an optional class (internal name) is available; serializable
     *                    lambdas only implement java/io/Serializable when it is
     */
    public static Result run(ClassNode host, Predicate<String> classExists) {
        HostContext ctx = new HostContext(host, classExists);
        // A copy: helper methods get added to the host while we walk it (and contain no invokedynamic).
        for (MethodNode method : new ArrayList<>(host.methods)) {
            for (AbstractInsnNode insn : method.instructions.toArray()) {
                if (insn instanceof InvokeDynamicInsnNode) {
                    InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
                    method.instructions.set(indy, rewrite(ctx, method, indy));
                } else if (insn instanceof LdcInsnNode && ((LdcInsnNode) insn).cst instanceof ConstantDynamic) {
                    ConstantDynamic condy = (ConstantDynamic) ((LdcInsnNode) insn).cst;
                    throw error(host, method, "dynamic constant " + condy.getName() + " with bootstrap "
                            + describe(condy.getBootstrapMethod()) + " is not supported");
                }
            }
        }
        return new Result(host, List.copyOf(ctx.generated));
    }

    /** Whether {@code host} has anything to desugar (a cheap scan of the instructions). */
    public static boolean needs(ClassNode host) {
        for (MethodNode method : host.methods) {
            for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (insn instanceof InvokeDynamicInsnNode
                        || (insn instanceof LdcInsnNode && ((LdcInsnNode) insn).cst instanceof ConstantDynamic)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static MethodInsnNode rewrite(HostContext ctx, MethodNode method, InvokeDynamicInsnNode indy) {
        String bootstrap = describe(indy.bsm);
        try {
            switch (bootstrap) {
                case LambdaSpec.OWNER + ".metafactory":
                case LambdaSpec.OWNER + ".altMetafactory":
                    return LambdaGen.rewrite(ctx, indy);
                case ConcatGen.OWNER + ".makeConcatWithConstants":
                case ConcatGen.OWNER + ".makeConcat":
                    return ConcatGen.rewrite(ctx, indy);
                case RecordGen.OWNER + ".bootstrap":
                    return RecordGen.rewrite(ctx, indy);
                default:
                    throw error(ctx.host, method, "unsupported invokedynamic bootstrap " + bootstrap
                            + " (call site " + indy.name + indy.desc + ")");
            }
        } catch (ClassCastException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw error(ctx.host, method, "malformed call site " + indy.name + indy.desc + " of bootstrap "
                    + bootstrap + ": " + e);
        } catch (DesugarException e) {
            if (e.getMessage().contains(bootstrap)) {
                throw e;
            }
            throw error(ctx.host, method, e.getMessage() + " (bootstrap " + bootstrap + ")");
        }
    }

    private static String describe(Handle bsm) {
        return bsm.getOwner() + "." + bsm.getName();
    }

    private static DesugarException error(ClassNode host, MethodNode method, String message) {
        return new DesugarException(Type.getObjectType(host.name).getClassName() + "." + method.name + method.desc
                + ": " + message);
    }
}
