package difftest;

public class p131_Labeled {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int found = -1;
        search:
        for (int i = 0; i < 10; i++) {
            int k = 0;
            while (true) {
                if (i * k == 42) { found = i * 100 + k; break search; }
                if (++k > 10) continue search;
            }
        }
        System.out.println("found " + found);
        block:
        {
            System.out.println("in block");
            if (found > 0) break block;
            System.out.println("not printed");
        }
        int n = 0;
        a: b: c: for (int i = 0; i < 3; i++) { n++; if (i == 1) break a; }
        System.out.println("n " + n);
        int count = 0;
        loop:
        do {
            count++;
            switch (count) {
                case 2: continue loop;
                case 5: break loop;
                default: System.out.print("c" + count + " ");
            }
        } while (true);
        System.out.println();
    }
}
