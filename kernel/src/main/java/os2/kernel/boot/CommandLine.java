package os2.kernel.boot;

import java.util.ArrayList;
import java.util.List;

/**
 * The kernel command line: words separated by spaces; {@code key=value} words are
 * options, others are flags. A value may be double-quoted to hold spaces. Loaders
 * put the kernel image's path first (QEMU: the -kernel file, GRUB: the path in
 * grub.cfg); it is kept as a flag like any other word. The last occurrence wins.
 */
public final class CommandLine {
    private final String text;
    private final List<String> keys = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    private CommandLine(String text) {
        this.text = text;
    }

    public static CommandLine parse(String text) {
        if (text == null) {
            text = "";
        }
        CommandLine c = new CommandLine(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder key = new StringBuilder();
            while (i < n && text.charAt(i) != ' ' && text.charAt(i) != '=') {
                key.append(text.charAt(i++));
            }
            String value = null;
            if (i < n && text.charAt(i) == '=') {
                i++;
                StringBuilder v = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (i < n && text.charAt(i) != '"') {
                        v.append(text.charAt(i++));
                    }
                    i++;
                } else {
                    while (i < n && text.charAt(i) != ' ') {
                        v.append(text.charAt(i++));
                    }
                }
                value = v.toString();
            }
            c.keys.add(key.toString());
            c.values.add(value);
        }
        return c;
    }

    /** The text as the loader gave it. */
    public String text() {
        return text;
    }

    private int find(String key) {
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (keys.get(i).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether key appears, as a flag or an option. */
    public boolean has(String key) {
        return find(key) >= 0;
    }

    /** The value of option key, or null (also for a bare flag). */
    public String get(String key) {
        int i = find(key);
        return i < 0 ? null : values.get(i);
    }

    public String get(String key, String otherwise) {
        String v = get(key);
        return v == null ? otherwise : v;
    }

    /** Every word's key, in order. */
    public List<String> keys() {
        return keys;
    }
}
