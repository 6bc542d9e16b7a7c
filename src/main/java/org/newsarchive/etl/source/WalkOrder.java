package org.newsarchive.etl.source;

import java.util.Comparator;

/**
 * The order in which {@link SourceTree} walks the input folder, as a
 * comparison of relative {@code /}-separated source paths: depth first, the names of each level
 * sorted by their UTF-16 code units. Partitions of a scaled-out run are ranges in this order, so
 * that their outputs, joined in partition order, are in the order of a one-machine run.
 */
public final class WalkOrder {

    public static final Comparator<String> PATHS = WalkOrder::compare;

    private WalkOrder() {
    }

    public static int compare(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
