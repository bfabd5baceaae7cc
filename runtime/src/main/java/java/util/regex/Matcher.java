package java.util.regex;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Matches a Pattern against a char sequence: matches, lookingAt, find, groups, replacement and
 * append operations, with the JDK's semantics and exception messages. The text is copied when the
 * matcher is created or reset (the JDK reads a mutable sequence live). Transparent bounds are not
 * provided; regions and anchoring bounds are.
 */
public final class Matcher implements MatchResult {
    private Pattern pattern;
    private CharSequence text;
    private final Prog.Exec x = new Prog.Exec();
    /** Group bounds of the last match (groups[0..1] the whole match), -1 when unset. */
    private int[] groups;
    private int first = -1;
    private int last;
    private int appendPos;
    private boolean anchoring = true;
    private int modCount;

    Matcher(Pattern pattern, CharSequence text) {
        this.pattern = pattern;
        this.text = text;
        x.regs = new int[pattern.prog.regCount];
        reset();
    }

    public Pattern pattern() {
        return pattern;
    }

    public MatchResult toMatchResult() {
        return new Snapshot(text.toString(), first < 0 ? null : groups.clone(), groupCount(), first >= 0);
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        pattern = newPattern;
        x.regs = new int[newPattern.prog.regCount];
        groups = new int[newPattern.prog.groupSlots * 2];
        java.util.Arrays.fill(groups, -1);
        modCount++;
        return this;
    }

    public Matcher reset() {
        String s = text.toString();
        x.s = s.toCharArray();
        x.from = 0;
        x.to = s.length();
        groups = new int[pattern.prog.groupSlots * 2];
        java.util.Arrays.fill(groups, -1);
        first = -1;
        last = 0;
        x.lastEnd = -1;
        appendPos = 0;
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > x.s.length) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > x.s.length) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        x.from = start;
        x.to = end;
        return this;
    }

    public int regionStart() {
        return x.from;
    }

    public int regionEnd() {
        return x.to;
    }

    public boolean hasAnchoringBounds() {
        return anchoring;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoring = b;
        return this;
    }

    public boolean hasTransparentBounds() {
        return false;
    }

    private boolean search(int from, boolean endAnchor, boolean onlyAtFrom) {
        Prog prog = pattern.prog;
        x.endAnchor = endAnchor;
        x.anchorFrom = anchoring ? x.from : 0;
        x.anchorTo = anchoring ? x.to : x.s.length;
        if (x.lastEnd < 0) {
            x.lastEnd = x.from;
        }
        int[] regs = x.regs;
        java.util.Arrays.fill(regs, -1);
        int limit = onlyAtFrom ? from : x.to - prog.minLength;
        for (int i = from; i <= limit; i++) {
            if (prog.run(x, i)) {
                System.arraycopy(regs, 0, groups, 0, groups.length);
                groups[0] = i;
                groups[1] = x.matchEnd;
                first = i;
                last = x.matchEnd;
                x.lastEnd = last;
                modCount++;
                return true;
            }
        }
        java.util.Arrays.fill(groups, -1);
        first = -1;
        modCount++;
        return false;
    }

    public boolean matches() {
        return search(x.from, true, true);
    }

    public boolean lookingAt() {
        return search(x.from, false, true);
    }

    public boolean find() {
        int next = last;
        if (next == first) {
            next++;
        }
        if (next < x.from) {
            next = x.from;
        }
        if (next > x.to) {
            java.util.Arrays.fill(groups, -1);
            first = -1;
            return false;
        }
        return search(next, false, false);
    }

    public boolean find(int start) {
        if (start < 0 || start > x.s.length) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start, false, false);
    }

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    public int start() {
        checkMatch();
        return first;
    }

    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2];
    }

    public int start(String name) {
        return start(groupIndex(name));
    }

    public int end() {
        checkMatch();
        return last;
    }

    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return end(groupIndex(name));
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        checkGroup(group);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    public String group(String name) {
        int g = groupIndex(name);
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        if (groups[g * 2] == -1 || groups[g * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[g * 2], groups[g * 2 + 1]).toString();
    }

    private int groupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        Integer g = pattern.names.get(name);
        if (g == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return g;
    }

    public int groupCount() {
        return pattern.prog.groupCount;
    }

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        Replacement.expand(this, replacement, result);
        sb.append(text, appendPos, first);
        sb.append(result);
        appendPos = last;
        modCount++;
        return this;
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        Replacement.expand(this, replacement, result);
        sb.append(text, appendPos, first);
        sb.append(result);
        appendPos = last;
        modCount++;
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, appendPos, text.length());
        return sb;
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, appendPos, text.length());
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
        } while (find());
        return appendTail(sb).toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            int expected = modCount;
            String r = replacer.apply(this);
            if (expected != modCount) {
                throw new ConcurrentModificationException();
            }
            appendReplacement(sb, r);
        } while (find());
        return appendTail(sb).toString();
    }

    public String replaceFirst(String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        return appendTail(sb).toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        int expected = modCount;
        String r = replacer.apply(this);
        if (expected != modCount) {
            throw new ConcurrentModificationException();
        }
        appendReplacement(sb, r);
        return appendTail(sb).toString();
    }

    /** The remaining matches as a lazy stream of snapshots (the matcher must not be used meanwhile). */
    public Stream<MatchResult> results() {
        return java.util.stream.Streams.of(() -> new Iterator<MatchResult>() {
            private int state = -1;
            private int expected = -1;
            private MatchResult current;

            public boolean hasNext() {
                if (state >= 0) {
                    return state == 1;
                }
                if (expected >= 0 && expected != modCount) {
                    return true;
                }
                boolean found = find();
                if (found) {
                    state = 1;
                    current = toMatchResult();
                } else {
                    state = 0;
                }
                expected = modCount;
                return found;
            }

            public MatchResult next() {
                if (expected >= 0 && expected != modCount) {
                    throw new ConcurrentModificationException();
                }
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                state = -1;
                return current;
            }
        }, null);
    }

    @Override
    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern.pattern() + " region=" + x.from + "," + x.to + " lastmatch="
                + (first >= 0 && group() != null ? group() : "") + "]";
    }

    /** An immutable MatchResult (toMatchResult, results). */
    private static final class Snapshot implements MatchResult {
        private final String text;
        private final int[] groups;
        private final int count;

        Snapshot(String text, int[] groups, int count, boolean matched) {
            this.text = text;
            this.groups = groups;
            this.count = count;
        }

        private void check(int group) {
            if (groups == null) {
                throw new IllegalStateException("No match found");
            }
            if (group < 0 || group > count) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        public int start() {
            return start(0);
        }

        public int start(int group) {
            check(group);
            return groups[group * 2];
        }

        public int end() {
            return end(0);
        }

        public int end(int group) {
            check(group);
            return groups[group * 2 + 1];
        }

        public String group() {
            return group(0);
        }

        public String group(int group) {
            check(group);
            int s = groups[group * 2];
            int e = groups[group * 2 + 1];
            return s < 0 || e < 0 ? null : text.substring(s, e);
        }

        public int groupCount() {
            return count;
        }
    }
}
