package difftest;

public class p140_Args {
    public static void main(String[] args) {
        System.out.println("argc " + args.length);
        for (int i = 0; i < args.length; i++) System.out.println(i + ": [" + args[i] + "] len " + args[i].length());
        String[] copy = args.clone();
        java.util.Arrays.sort(copy);
        System.out.println(String.join("|", copy));
    }
}
