package difftest;

public class p037_VirtualDispatch {
    static class Animal {
        String sound() { return "..."; }
        String speak() { return getClass().getSimpleName() + " says " + sound(); }
        static String kind() { return "animal"; }
        String describe(Object o) { return "Animal.obj"; }
        String describe(String s) { return "Animal.str"; }
    }
    static class Dog extends Animal {
        String sound() { return "woof"; }
        static String kind() { return "dog"; }
        String describe(Object o) { return "Dog.obj"; }
    }
    static class Puppy extends Dog {
        String sound() { return "yip (" + super.sound() + ")"; }
    }
    static class Cat extends Animal {
        String sound() { return "meow"; }
        final String speak() { return "cat: " + super.speak(); }
    }

    public static void main(String[] args) {
        Animal[] as = {new Animal(), new Dog(), new Puppy(), new Cat()};
        for (Animal a : as) System.out.println(a.speak());
        Animal d = new Dog();
        System.out.println(Animal.kind() + " " + Dog.kind());
        Object s = "x";
        System.out.println(d.describe(s) + " " + d.describe("x") + " " + d.describe((Object) "x") + " " + new Puppy().describe(1));
        int n = 0;
        for (int i = 0; i < 100000; i++) n += as[i & 3].sound().length();
        System.out.println(n);
    }
}
