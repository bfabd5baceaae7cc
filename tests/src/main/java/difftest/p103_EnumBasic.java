package difftest;

public class p103_EnumBasic {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN;
        boolean weekend() { return this == SAT || this == SUN; }
    }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6);
        final double mass, radius;
        Planet(double m, double r) { mass = m; radius = r; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.println(d + " " + d.ordinal() + " " + d.name() + " " + d.weekend() + " " + d.compareTo(Day.WED));
        Day[] vs = Day.values();
        vs[0] = null;
        System.out.println(Day.values()[0] + " " + vs.length);
        for (Planet p : Planet.values()) System.out.println(p + " " + p.gravity());
        System.out.println(Day.MON.equals(Day.MON) + " " + (Day.valueOf("FRI") == Day.FRI) + " " + Day.MON.getDeclaringClass().getSimpleName());
        System.out.println(Day.TUE.hashCode() == Day.TUE.hashCode());
        Enum<Day> e = Day.SUN;
        System.out.println(e.name() + " " + e.ordinal() + " " + (e instanceof Comparable));
    }
}
