package difftest;

public class p123_SystemExit3 {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) sb.append(i).append(i % 20 == 19 ? "\n" : " ");
        System.out.print(sb);
        System.out.println("exiting with 3");
        try {
            System.exit(3);
        } finally {
            System.out.println("finally must NOT run after System.exit");
        }
    }
}
