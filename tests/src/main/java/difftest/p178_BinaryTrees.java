package difftest;

public class p178_BinaryTrees {
    static final class T { final T l, r; T(T l, T r) { this.l = l; this.r = r; } int check() { return l == null ? 1 : 1 + l.check() + r.check(); } }
    static T make(int d) { return d == 0 ? new T(null, null) : new T(make(d - 1), make(d - 1)); }

    public static void main(String[] args) {
        int max = 16;
        T longLived = make(max);
        for (int d = 4; d <= max; d += 2) {
            int iters = 1 << (max - d + 4);
            long check = 0;
            for (int i = 0; i < iters; i++) check += make(d).check();
            System.out.println(iters + " trees of depth " + d + " check " + check);
        }
        System.out.println("long lived " + longLived.check());
    }
}
