package os2.aot.desugar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * State of one {@link Desugar#run} over a host class: the classes generated so far, the helper
 * methods added to the host (deduplicated, so identical call sites share code), and counters that
 * make generated names deterministic.
 */
final class HostContext {
    final ClassNode host;
    final Predicate<String> classExists;
    final List<ClassNode> generated = new ArrayList<>();
    private final Map<Object, Object> cache = new HashMap<>();
    private int lambdaCount;

    HostContext(ClassNode host, Predicate<String> classExists) {
        this.host = host;
        this.classExists = classExists;
    }

    boolean hostIsInterface() {
        return (host.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /** Returns the cached value for {@code key}, creating it on first use. */
    @SuppressWarnings("unchecked")
    <T> T cached(Object key, Function<Object, T> create) {
        Object value = cache.get(key);
        if (value == null) {
            value = create.apply(key);
            cache.put(key, value);
        }
        return (T) value;
    }

    /** The next lambda class name: {@code Host$$Lambda$n}, numbered in order of appearance. */
    String nextLambdaClassName() {
        return host.name + "$$Lambda$" + lambdaCount++;
    }

    /** A method name {@code base + n} no method of the host uses yet. */
    String freshMethodName(String base) {
        for (int n = 0; ; n++) {
            String name = base + n;
            if (host.methods.stream().noneMatch(m -> m.name.equals(name))) {
                return name;
            }
        }
    }

    /** Adds a generated helper method to the host, with its max stack/locals computed. */
    void addHostMethod(MethodNode method) {
        Maxs.compute(method);
        host.methods.add(method);
    }

    MethodNode findHostMethod(String name, String desc) {
        for (MethodNode m : host.methods) {
            if (m.name.equals(name) && m.desc.equals(desc)) {
                return m;
            }
        }
        return null;
    }

    /** Access flags for a synthetic static helper in the host: interface methods must be public or private. */
    int helperAccess(boolean mayBePrivate) {
        int access = Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
        if (mayBePrivate) {
            return access | Opcodes.ACC_PRIVATE;
        }
        return hostIsInterface() ? access | Opcodes.ACC_PUBLIC : access;
    }
}
