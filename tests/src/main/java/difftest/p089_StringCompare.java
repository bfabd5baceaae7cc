package difftest;

import java.util.Arrays;

public class p089_StringCompare {
    public static void main(String[] args) {
        String[] ws = {"banana", "Apple", "cherry", "apple", "Banana", "", "a", "aa", "ab", "B", "\u00e9"};
        String[] sorted = ws.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted).replace("\u00e9", "e-acute"));
        Arrays.sort(sorted, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(sorted).replace("\u00e9", "e-acute"));
        for (int i = 0; i + 1 < ws.length; i++) {
            System.out.println(ws[i] + " vs " + ws[i + 1] + ": " + Integer.signum(ws[i].compareTo(ws[i + 1])) + " " + Integer.signum(ws[i].compareToIgnoreCase(ws[i + 1])));
        }
        System.out.println("abc".compareTo("abd") + " " + "abc".compareTo("ab") + " " + "A".compareTo("a") + " " + "\u00e9".compareTo("e"));
    }
}
