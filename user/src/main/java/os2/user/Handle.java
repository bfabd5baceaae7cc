package os2.user;

/**
 * A capability handle: 128 bits, meaningful only to the task that holds it
 * (docs/SYSCALLS.md, "Handles and capabilities"). A value: two handles are equal when
 * their bits are. {@link #NONE} (all zero) is never valid: it stands for a missing start
 * slot. Holding a Handle object grants nothing by itself; the kernel checks every use.
 */
public record Handle(long lo, long hi) {
    /** The zero handle: no capability. */
    public static final Handle NONE = new Handle(0, 0);

    /** True for the zero handle. */
    public boolean isNone() {
        return (lo | hi) == 0;
    }

    /** Handle i of an array of handles as the kernel writes them (lo, hi, lo, hi, ...). */
    public static Handle at(long[] words, int i) {
        return new Handle(words[2 * i], words[2 * i + 1]);
    }

    /** Writes this handle as entry i of words (lo, hi, ...). */
    public void store(long[] words, int i) {
        words[2 * i] = lo;
        words[2 * i + 1] = hi;
    }

    @Override
    public String toString() {
        return isNone() ? "Handle[none]" : "Handle[" + Long.toHexString(hi) + ":" + Long.toHexString(lo) + "]";
    }
}
