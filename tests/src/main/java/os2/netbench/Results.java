package os2.netbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures by metric and guest, kept best-of-N (the highest rate, the
 * lowest instruction count), and their rendering as record lines
 * ({@code net.GUEST.METRIC VALUE UNIT}) and ratio lines
 * ({@code net.ratio.METRIC OS2/LINUX}).
 */
final class Results {
    static final String OS2 = "os2";
    static final String LINUX = "linux";

    /** A metric: its unit and whether more is better (a rate) or less (a cost). */
    record Metric(String name, String unit, boolean higherIsBetter) {
    }

    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<String, Double> values = new LinkedHashMap<>();

    /** Records one measurement; the best so far is kept. */
    void add(String guest, Metric m, double value) {
        metrics.putIfAbsent(m.name(), m);
        String key = guest + "." + m.name();
        Double old = values.get(key);
        if (old == null || (m.higherIsBetter() ? value > old : value < old)) {
            values.put(key, value);
        }
    }

    /** The best value of metric for guest, or null. */
    Double get(String guest, String metric) {
        return values.get(guest + "." + metric);
    }

    /** OS2's figure over Linux's, or null when one is missing or Linux's is 0. */
    Double ratio(String metric) {
        Double a = get(OS2, metric);
        Double b = get(LINUX, metric);
        return a == null || b == null || b == 0 ? null : a / b;
    }

    /** The record lines: every figure, then every ratio (with which way is better). */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Metric m : metrics.values()) {
            for (String g : List.of(OS2, LINUX)) {
                Double v = get(g, m.name());
                if (v != null) {
                    out.add("net." + g + "." + m.name() + " " + number(v) + " " + m.unit());
                }
            }
        }
        for (Metric m : metrics.values()) {
            Double r = ratio(m.name());
            if (r != null) {
                out.add(String.format(Locale.ROOT, "net.ratio.%s %.3f os2/linux (%s)", m.name(), r,
                        m.higherIsBetter() ? "above 1: OS2 faster" : "below 1: OS2 cheaper"));
            }
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.1f", v);
    }
}
