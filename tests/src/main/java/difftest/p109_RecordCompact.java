package difftest;

public class p109_RecordCompact {
    record Range(int lo, int hi) {
        Range {
            if (lo > hi) throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
        }
        Range(int single) { this(single, single); }
        int length() { return hi - lo; }
        static Range of(int a, int b) { return new Range(Math.min(a, b), Math.max(a, b)); }
        static int created = 0;
    }
    record Name(String value) {
        Name {
            value = value.trim().toUpperCase();
            Range.created++;
        }
        @Override public String toString() { return "Name<" + value + ">"; }
        @Override public String value() { return "v:" + value; }
    }
    record Money(long cents) implements Comparable<Money> {
        static final Money ZERO = new Money(0);
        Money plus(Money o) { return new Money(cents + o.cents); }
        public int compareTo(Money o) { return Long.compare(cents, o.cents); }
        @Override public boolean equals(Object o) { return o instanceof Money m && m.cents / 100 == cents / 100; }
        @Override public int hashCode() { return (int) (cents / 100); }
    }

    public static void main(String[] args) {
        System.out.println(new Range(1, 5).length() + " " + new Range(7) + " " + Range.of(9, 2));
        try { new Range(5, 1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Name n = new Name("  bob ");
        System.out.println(n + " " + n.value() + " " + n.equals(new Name("BOB")) + " " + Range.created);
        Money m = Money.ZERO.plus(new Money(250)).plus(new Money(1));
        System.out.println(m + " " + m.compareTo(Money.ZERO) + " " + m.equals(new Money(299)) + " " + m.hashCode());
    }
}
