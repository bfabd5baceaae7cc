package difftest;

public class p132_TableSwitch {
    static String dense(int x) {
        switch (x) {
            case -2: return "minus two";
            case -1: return "minus one";
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            default: return "other";
        }
    }

    static int chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case 'y': return 2;
            default: return 0;
        }
    }

    static String bytes(byte b) {
        switch (b) { case -128: return "min"; case 127: return "max"; case 0: return "zero"; default: return "b" + b; }
    }

    public static void main(String[] args) {
        for (int i = -4; i <= 7; i++) System.out.print(dense(i) + "; ");
        System.out.println();
        System.out.println(dense(Integer.MIN_VALUE) + " " + dense(Integer.MAX_VALUE));
        int v = 0;
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) v += chars(c);
        System.out.println(v);
        System.out.println(bytes((byte) -128) + bytes((byte) 127) + bytes((byte) 0) + bytes((byte) 5));
        Integer boxed = 3;
        switch (boxed) { case 3: System.out.println("boxed three"); break; default: System.out.println("?"); }
    }
}
