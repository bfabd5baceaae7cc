package difftest;

public class p043_InitOrder {
    static StringBuilder log = new StringBuilder();
    static void log(String s) { log.append(s).append(' '); }

    static class Parent {
        static int ps = trace("Parent.static1", 1);
        int pi = trace("Parent.field", 2);
        static { log("Parent.staticBlock"); }
        { log("Parent.instanceBlock"); }
        Parent() { log("Parent()"); }
        static int ps2 = trace("Parent.static2", 3);
    }
    static class Child extends Parent {
        static { log("Child.staticBlock"); }
        int ci = trace("Child.field", 4);
        { log("Child.instanceBlock1"); }
        Child() { this(0); log("Child()"); }
        Child(int x) { super(); log("Child(int)"); }
        { log("Child.instanceBlock2"); }
        static int cs = trace("Child.static", 5);
    }

    static int trace(String s, int v) { log(s); return v; }

    public static void main(String[] args) {
        log("main");
        new Child();
        System.out.println(log);
        log.setLength(0);
        new Child(1);
        System.out.println(log);
        log.setLength(0);
        new Parent();
        System.out.println(log);
    }
}
