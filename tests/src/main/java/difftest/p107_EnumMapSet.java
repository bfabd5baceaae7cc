package difftest;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

public class p107_EnumMapSet {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    public static void main(String[] args) {
        EnumMap<Suit, Integer> m = new EnumMap<>(Suit.class);
        m.put(Suit.SPADES, 4); m.put(Suit.CLUBS, 1); m.put(Suit.HEARTS, 3);
        System.out.println(m + " " + m.size() + " " + m.containsKey(Suit.DIAMONDS) + " " + m.get(Suit.HEARTS));
        for (Map.Entry<Suit, Integer> e : m.entrySet()) System.out.print(e.getKey().ordinal() + "=" + e.getValue() + " ");
        System.out.println();
        m.remove(Suit.CLUBS);
        m.merge(Suit.SPADES, 10, Integer::sum);
        System.out.println(m);
        EnumSet<Suit> red = EnumSet.of(Suit.HEARTS, Suit.DIAMONDS);
        EnumSet<Suit> black = EnumSet.complementOf(red);
        System.out.println(red + " " + black + " " + EnumSet.allOf(Suit.class) + " " + EnumSet.noneOf(Suit.class) + " " + EnumSet.range(Suit.DIAMONDS, Suit.SPADES));
        System.out.println(red.contains(Suit.HEARTS) + " " + black.contains(Suit.HEARTS));
        red.add(Suit.CLUBS);
        red.remove(Suit.DIAMONDS);
        System.out.println(red);
    }
}
