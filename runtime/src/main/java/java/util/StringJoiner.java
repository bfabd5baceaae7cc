package java.util;

/** Builds "prefix + a + delimiter + b + ... + suffix", with an optional text for the empty case. */
public final class StringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    /** The joined elements so far (without prefix/suffix), or null before the first add. */
    private StringBuilder value;
    /** What toString returns with no elements; null means prefix + suffix. */
    private String emptyValue;

    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = prefix.toString();
        this.delimiter = delimiter.toString();
        this.suffix = suffix.toString();
    }

    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null").toString();
        return this;
    }

    public StringJoiner add(CharSequence newElement) {
        StringBuilder v = prepare();
        v.append(newElement == null ? "null" : newElement);
        return this;
    }

    private StringBuilder prepare() {
        if (value == null) {
            value = new StringBuilder();
        } else {
            value.append(delimiter);
        }
        return value;
    }

    /** Adds other's content (without its prefix and suffix) as one element, if it has any. */
    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.value != null) {
            String content = other.value.toString(); // read first: other may be this
            prepare().append(content);
        }
        return this;
    }

    public int length() {
        if (value == null && emptyValue != null) {
            return emptyValue.length();
        }
        return prefix.length() + (value == null ? 0 : value.length()) + suffix.length();
    }

    @Override
    public String toString() {
        if (value == null) {
            return emptyValue != null ? emptyValue : prefix + suffix;
        }
        if (suffix.isEmpty() && prefix.isEmpty()) {
            return value.toString();
        }
        return prefix + value + suffix;
    }
}
