package difftest;

public class p045_InitSuperFirst {
    static class Top {
        static { System.out.println("init Top"); }
        static int topField = 1;
        static void topMethod() { System.out.println("Top.topMethod"); }
    }
    static class Mid extends Top {
        static { System.out.println("init Mid"); }
        static int midField = 2;
    }
    static class Bottom extends Mid {
        static { System.out.println("init Bottom"); }
        static int bottomField = 3;
    }
    static class Other extends Top {
        static { System.out.println("init Other"); }
    }

    public static void main(String[] args) {
        System.out.println("start");
        // accessing an inherited static through a subclass initialises only the declaring class
        System.out.println(Bottom.topField);
        Bottom.topMethod();
        System.out.println("-");
        System.out.println(Bottom.bottomField);
        System.out.println("-");
        System.out.println(Mid.midField);
        new Other();
        System.out.println("end");
    }
}
