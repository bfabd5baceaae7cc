package os2.aot.desugar;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Rewrites StringConcatFactory call sites into a private static helper in the host that builds the
 * string with StringBuilder, appending the pieces left to right. Literal text and static constants
 * are folded into string constants at desugaring time.
 */
final class ConcatGen {
    static final String OWNER = "java/lang/invoke/StringConcatFactory";
    private static final String SB = "java/lang/StringBuilder";
    private static final char TAG_ARG = '\u0001';
    private static final char TAG_CONST = '\u0002';
    private static final int CHUNK = 16_000;

    private ConcatGen() {
    }

    static MethodInsnNode rewrite(HostContext ctx, InvokeDynamicInsnNode indy) {
        String recipe;
        Object[] constants;
        Type[] args = Type.getArgumentTypes(indy.desc);
        if (indy.bsm.getName().equals("makeConcat")) {
            recipe = String.valueOf(TAG_ARG).repeat(args.length);
            constants = new Object[0];
        } else {
            if (indy.bsmArgs.length == 0 || !(indy.bsmArgs[0] instanceof String)) {
                throw new DesugarException("makeConcatWithConstants without a recipe");
            }
            recipe = (String) indy.bsmArgs[0];
            constants = java.util.Arrays.copyOfRange(indy.bsmArgs, 1, indy.bsmArgs.length);
        }
        List<Object> key = List.of("concat", recipe, List.of(constants), indy.desc);
        String name = ctx.cached(key, k -> generate(ctx, recipe, constants, indy.desc));
        return new MethodInsnNode(INVOKESTATIC, ctx.host.name, name, indy.desc, ctx.hostIsInterface());
    }

    private static String generate(HostContext ctx, String recipe, Object[] constants, String desc) {
        String name = ctx.freshMethodName("concat$");
        MethodNode m = new MethodNode(ctx.helperAccess(true), name, desc, null, null);
        InsnList code = m.instructions;
        code.add(new TypeInsnNode(NEW, SB));
        code.add(new InsnNode(DUP));
        code.add(new MethodInsnNode(INVOKESPECIAL, SB, "<init>", "()V", false));
        Type[] args = Type.getArgumentTypes(desc);
        StringBuilder literal = new StringBuilder();
        int nextArg = 0;
        int nextConst = 0;
        int slot = 0;
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == TAG_CONST) {
                if (nextConst >= constants.length) {
                    throw new DesugarException("concat recipe needs more constants than given");
                }
                literal.append(constantText(constants[nextConst++]));
            } else if (c == TAG_ARG) {
                if (nextArg >= args.length) {
                    throw new DesugarException("concat recipe needs more arguments than " + desc);
                }
                flush(code, literal);
                Type arg = args[nextArg++];
                code.add(Adapt.load(arg, slot));
                slot += arg.getSize();
                code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "append", appendDesc(arg), false));
            } else {
                literal.append(c);
            }
        }
        if (nextArg != args.length) {
            throw new DesugarException("concat recipe uses " + nextArg + " of " + args.length + " arguments");
        }
        flush(code, literal);
        code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "toString", "()Ljava/lang/String;", false));
        code.add(new InsnNode(ARETURN));
        ctx.addHostMethod(m);
        return name;
    }

    private static void flush(InsnList code, StringBuilder literal) {
        // Folded constants could exceed the constant pool's 65535-byte UTF-8 limit: emit in chunks.
        for (int start = 0; start < literal.length(); start += CHUNK) {
            String piece = literal.substring(start, Math.min(literal.length(), start + CHUNK));
            code.add(new LdcInsnNode(piece));
            code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "append", "(Ljava/lang/String;)L" + SB + ";", false));
        }
        literal.setLength(0);
    }

    /** The text of a static constant, as String.valueOf would give it at link time. */
    private static String constantText(Object constant) {
        if (constant instanceof String || constant instanceof Integer || constant instanceof Long
                || constant instanceof Float || constant instanceof Double) {
            return String.valueOf(constant);
        }
        throw new DesugarException("unsupported string concat constant " + constant);
    }

    /** The StringBuilder.append overload whose text equals String.valueOf of the argument. */
    static String appendDesc(Type arg) {
        String param;
        switch (arg.getSort()) {
            case Type.CHAR: param = "C"; break;
            case Type.BYTE:
            case Type.SHORT:
            case Type.INT: param = "I"; break;
            case Type.LONG: param = "J"; break;
            case Type.FLOAT: param = "F"; break;
            case Type.DOUBLE: param = "D"; break;
            case Type.BOOLEAN: param = "Z"; break;
            default:
                param = arg.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        }
        return "(" + param + ")L" + SB + ";";
    }
}
