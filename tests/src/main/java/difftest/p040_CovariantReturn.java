package difftest;

public class p040_CovariantReturn {
    static class Animal {
        Animal mate() { return new Animal(); }
        Number legs() { return 4; }
        public String toString() { return "Animal"; }
    }
    static class Bird extends Animal {
        @Override Bird mate() { return new Bird(); }
        @Override Integer legs() { return 2; }
        void fly() { System.out.println("flying"); }
        public String toString() { return "Bird"; }
    }
    static class Parrot extends Bird {
        @Override Parrot mate() { return new Parrot(); }
        public String toString() { return "Parrot"; }
    }
    interface Copyable { Object copy(); }
    static class Doc implements Copyable, Cloneable {
        String text;
        Doc(String t) { text = t; }
        public Doc copy() { return new Doc(text + "'"); }
        @Override protected Doc clone() {
            try { return (Doc) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); }
        }
    }

    public static void main(String[] args) {
        Animal a = new Bird();
        System.out.println(a.mate() + " " + a.legs());
        new Bird().mate().fly();
        Animal p = new Parrot();
        System.out.println(p.mate() + " " + p.legs() + " " + ((Bird) p).mate());
        Copyable c = new Doc("x");
        System.out.println(((Doc) c.copy()).text + " " + new Doc("y").copy().copy().text);
        Doc d = new Doc("orig");
        Doc e = d.clone();
        e.text = "changed";
        System.out.println(d.text + " " + e.text + " " + (d != e));
    }
}
