package os2.user;

/**
 * Operations every capability has, on the caller's own handles: what it is
 * ({@link #info}), a copy with fewer rights ({@link #derive}), taking back every copy
 * derived from it ({@link #revoke}), dropping it ({@link #close}).
 */
public final class Cap {
    private Cap() {
    }

    /** CAP_INFO: kind ({@link Sys#K_REGION}, ...), rights, and for a region its base and size, for a module its size, for a task its id (base). */
    public record Info(int kind, long rights, long base, long size) {
        /** True if every right in r is held. */
        public boolean has(long r) {
            return (rights & r) == r;
        }
    }

    public static Info info(Handle h) {
        long[] b = new long[4];
        Sys.check(Sys.capInfo(h.lo(), h.hi(), b), "CAP_INFO");
        return new Info((int) b[0], b[1], b[2], b[3]);
    }

    /** A new handle to the same object with rights & rights(h) (h needs R_DUPLICATE). */
    public static Handle derive(Handle h, long rights) {
        long[] out = new long[2];
        Sys.check(Sys.capDerive(h.lo(), h.hi(), rights, out), "CAP_DERIVE");
        return Handle.at(out, 0);
    }

    /** Revokes everything derived from h, wherever it is now (h stays); the number revoked. */
    public static long revoke(Handle h) {
        return Sys.check(Sys.capRevoke(h.lo(), h.hi()), "CAP_REVOKE");
    }

    /** Drops the caller's handle (closing an original destroys its object). */
    public static void close(Handle h) {
        Sys.check(Sys.close(h.lo(), h.hi()), "CLOSE");
    }
}
