package java.lang;

/**
 * A small mutable unsigned big integer used by {@link FloatFormat} and {@link FloatParser}
 * for exact decimal/binary conversions. Words are 32-bit, little-endian, in {@code w[0..len)}.
 * Mutable on purpose: the digit loops reuse the same arrays instead of allocating per step.
 */
final class FloatBig {
    int[] w;
    /** Words in use; {@code w[len-1] != 0} unless the value is zero ({@code len == 0}). */
    int len;

    private static final long MASK = 0xFFFFFFFFL;

    FloatBig(int capacity) {
        w = new int[capacity < 2 ? 2 : capacity];
    }

    static FloatBig ofLong(long v) {
        FloatBig b = new FloatBig(4);
        b.w[0] = (int) v;
        b.w[1] = (int) (v >>> 32);
        b.len = 2;
        b.trim();
        return b;
    }

    FloatBig copy(int extraWords) {
        FloatBig b = new FloatBig(len + extraWords);
        System.arraycopy(w, 0, b.w, 0, len);
        b.len = len;
        return b;
    }

    boolean isZero() {
        return len == 0;
    }

    private void trim() {
        while (len > 0 && w[len - 1] == 0) {
            len--;
        }
    }

    private void ensure(int n) {
        if (w.length < n) {
            int[] nw = new int[n + 4];
            System.arraycopy(w, 0, nw, 0, len);
            w = nw;
        }
    }

