package difftest;

public class p114_NestedTry {
    static String level(int depth, int throwAt) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("t").append(depth);
            if (depth == throwAt) throw new RuntimeException("at" + depth);
            if (depth < 3) sb.append("(").append(level(depth + 1, throwAt)).append(")");
        } catch (RuntimeException e) {
            sb.append("c").append(depth).append(":").append(e.getMessage());
            if (depth % 2 == 1 && depth != throwAt) throw new RuntimeException("re" + depth, e);
        } finally {
            sb.append("f").append(depth);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        for (int t = 0; t <= 4; t++) {
            try { System.out.println(t + ": " + level(0, t)); }
            catch (RuntimeException e) { System.out.println(t + ": escaped " + e.getMessage() + " cause " + e.getCause().getMessage()); }
        }
        int x = 0;
        try {
            try {
                try { x += 1; int[] a = new int[1]; a[2] = 1; }
                catch (ArithmeticException e) { x += 100; }
                finally { x += 10; }
            } catch (ArrayIndexOutOfBoundsException e) {
                x += 1000;
                throw new IllegalStateException("from handler");
            } finally { x += 10000; }
        } catch (IllegalStateException e) { x += 100000; }
        System.out.println(x);
    }
}
