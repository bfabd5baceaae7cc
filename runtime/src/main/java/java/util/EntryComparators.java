package java.util;

/** The shared comparators behind Map.Entry.comparingByKey() and comparingByValue(). */
final class EntryComparators {
    private EntryComparators() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Comparator<Map.Entry<?, ?>> BY_KEY = new Comparator<Map.Entry<?, ?>>() {
        public int compare(Map.Entry<?, ?> a, Map.Entry<?, ?> b) {
            return ((Comparable) a.getKey()).compareTo(b.getKey());
        }
    };

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Comparator<Map.Entry<?, ?>> BY_VALUE = new Comparator<Map.Entry<?, ?>>() {
        public int compare(Map.Entry<?, ?> a, Map.Entry<?, ?> b) {
            return ((Comparable) a.getValue()).compareTo(b.getValue());
        }
    };
}
