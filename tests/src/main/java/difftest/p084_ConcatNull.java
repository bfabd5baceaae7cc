package difftest;

public class p084_ConcatNull {
    static class NullToString { public String toString() { return null; } }

    public static void main(String[] args) {
        String s = null;
        Object o = null;
        Integer boxed = null;
        int[] arr = null;
        System.out.println("s=" + s + " o=" + o + " boxed=" + boxed + " arr=" + arr);
        System.out.println(s + s);
        System.out.println(s + 1 + o);
        String t = null;
        t += "x";
        t += null;
        System.out.println(t);
        StringBuilder sb = new StringBuilder();
        sb.append(s).append(o).append((char[]) new char[]{'!'});
        System.out.println(sb);
        System.out.println("via " + new NullToString());
        System.out.println(String.valueOf(new NullToString()));
        Character ch = null;
        System.out.println("ch " + ch);
        try {
            System.out.println(s.length());
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
