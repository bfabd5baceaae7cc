package difftest;

public class p033_InterfaceDefault {
    interface Greeter {
        String name();
        default String greet() { return "Hello, " + name() + suffix(); }
        default String suffix() { return "!"; }
    }

    interface Loud extends Greeter {
        @Override default String suffix() { return "!!!"; }
    }

    static class Bob implements Greeter { public String name() { return "Bob"; } }
    static class Ann implements Loud { public String name() { return "Ann"; } }
    static class Quiet implements Loud {
        public String name() { return "Q"; }
        public String suffix() { return "."; }
    }
    static abstract class Base implements Greeter { }
    static class Derived extends Base { public String name() { return "Derived"; } }

    public static void main(String[] args) {
        Greeter[] gs = {new Bob(), new Ann(), new Quiet(), new Derived(), () -> "Lambda"};
        for (Greeter g : gs) System.out.println(g.greet());
        Base b = new Derived();
        System.out.println(b.greet() + " " + b.suffix());
        Loud l = new Quiet();
        System.out.println(l.greet());
    }
}
