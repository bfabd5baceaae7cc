package java.math;

/**
 * Magnitude arithmetic for {@link BigInteger}: unsigned numbers as little-endian int[] words,
 * always trimmed (no zero top word; zero is the empty array). All methods return new arrays.
 */
final class BigMag {
    private BigMag() {
    }

    static final int[] ZERO = new int[0];
    private static final long MASK = 0xFFFFFFFFL;

    static int[] trim(int[] a, int len) {
        while (len > 0 && a[len - 1] == 0) {
            len--;
        }
        if (len == a.length) {
            return a;
        }
        int[] r = new int[len];
        System.arraycopy(a, 0, r, 0, len);
        return r;
    }

    static int[] ofLong(long v) {
        return trim(new int[] {(int) v, (int) (v >>> 32)}, 2);
    }

    static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Integer.compareUnsigned(a[i], b[i]);
            }
        }
        return 0;
    }

    static int[] add(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] r = new int[a.length + 1];
        long carry = 0;
        for (int i = 0; i < a.length; i++) {
            long s = (a[i] & MASK) + (i < b.length ? b[i] & MASK : 0) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        r[a.length] = (int) carry;
        return trim(r, r.length);
    }

    /** a - b for a >= b. */
    static int[] sub(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        for (int i = 0; i < a.length; i++) {
            long d = (a[i] & MASK) - (i < b.length ? b[i] & MASK : 0) - borrow;
            r[i] = (int) d;
            borrow = d >>> 63;
        }
        return trim(r, r.length);
    }

    static int[] mul(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return ZERO;
        }
        int[] r = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            long x = a[i] & MASK;
            if (x == 0) {
                continue;
            }
            long carry = 0;
            for (int j = 0; j < b.length; j++) {
                long p = x * (b[j] & MASK) + (r[i + j] & MASK) + carry;
                r[i + j] = (int) p;
                carry = p >>> 32;
            }
            r[i + b.length] = (int) carry;
        }
        return trim(r, r.length);
    }

    /** a * m + add for unsigned 32-bit m and add. */
    static int[] mulAdd(int[] a, int m, int add) {
        int[] r = new int[a.length + 1];
        long mm = m & MASK;
        long carry = add & MASK;
        for (int i = 0; i < a.length; i++) {
            long p = (a[i] & MASK) * mm + carry;
            r[i] = (int) p;
            carry = p >>> 32;
        }
        r[a.length] = (int) carry;
        return trim(r, r.length);
    }

    static int bitLength(int[] a) {
        return a.length == 0 ? 0 : 32 * a.length - Integer.numberOfLeadingZeros(a[a.length - 1]);
    }

    static int[] shiftLeft(int[] a, int n) {
        if (a.length == 0 || n == 0) {
            return a;
        }
        int ws = n >>> 5;
        int bs = n & 31;
        int[] r = new int[a.length + ws + 1];
        for (int i = 0; i < a.length; i++) {
            long v = (a[i] & MASK) << bs;
            r[i + ws] |= (int) v;
            r[i + ws + 1] |= (int) (v >>> 32);
        }
        return trim(r, r.length);
    }

    static int[] shiftRight(int[] a, int n) {
        int ws = n >>> 5;
        int bs = n & 31;
        if (ws >= a.length) {
            return ZERO;
        }
        int[] r = new int[a.length - ws];
        for (int i = 0; i < r.length; i++) {
            long lo = (a[i + ws] & MASK) >>> bs;
            long hi = i + ws + 1 < a.length ? ((a[i + ws + 1] & MASK) << (32 - bs)) & MASK : 0;
            r[i] = (int) (lo | (bs == 0 ? 0 : hi));
        }
        return trim(r, r.length);
    }

    /** True if any of the lowest n bits is set. */
    static boolean anyLowBits(int[] a, int n) {
        int ws = n >>> 5;
        for (int i = 0; i < ws && i < a.length; i++) {
            if (a[i] != 0) {
                return true;
            }
        }
        return ws < a.length && (n & 31) != 0 && (a[ws] << (32 - (n & 31))) != 0;
    }

    /** Divides by an unsigned 32-bit d: returns {quotient} and stores the remainder in rem[0]. */
    static int[] divSmall(int[] a, int d, long[] rem) {
        long dv = d & MASK;
        int[] q = new int[a.length];
        long r = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            long cur = (r << 32) | (a[i] & MASK);
            if (cur >= 0) {
                // the common case (d < 2^31): plain signed division is exact and fast
                long qq = cur / dv;
                q[i] = (int) qq;
                r = cur - qq * dv;
            } else {
                q[i] = (int) Long.divideUnsigned(cur, dv);
                r = Long.remainderUnsigned(cur, dv);
            }
        }
        rem[0] = r;
        return trim(q, q.length);
    }

    /** Knuth's algorithm D: {quotient, remainder} of a / b, b non-zero. */
    static int[][] divRem(int[] a, int[] b) {
        if (compare(a, b) < 0) {
            return new int[][] {ZERO, a};
        }
        if (b.length == 1) {
            long[] rem = new long[1];
            int[] q = divSmall(a, b[0], rem);
            return new int[][] {q, ofLong(rem[0])};
        }
        int n = b.length;
        int shift = Integer.numberOfLeadingZeros(b[n - 1]);
        int[] v = shiftLeft(b, shift);
        int[] u = new int[a.length + 1];
        int[] us = shiftLeft(a, shift);
        System.arraycopy(us, 0, u, 0, us.length);
        int m = a.length - n;
        int[] q = new int[m + 1];
        long vTop = v[n - 1] & MASK;
        long vNext = v[n - 2] & MASK;
        for (int j = m; j >= 0; j--) {
            long num = ((u[j + n] & MASK) << 32) | (u[j + n - 1] & MASK);
            long qhat = num >= 0 ? num / vTop : Long.divideUnsigned(num, vTop);
            long rhat = num - qhat * vTop;
            while (qhat > MASK || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (u[j + n - 2] & MASK)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > MASK) {
                    break;
                }
            }
            long borrow = 0;
            long carry = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (v[i] & MASK) + carry;
                carry = p >>> 32;
                long t = (u[i + j] & MASK) - (p & MASK) - borrow;
                u[i + j] = (int) t;
                borrow = t >>> 63;
            }
            long t = (u[j + n] & MASK) - carry - borrow;
            u[j + n] = (int) t;
            if (t < 0) {
                // the estimate was one too large: add the divisor back once
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    long s = (u[i + j] & MASK) + (v[i] & MASK) + c;
                    u[i + j] = (int) s;
                    c = s >>> 32;
                }
                u[j + n] += (int) c;
            }
            q[j] = (int) qhat;
        }
        int[] r = shiftRight(trim(u, n), shift);
        return new int[][] {trim(q, q.length), r};
    }
}
