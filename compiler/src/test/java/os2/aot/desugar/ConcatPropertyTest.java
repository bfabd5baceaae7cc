package os2.aot.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * Random makeConcatWithConstants call sites (recipes mixing literal text, constants that contain
 * the tag characters, and arguments of every type, including nulls) must give the same string
 * desugared as through the JDK's own bootstrap.
 */
class ConcatPropertyTest {
    private static final Type[] TYPES = {Type.BOOLEAN_TYPE, Type.BYTE_TYPE, Type.SHORT_TYPE, Type.CHAR_TYPE,
        Type.INT_TYPE, Type.LONG_TYPE, Type.FLOAT_TYPE, Type.DOUBLE_TYPE, Type.getType(String.class),
        Type.getType(Object.class), Type.getType(Integer.class), Type.getType(CharSequence.class)};

    /** One piece of a recipe: literal text, a constant, or an argument (type index + value). */
    record Piece(int kind, String text, int type, Object value) {
    }

    @Property(tries = 150)
    void desugaredConcatMatchesTheJdk(@ForAll("recipes") List<Piece> pieces) throws Exception {
        StringBuilder recipe = new StringBuilder();
        List<Object> constants = new ArrayList<>();
        List<Type> args = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.kind() == 0) {
                recipe.append(p.text());
            } else if (p.kind() == 1) {
                recipe.append('\u0002');
                constants.add(p.text());
            } else {
                recipe.append('\u0001');
                args.add(TYPES[p.type()]);
                values.add(p.value());
            }
        }
        ClassNode original = Asm.concatClass("t/Concat", recipe.toString(), constants.toArray(),
                args.toArray(new Type[0]));
        ClassNode desugared = Desugar.run(Asm.copy(original)).host();
        assertEquals(call(original, args, values), call(desugared, args, values));
    }

    private static Object call(ClassNode node, List<Type> args, List<Object> values) throws Exception {
        Class<?> c = new Asm.Loader().add(node, Map.of()).loadClass("t.Concat");
        Class<?>[] params = new Class<?>[args.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = classOf(args.get(i));
        }
        Method f = c.getMethod("f", params);
        return f.invoke(null, values.toArray());
    }

    private static Class<?> classOf(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: return boolean.class;
            case Type.BYTE: return byte.class;
            case Type.SHORT: return short.class;
            case Type.CHAR: return char.class;
            case Type.INT: return int.class;
            case Type.LONG: return long.class;
            case Type.FLOAT: return float.class;
            case Type.DOUBLE: return double.class;
            default:
                try {
                    return Class.forName(t.getClassName());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
        }
    }

    @Provide
    Arbitrary<List<Piece>> recipes() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab \u0001\u0002\u00e9\u263a[]=\\")
                .ofMinLength(0).ofMaxLength(6);
        Arbitrary<Piece> literal = Arbitraries.strings().withChars("xy ,;\u00e9").ofMinLength(1).ofMaxLength(4)
                .map(s -> new Piece(0, s, 0, null));
        Arbitrary<Piece> constant = text.map(s -> new Piece(1, s, 0, null));
        Arbitrary<Piece> argument = Arbitraries.integers().between(0, TYPES.length - 1)
                .flatMap(t -> value(t).map(v -> new Piece(2, null, t, v)));
        return Arbitraries.oneOf(literal, constant, argument, argument).list().ofMaxSize(12);
    }

    private static Arbitrary<Object> value(int type) {
        switch (type) {
            case 0: return Arbitraries.of(true, false).map(v -> v);
            case 1: return Arbitraries.bytes().map(v -> v);
            case 2: return Arbitraries.shorts().map(v -> v);
            case 3: return Arbitraries.chars().map(v -> v);
            case 4: return Arbitraries.integers().map(v -> v);
            case 5: return Arbitraries.longs().map(v -> v);
            case 6: return Arbitraries.of(0.0f, -0.0f, 1.5f, Float.NaN, Float.MIN_VALUE, 1e10f, Float.NEGATIVE_INFINITY)
                    .map(v -> v);
            case 7: return Arbitraries.doubles().injectDuplicates(0.1).map(v -> v);
            case 8: return Arbitraries.strings().ofMaxLength(4).injectNull(0.2).map(v -> v);
            case 9: return Arbitraries.of(1, "s", 'c', 2.5, List.of(1, 2)).injectNull(0.2).map(v -> v);
            case 10: return Arbitraries.integers().injectNull(0.2).map(v -> v);
            default: return Combinators.combine(Arbitraries.strings().ofMaxLength(3), Arbitraries.of(true, false))
                    .as((s, sb) -> (Object) (sb ? new StringBuilder(s) : s)).injectNull(0.2);
        }
    }
}
