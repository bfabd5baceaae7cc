package difftest;

public class p113_FinallyBreakContinue {
    @SuppressWarnings("finally")
    public static void main(String[] args) {
        int n = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i % 2 == 0) throw new RuntimeException("drop " + i);
                n += 10;
            } finally {
                n++;
                continue;
            }
        }
        System.out.println("continue out of finally: " + n);
        int m = 0;
        while (true) {
            try {
                m++;
                throw new IllegalStateException("never seen");
            } finally {
                if (m < 3) continue;
                break;
            }
        }
        System.out.println("break out of finally: " + m);
        String res = "none";
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                try {
                    if (j == 1) continue outer;
                    if (i == 2) break outer;
                    res = i + "," + j;
                } finally {
                    res += "f";
                }
            }
        }
        System.out.println(res);
        int k = 0;
        do {
            try { k++; if (k < 4) continue; } finally { k += 10; }
        } while (k < 30);
        System.out.println(k);
    }
}
