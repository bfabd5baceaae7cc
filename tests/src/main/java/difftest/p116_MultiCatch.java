package difftest;

public class p116_MultiCatch {
    static void thrower(int i) throws Exception {
        switch (i) {
            case 0: throw new IllegalArgumentException("iae");
            case 1: throw new ArithmeticException("ae");
            case 2: throw new NullPointerException("npe");
            case 3: throw new UnsupportedOperationException("uoe");
            case 4: throw new Exception("plain");
            case 5: throw new Error("error");
            case 6: throw new ArrayIndexOutOfBoundsException(6);
            default: System.out.println("no throw");
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 7; i++) {
            try {
                thrower(i);
            } catch (IllegalArgumentException | ArithmeticException e) {
                System.out.println("group1 " + e.getMessage());
            } catch (NullPointerException | UnsupportedOperationException e) {
                System.out.println("group2 " + e.getClass().getSimpleName());
            } catch (IndexOutOfBoundsException e) {
                System.out.println("ioobe " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("runtime " + e);
            } catch (Exception e) {
                System.out.println("exception " + e.getMessage());
            } catch (Throwable t) {
                System.out.println("throwable " + t);
            }
        }
    }
}
