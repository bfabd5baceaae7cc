package difftest;

import java.util.ArrayList;
import java.util.List;

public class p185_Polymorphism {
    sealed interface Expr permits Num, Add, Mul, Neg { }
    record Num(double v) implements Expr { }
    record Add(Expr l, Expr r) implements Expr { }
    record Mul(Expr l, Expr r) implements Expr { }
    record Neg(Expr e) implements Expr { }

    static double eval(Expr e) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Add a) return eval(a.l()) + eval(a.r());
        if (e instanceof Mul m) return eval(m.l()) * eval(m.r());
        if (e instanceof Neg n) return -eval(n.e());
        throw new IllegalStateException();
    }

    static String show(Expr e) {
        if (e instanceof Num n) return String.valueOf(n.v());
        if (e instanceof Add a) return "(" + show(a.l()) + " + " + show(a.r()) + ")";
        if (e instanceof Mul m) return show(m.l()) + " * " + show(m.r());
        return "-" + show(((Neg) e).e());
    }

    static abstract class Account {
        protected long cents;
        abstract double rate();
        void accrue() { cents += Math.round(cents * rate()); }
        public String toString() { return getClass().getSimpleName() + ":" + cents; }
    }
    static class Savings extends Account { double rate() { return 0.02; } }
    static class Checking extends Account { double rate() { return 0.001; } void accrue() { super.accrue(); cents -= 5; } }

    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(1.5), new Num(0.25))));
        System.out.println(show(e) + " = " + eval(e));
        System.out.println(e);
        List<Account> accts = new ArrayList<>();
        accts.add(new Savings()); accts.add(new Checking());
        for (Account a : accts) a.cents = 100000;
        for (int m = 0; m < 24; m++) for (Account a : accts) a.accrue();
        System.out.println(accts);
    }
}
