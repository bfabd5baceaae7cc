package os2.aot.desugar.samples;

import java.util.List;

/** Records: toString/equals/hashCode over every component type, nesting, local and empty records. */
public class RecordSamples {
    static final StringBuilder LOG = new StringBuilder();

    record Prims(boolean z, byte b, short s, char c, int i, long l, float f, double d) {
    }

    record Refs(String str, Object obj, List<String> list, Integer boxed) {
    }

    record Empty() {
    }

    record Outer(Prims p, Refs r) {
        record Inner(int x) {
        }
    }

    record WithArray(int[] a) {
    }

    record Logged(Noisy a, Noisy b, Noisy c) {
    }

    record Custom(int x) {
        @Override
        public String toString() {
            return "custom" + x;
        }
    }

    static final class Noisy {
        final String n;

        Noisy(String n) {
            this.n = n;
        }

        @Override
        public boolean equals(Object o) {
            LOG.append("eq").append(n).append(' ');
            return o instanceof Noisy && ((Noisy) o).n.equals(n);
        }

        @Override
        public int hashCode() {
            LOG.append("h").append(n).append(' ');
            return n.hashCode();
        }

        @Override
        public String toString() {
            LOG.append("ts").append(n).append(' ');
            return n;
        }
    }

    private static void show(StringBuilder out, Object a, Object b) {
        out.append(a).append(" | hash=").append(a.hashCode()).append(" eq=").append(a.equals(b))
                .append(" self=").append(a.equals(a)).append(" null=").append(a.equals(null))
                .append(" other=").append(a.equals("x")).append('\n');
    }

    public static String run() {
        StringBuilder out = new StringBuilder();
        Prims p1 = new Prims(true, (byte) -1, (short) 7, 'c', -5, 1L << 50, Float.NaN, -0.0);
        show(out, p1, new Prims(true, (byte) -1, (short) 7, 'c', -5, 1L << 50, Float.NaN, -0.0));
        show(out, p1, new Prims(true, (byte) -1, (short) 7, 'c', -5, 1L << 50, Float.NaN, 0.0));
        show(out, new Prims(false, (byte) 0, (short) 0, '\0', 0, 0, 0.0f, Double.NaN),
                new Prims(false, (byte) 0, (short) 0, '\0', 0, 0, -0.0f, Double.NaN));
        Refs r1 = new Refs("s", null, List.of("a", "b"), 5);
        show(out, r1, new Refs("s", null, List.of("a", "b"), 5));
        show(out, r1, new Refs(null, null, List.of(), 5));
        show(out, new Empty(), new Empty());
        Outer o = new Outer(p1, r1);
        show(out, o, new Outer(p1, new Refs("s", null, List.of("a", "b"), 5)));
        show(out, new Outer.Inner(3), new Outer.Inner(4));
        record Local(String name, double v) {
        }
        show(out, new Local("loc", 2.5), new Local("loc", 2.5));
        show(out, new Custom(1), new Custom(1));
        int[] arr = {1, 2};
        WithArray wa = new WithArray(arr);
        out.append(wa.equals(new WithArray(arr))).append(wa.equals(new WithArray(new int[] {1, 2})))
                .append(wa.hashCode() == System.identityHashCode(arr)).append(wa.toString().startsWith("WithArray[a=[I@"))
                .append('\n');
        Logged l1 = new Logged(new Noisy("1"), new Noisy("2"), new Noisy("3"));
        Logged l2 = new Logged(new Noisy("1"), new Noisy("2"), new Noisy("3"));
        LOG.setLength(0);
        out.append(l1.equals(l2)).append(' ').append(LOG).append('\n');
        LOG.setLength(0);
        out.append(l1.hashCode()).append(' ').append(LOG).append('\n');
        LOG.setLength(0);
        out.append(l1).append(' ').append(LOG).append('\n');
        LOG.setLength(0);
        out.append(l1.equals(new Logged(new Noisy("1"), new Noisy("9"), new Noisy("3")))).append(' ').append(LOG)
                .append('\n');
        return out.toString();
    }
}
