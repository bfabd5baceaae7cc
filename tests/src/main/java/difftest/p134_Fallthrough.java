package difftest;

public class p134_Fallthrough {
    static String days(int month) {
        StringBuilder sb = new StringBuilder();
        switch (month) {
            case 1: sb.append("jan ");
            case 2: sb.append("feb ");
            case 3: sb.append("mar ");
                break;
            case 4: sb.append("apr ");
            default: sb.append("default ");
            case 5: sb.append("may ");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 6; m++) System.out.println(m + ": " + days(m));
        int x = 0;
        switch (x) { }
        switch (x) { default: System.out.println("only default"); }
        int acc = 0;
        for (int i = 0; i < 10; i++) {
            switch (i % 4) {
                case 0: acc += 1;
                case 1: acc += 10; continue;
                case 2: acc += 100; break;
                default: acc += 1000;
            }
            acc += 5;
        }
        System.out.println(acc);
    }
}
