package org.newsarchive.etl.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page's charts as SVG geometry, computed here and drawn by the template: horizontal bars
 * for counts by a name (role, reason, language), vertical bars for counts by date.
 */
public final class Charts {

    /** One bar: its label, value and rectangle; {@code labelX/labelY} place the label. */
    public record Bar(String label, long value, double x, double y, double width, double height, String color,
                      double labelX, double labelY, double valueX, double valueY, boolean showLabel,
                      String anchor) {
    }

    /** A chart: its id, title, SVG size, bars and a line said when it has none. */
    public record Chart(String id, String title, int width, int height, List<Bar> bars, String axis, String empty) {
    }

    static final int WIDTH = 440;
    private static final int ROW = 24;
    private static final int VALUE_ROOM = 56;

    private Charts() {
    }

    /** Horizontal bars, in the order given; {@code colors} gives a bar's colour by label (else the default). */
    public static Chart bars(String id, String title, Map<String, Long> counts, Map<String, String> colors, String empty) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int longest = counts.keySet().stream().mapToInt(k -> shorten(k, 30).length()).max().orElse(0);
        int labelWidth = (int) Math.min(230, 9 * longest + 12); // at most 9 px a character (capitals) at 13 px
        List<Bar> bars = new ArrayList<>();
        int y = 6;
        double room = WIDTH - labelWidth - VALUE_ROOM;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            double w = max == 0 ? 0 : Math.max(e.getValue() > 0 ? 1 : 0, room * e.getValue() / max);
            bars.add(new Bar(shorten(e.getKey(), 30), e.getValue(), labelWidth, y, round(w), ROW - 6,
                    colors.getOrDefault(e.getKey(), "#4a6fa5"), labelWidth - 6, y + ROW - 10,
                    round(labelWidth + w + 5), y + ROW - 10, true, "end"));
            y += ROW;
        }
        return new Chart(id, title, WIDTH, Math.max(y + 6, 30), bars, null, empty);
    }

    /**
     * Vertical bars by ISO date, oldest first: by day, or by month when there are more than 40
     * days, or by year when there are more than 40 months too.
     */
    public static Chart byDate(String id, String title, List<String> isoDates, String empty) {
        TreeMap<String, Long> days = new TreeMap<>();
        isoDates.stream().filter(d -> d != null && d.length() >= 10).forEach(d -> days.merge(d.substring(0, 10), 1L, Long::sum));
        TreeMap<String, Long> buckets = days;
        String unit = "day";
        if (buckets.size() > 40) {
            buckets = regroup(days, 7);
            unit = "month";
        }
        if (buckets.size() > 40) {
            buckets = regroup(days, 4);
            unit = "year";
        }
        long max = buckets.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int n = buckets.size();
        int height = 170, top = 14, plot = 120, left = 10;
        double slot = n == 0 ? 0 : (double) (WIDTH - 2 * left) / n;
        int every = Math.max(1, (int) Math.ceil(n / 3.0)); // a date label is about 85 px wide: three or four fit under the axis
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> e : buckets.entrySet()) {
            double h = max == 0 ? 0 : Math.max(1, plot * e.getValue() / (double) max);
            double x = left + i * slot + slot * 0.1;
            double w = Math.max(1, slot * 0.8);
            // the first label starts at its bar, the last ends at it, so neither leaves the chart
            String anchor = i == 0 && n > 1 ? "start" : i == n - 1 && n > 1 ? "end" : "middle";
            double labelX = anchor.equals("start") ? x : anchor.equals("end") ? x + w : x + w / 2;
            boolean shown = i % every == 0 && (n - 1 - i >= every || i == 0) || i == n - 1;
            bars.add(new Bar(e.getKey(), e.getValue(), round(x), round(top + plot - h), round(w), round(h), "#4a6fa5",
                    round(labelX), top + plot + 18, round(x + w / 2), round(top + plot - h - 3), shown, anchor));
            i++;
        }
        String axis = n == 0 ? null : String.format(Locale.ROOT, "articles per %s, %s to %s", unit,
                buckets.firstKey(), buckets.lastKey());
        return new Chart(id, title, WIDTH, height, bars, axis, empty);
    }

    private static TreeMap<String, Long> regroup(TreeMap<String, Long> days, int chars) {
        TreeMap<String, Long> out = new TreeMap<>();
        days.forEach((d, v) -> out.merge(d.substring(0, chars), v, Long::sum));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String shorten(String s, int max) {
        String t = s == null ? "" : s;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
