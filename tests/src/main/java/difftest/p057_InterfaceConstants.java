package difftest;

public class p057_InterfaceConstants {
    interface Limits {
        int MAX = 100;
        String UNIT = "kg";
        int[] TABLE = {1, 2, 3};
        Limits DEFAULT = () -> 5;
        int value();
    }
    static class Scale implements Limits {
        public int value() { return MAX / 2; }
        String unit() { return UNIT; }
    }

    public static void main(String[] args) {
        Scale s = new Scale();
        System.out.println(s.value() + s.unit() + " " + Limits.MAX + " " + Scale.MAX);
        System.out.println(Limits.TABLE.length + " " + Limits.TABLE[2] + " " + Limits.DEFAULT.value());
        Limits.TABLE[0] = 42;
        System.out.println(Scale.TABLE[0]);
    }
}
