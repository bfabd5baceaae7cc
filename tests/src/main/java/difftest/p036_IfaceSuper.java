package difftest;

public class p036_IfaceSuper {
    interface Logger {
        default String log(String s) { return "log:" + s; }
    }

    interface Timestamped extends Logger {
        default String log(String s) { return "t0 " + Logger.super.log(s); }
    }

    static class Service implements Timestamped {
        int calls;
        public String log(String s) {
            calls++;
            return "svc[" + Timestamped.super.log(s) + "]";
        }
    }

    static class Sub extends Service {
        public String log(String s) { return "sub " + super.log(s); }
    }

    public static void main(String[] args) {
        Service s = new Service();
        System.out.println(s.log("a"));
        Logger l = new Sub();
        System.out.println(l.log("b"));
        Timestamped t = new Timestamped() { };
        System.out.println(t.log("c"));
        Logger plain = new Logger() { };
        System.out.println(plain.log("d"));
        System.out.println(s.calls + " " + ((Service) l).calls);
    }
}
