package difftest;

public class p119_CustomExceptions {
    static class AppException extends Exception {
        final int code;
        AppException(String m, int code) { super(m); this.code = code; }
        @Override public String getMessage() { return super.getMessage() + " (code " + code + ")"; }
    }
    static class NotFound extends AppException { NotFound(String what) { super(what + " not found", 404); } }
    static class Forbidden extends AppException { Forbidden() { super("forbidden", 403); } }
    static class Fatal extends RuntimeException {
        Fatal(String m, Throwable c) { super(m, c); }
        @Override public String toString() { return "Fatal!" + getMessage(); }
    }

    static String lookup(String k) throws AppException {
        if (k.equals("secret")) throw new Forbidden();
        if (k.startsWith("x")) throw new NotFound(k);
        if (k.isEmpty()) throw new AppException("empty key", 400);
        return "value-of-" + k;
    }

    public static void main(String[] args) {
        String[] keys = {"a", "secret", "xyz", "", "b"};
        for (String k : keys) {
            try { System.out.println(lookup(k)); }
            catch (NotFound e) { System.out.println("NotFound: " + e.getMessage() + " " + e.code); }
            catch (AppException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage() + " " + e); }
        }
        try { throw new Fatal("bad", new NotFound("thing")); }
        catch (Fatal f) { System.out.println(f + " / " + f.getCause().getMessage() + " / " + (f.getCause() instanceof AppException)); }
    }
}
