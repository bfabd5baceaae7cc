package difftest;

public class p088_Printf {
    public static void main(String[] args) {
        System.out.printf("%d + %d = %d%n", 2, 3, 5);
        System.out.printf("%-6s|%6.2f|%n", "pi", Math.PI);
        for (int i = 1; i <= 5; i++) System.out.printf("%2d %4d %8.3f %s%n", i, i * i, Math.sqrt(i), "*".repeat(i));
        System.out.format("%s=%x%n", "hex", 48879);
        System.out.print("no newline ");
        System.out.print(1);
        System.out.print('c');
        System.out.print(2.5);
        System.out.print(true);
        System.out.print((Object) null);
        System.out.println();
        System.out.println(new char[]{'c', 'h'});
        System.out.println(7L);
        System.out.println(1.5f);
        System.out.println('z');
        System.out.println((String) null);
        System.out.printf("%5s|%-5s|%05d|%+,d%n", "ab", "cd", 42, 1000000);
    }
}