    /** this = this * m + add, for unsigned 32-bit m and add. */
    void mulAdd(int m, int add) {
        long mm = m & MASK;
        long carry = add & MASK;
        for (int i = 0; i < len; i++) {
            long p = (w[i] & MASK) * mm + carry;
            w[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(len + 1);
            w[len++] = (int) carry;
        }
        trim(); // only matters for m == 0
    }

    /** this <<= bits (bits >= 0). */
    void shiftLeft(int bits) {
        if (len == 0 || bits == 0) {
            return;
        }
        int ws = bits >>> 5;
        int bs = bits & 31;
        ensure(len + ws + 1);
        if (bs == 0) {
            for (int i = len - 1; i >= 0; i--) {
                w[i + ws] = w[i];
            }
        } else {
            w[len + ws] = w[len - 1] >>> (32 - bs);
            for (int i = len - 1; i > 0; i--) {
                w[i + ws] = (w[i] << bs) | (w[i - 1] >>> (32 - bs));
            }
            w[ws] = w[0] << bs;
        }
        for (int i = 0; i < ws; i++) {
            w[i] = 0;
        }
        len += ws + 1;
        trim();
    }

    /** Returns a new number, this * o. */
    FloatBig mul(FloatBig o) {
        FloatBig r = new FloatBig(len + o.len + 1);
        int[] rw = r.w;
        for (int i = 0; i < len; i++) {
            long a = w[i] & MASK;
            long carry = 0;
            for (int j = 0; j < o.len; j++) {
                long p = a * (o.w[j] & MASK) + (rw[i + j] & MASK) + carry;
                rw[i + j] = (int) p;
                carry = p >>> 32;
            }
            rw[i + o.len] = (int) carry;
        }
        r.len = len + o.len;
        r.trim();
        return r;
    }

    int compareTo(FloatBig o) {
        if (len != o.len) {
            return len < o.len ? -1 : 1;
        }
        for (int i = len - 1; i >= 0; i--) {
            if (w[i] != o.w[i]) {
                return Integer.compareUnsigned(w[i], o.w[i]);
            }
        }
        return 0;
    }

    /** this -= o; requires this >= o. */
    void subtract(FloatBig o) {
        long borrow = 0;
        for (int i = 0; i < len; i++) {
            long d = (w[i] & MASK) - (i < o.len ? (o.w[i] & MASK) : 0) - borrow;
            w[i] = (int) d;
            borrow = (d >>> 63);
        }
        trim();
    }

    /** dst = this - o (requires this >= o); dst keeps its array when large enough. */
    void subtractInto(FloatBig o, FloatBig dst) {
        dst.ensure(len);
        long borrow = 0;
        for (int i = 0; i < len; i++) {
            long d = (w[i] & MASK) - (i < o.len ? (o.w[i] & MASK) : 0) - borrow;
            dst.w[i] = (int) d;
            borrow = (d >>> 63);
        }
        dst.len = len;
        dst.trim();
    }

    int bitLength() {
        return len == 0 ? 0 : 32 * len - Integer.numberOfLeadingZeros(w[len - 1]);
    }

    /**
     * One digit step of the decimal conversion: q = this / s (known to be < 10), then
     * this = (this mod s) * 10. {@code s} must be normalized (top word in [2^27, 2^28), len >= 2),
     * so the quotient estimate from the top two words is off by at most one.
     */
    int quoRemTimes10(FloatBig s) {
        int n = s.len;
        int q = 0;
        if (len >= n) {
            long hi = (w[n - 1] & MASK) << 32 | (w[n - 2] & MASK);
            long y = (s.w[n - 1] & MASK) << 32 | (s.w[n - 2] & MASK);
            // B < 10 S may use the top bit of hi: shift both so the division stays unsigned
            q = (int) ((hi >>> 4) / ((y >>> 4) + 1));
            if (q != 0) {
                long borrow = 0;
                long carry = 0;
                long qq = q;
                int[] sw = s.w;
                for (int i = 0; i < n; i++) {
                    long p = (sw[i] & MASK) * qq + carry;
                    carry = p >>> 32;
                    long d = (w[i] & MASK) - (p & MASK) - borrow;
                    w[i] = (int) d;
                    borrow = d >>> 63;
                }
                trim();
            }
            while (compareTo(s) >= 0) {
                subtract(s);
                q++;
            }
        }
        mulAdd(10, 0);
        return q;
    }

    /** Knuth's algorithm D: returns the quotient this / d and leaves the remainder in this. */
    FloatBig divRem(FloatBig d) {
        if (compareTo(d) < 0) {
            return new FloatBig(1);
        }
        int n = d.len;
        if (n == 1) {
            long dv = d.w[0] & MASK;
            FloatBig q = new FloatBig(len);
            long rem = 0;
            for (int i = len - 1; i >= 0; i--) {
                long cur = (rem << 32) | (w[i] & MASK);
                long qq = cur >= 0 ? cur / dv : Long.divideUnsigned(cur, dv);
                q.w[i] = (int) qq;
                rem = cur - qq * dv;
            }
            q.len = len;
            q.trim();
            w[0] = (int) rem;
            len = 1;
            trim();
            return q;
        }
        int shift = Integer.numberOfLeadingZeros(d.w[n - 1]);
        FloatBig v = d.copy(1);
        v.shiftLeft(shift);
        FloatBig u = copy(2);
        u.shiftLeft(shift);
        u.ensure(len + 2);
        if (u.len == len) {
            u.w[u.len] = 0;
        }
        int m = len + 1 - n; // quotient words (one extra for the top word of u)
        int ulen = n + m;
        for (int i = u.len; i < ulen; i++) {
            u.w[i] = 0;
        }
        FloatBig q = new FloatBig(m + 1);
        long vTop = v.w[n - 1] & MASK;
        long vNext = v.w[n - 2] & MASK;
        int[] uw = u.w;
        for (int j = m - 1; j >= 0; j--) {
            long num = ((uw[j + n] & MASK) << 32) | (uw[j + n - 1] & MASK);
            long qhat = num >= 0 ? num / vTop : Long.divideUnsigned(num, vTop);
            long rhat = num - qhat * vTop;
            while (qhat > MASK || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (uw[j + n - 2] & MASK)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > MASK) {
                    break;
                }
            }
            long borrow = 0;
            long carry = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (v.w[i] & MASK) + carry;
                carry = p >>> 32;
                long t = (uw[i + j] & MASK) - (p & MASK) - borrow;
                uw[i + j] = (int) t;
                borrow = t >>> 63;
            }
            long t = (uw[j + n] & MASK) - carry - borrow;
            uw[j + n] = (int) t;
            if (t < 0) {
                // qhat was one too large: add the divisor back
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    long s = (uw[i + j] & MASK) + (v.w[i] & MASK) + c;
                    uw[i + j] = (int) s;
                    c = s >>> 32;
                }
                uw[j + n] += (int) c;
            }
            q.w[j] = (int) qhat;
        }
        q.len = m;
        q.trim();
        // remainder = u >> shift, in the low n words
        u.len = n;
        u.trim();
        int[] r = new int[n + 1];
        for (int i = 0; i < n; i++) {
            long lo = (uw[i] & MASK) >>> shift;
            long hi = shift == 0 || i + 1 >= n ? 0 : ((long) uw[i + 1] << (32 - shift)) & MASK;
            r[i] = (int) (lo | hi);
        }
        w = r;
        len = n;
        trim();
        return q;
    }

    /** The top 63 bits as a long (value >> (bitLength() - 63), or the whole value if shorter). */
    long top63() {
        int drop = bitLength() - 63;
        if (drop < 0) {
            drop = 0;
        }
        int lo = drop >>> 5;
        int bs = drop & 31;
        long r = (word(lo) & MASK) >>> bs;
        r |= (word(lo + 1) & MASK) << (32 - bs);
        if (bs > 0) {
            r |= (word(lo + 2) & MASK) << (64 - bs);
        }
        return r & Long.MAX_VALUE;
    }

    private int word(int i) {
        return i < len ? w[i] : 0;
    }

    /** True if any bit below position n is set. */
    boolean anyBitBelow(int n) {
        int wi = n >>> 5;
        for (int i = 0; i < wi && i < len; i++) {
            if (w[i] != 0) {
                return true;
            }
        }
        return wi < len && (w[wi] & ((1 << (n & 31)) - 1)) != 0;
    }

    private static final FloatBig[] POW5 = new FloatBig[360];
    private static int pow5Filled = -1;

    /** 5^n; the result is shared and must not be modified (copy it first). */
    static FloatBig pow5(int n) {
        if (n < POW5.length) {
            if (n > pow5Filled) {
                if (pow5Filled < 0) {
                    POW5[0] = ofLong(1);
                    pow5Filled = 0;
                }
                for (int i = pow5Filled + 1; i <= n; i++) {
                    FloatBig b = POW5[i - 1].copy(1);
                    b.mulAdd(5, 0);
                    POW5[i] = b;
                }
                pow5Filled = n;
            }
            return POW5[n];
        }
        return pow5(POW5.length - 1).mul(pow5(n - (POW5.length - 1)));
    }
}
