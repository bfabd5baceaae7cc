package difftest;

public class p013_CharArith {
    public static void main(String[] args) {
        char c = 'a';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println("" + c + 1);
        System.out.println(c + c);
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        c++;
        System.out.println(c);
        StringBuilder sb = new StringBuilder();
        for (char x = 'A'; x <= 'Z'; x += 3) sb.append(x);
        System.out.println(sb);
        int sum = 0;
        for (char x : "Hello, World".toCharArray()) sum += x;
        System.out.println(sum);
        char d = '7';
        System.out.println(d - '0');
        System.out.println((char) ('a' + 25) + " " + (int) Character.MAX_VALUE + " " + (int) Character.MIN_VALUE);
        char big = '\uffff';
        System.out.println(big > 0);
        System.out.println((short) big);
        System.out.println(Character.toUpperCase('q') + " " + Character.toLowerCase('Q') + " " + Character.isLetter('1'));
        char t = true ? 'x' : 0;
        System.out.println(t);
        int i = 66;
        System.out.println(false ? i : 'y');
        System.out.println(false ? 66 : 'y');
        System.out.println(true ? 66 : 'y');
    }
}
