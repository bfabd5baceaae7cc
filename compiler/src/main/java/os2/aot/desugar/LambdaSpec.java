package os2.aot.desugar;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * The decoded static arguments of a LambdaMetafactory call site.
 *
 * @param samName      the functional interface's method name (the call site's name)
 * @param factoryDesc  the call site descriptor: captured values to the functional interface
 * @param samType      the erased interface method type (the method the class must implement)
 * @param impl         the implementation method handle
 * @param instType     the instantiated (generic-aware) method type: the dynamic argument/return types
 * @param markers      extra marker interfaces (altMetafactory FLAG_MARKERS)
 * @param bridges      extra method types to implement as bridges (FLAG_BRIDGES)
 * @param serializable whether FLAG_SERIALIZABLE was set
 */
record LambdaSpec(String samName, Type factoryDesc, Type samType, Handle impl, Type instType,
                  List<String> markers, List<Type> bridges, boolean serializable) {
    static final String OWNER = "java/lang/invoke/LambdaMetafactory";
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    static LambdaSpec parse(InvokeDynamicInsnNode indy) {
        Object[] args = indy.bsmArgs;
        boolean alt = indy.bsm.getName().equals("altMetafactory");
        if (args.length < 3 || !(args[0] instanceof Type) || !(args[1] instanceof Handle) || !(args[2] instanceof Type)
                || (alt && (args.length < 4 || !(args[3] instanceof Integer)))) {
            throw new DesugarException("malformed LambdaMetafactory arguments");
        }
        List<String> markers = new ArrayList<>();
        List<Type> bridges = new ArrayList<>();
        int flags = alt ? (Integer) args[3] : 0;
        int next = 4;
        if ((flags & FLAG_MARKERS) != 0) {
            int count = (Integer) args[next++];
            for (int i = 0; i < count; i++) {
                markers.add(((Type) args[next++]).getInternalName());
            }
        }
        if ((flags & FLAG_BRIDGES) != 0) {
            int count = (Integer) args[next++];
            for (int i = 0; i < count; i++) {
                bridges.add((Type) args[next++]);
            }
        }
        return new LambdaSpec(indy.name, Type.getMethodType(indy.desc), (Type) args[0], (Handle) args[1],
                (Type) args[2], markers, bridges, (flags & FLAG_SERIALIZABLE) != 0);
    }

    /** The functional interface the generated class implements. */
    String interfaceName() {
        return factoryDesc.getReturnType().getInternalName();
    }

    Type[] captures() {
        return factoryDesc.getArgumentTypes();
    }
}
