package java.util;

/**
 * An interpreter for printf-style format strings (String.format, PrintStream.printf),
 * following java.util.Formatter's rules for the en-US locale.
 *
 * <p>Supported: {@code %b %h %s %c %d %o %x %e %f %g %n %%} and their upper-case forms,
 * flags {@code - # + space 0 , ( <}, width, precision and explicit argument indexes.
 * Floating-point output rounds HALF_UP on the digits {@code Double.toString} produces, which
 * is what the JDK does (so {@code %.1f} of 0.15 is "0.2" and {@code %.20f} of 0.1 shows zeros).
 * The whole format string is checked before anything is printed, as the JDK does.
 */
public final class Formatter {
    private final StringBuilder sb;
    private final Appendable out;

    /** Formats into an internal StringBuilder, read back with {@link #toString()}. */
    public Formatter() {
        this.sb = new StringBuilder();
        this.out = sb;
    }

    /** Formats into the given StringBuilder. */
    public Formatter(StringBuilder sb) {
        this.sb = sb == null ? new StringBuilder() : sb;
        this.out = this.sb;
    }

    /** Formats into any Appendable (text is produced per call, then appended). */
    public Formatter(Appendable a) {
        if (a instanceof StringBuilder) {
            this.sb = (StringBuilder) a;
            this.out = a;
        } else {
            this.sb = new StringBuilder();
            this.out = a == null ? sb : a;
        }
    }

    public Appendable out() {
        return out;
    }

    public void flush() {
    }

    public void close() {
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Appends the formatted text and returns this formatter. */
    public Formatter format(String format, Object... args) {
        FormatSpec[] specs = FormatSpec.parse(format);
        int start = sb.length();
        int last = -1;  // the argument the previous specifier used (for '<')
        int ordinary = -1;  // the last ordinary (non-indexed) argument
        for (FormatSpec fs : specs) {
            if (fs.text != null) {
                sb.append(fs.text);
                continue;
            }
            int index = fs.index;
            Object arg = null;
            if (index != FormatSpec.NO_ARG) {
                if (index == FormatSpec.PREVIOUS) {
                    if (last < 0) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                } else if (index == 0) {
                    last = ++ordinary;
                } else {
                    last = index - 1;
                }
                if (args != null && last > args.length - 1) {
                    throw new MissingFormatArgumentException(fs.toString());
                }
                arg = args == null ? null : args[last];
            }
            FormatPrinter.print(sb, fs, arg);
        }
        if (out != sb) {
            try {
                out.append(sb, start, sb.length());
            } catch (java.io.IOException e) {
                // the JDK records the exception for ioException(); there is nobody to report it to here
            }
            sb.setLength(start);
        }
        return this;
    }
}
