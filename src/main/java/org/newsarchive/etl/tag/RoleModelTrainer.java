package org.newsarchive.etl.tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.newsarchive.etl.model.Role;

/**
 * Trains a {@link RoleModel}: multinomial logistic regression, mean cross-entropy plus an L2
 * penalty, minimised by full-batch Adam for a fixed number of iterations from zero weights. No
 * randomness and a fixed order everywhere (cues sorted by name, examples in the given order):
 * the same examples give the same weights, bit for bit.
 */
public final class RoleModelTrainer {

    /** A paragraph's cues and its gold role. */
    public record Example(List<String> cues, Role gold) {
    }

    private final double l2;
    private final int iterations;
    private final double rate;

    public RoleModelTrainer(double l2, int iterations, double rate) {
        this.l2 = l2;
        this.iterations = iterations;
        this.rate = rate;
    }

    public RoleModelTrainer() {
        this(1e-4, 300, 0.05);
    }

    public RoleModel train(List<Example> examples, Role[] classes) {
        TreeSet<String> names = new TreeSet<>();
        for (Example e : examples) {
            names.addAll(e.cues());
        }
        String[] feature = names.toArray(new String[0]);
        Map<String, Integer> index = new HashMap<>();
        for (int f = 0; f < feature.length; f++) {
            index.put(feature[f], f);
        }
        Map<Role, Integer> classIndex = new HashMap<>();
        for (int k = 0; k < classes.length; k++) {
            classIndex.put(classes[k], k);
        }
        int n = examples.size(), kk = classes.length, nf = feature.length;
        int[][] x = new int[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            x[i] = e.cues().stream().distinct().mapToInt(index::get).toArray();
            Integer c = classIndex.get(e.gold());
            if (c == null) {
                throw new IllegalArgumentException("gold role " + e.gold() + " is not one of the classes");
            }
            y[i] = c;
        }
        double[][] w = new double[nf][kk];
        double[][] g = new double[nf][kk];
        double[][] m = new double[nf][kk];
        double[][] v = new double[nf][kk];
        double b1 = 0.9, b2 = 0.999, eps = 1e-8;
        double[] s = new double[kk];
        for (int it = 1; it <= iterations; it++) {
            for (double[] row : g) {
                java.util.Arrays.fill(row, 0);
            }
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(s, 0);
                for (int f : x[i]) {
                    for (int k = 0; k < kk; k++) {
                        s[k] += w[f][k];
                    }
                }
                double[] p = RoleModel.softmax(s);
                p[y[i]] -= 1;
                for (int f : x[i]) {
                    for (int k = 0; k < kk; k++) {
                        g[f][k] += p[k] / n;
                    }
                }
            }
            double c1 = 1 - Math.pow(b1, it), c2 = 1 - Math.pow(b2, it);
            for (int f = 0; f < nf; f++) {
                for (int k = 0; k < kk; k++) {
                    double grad = g[f][k] + l2 * w[f][k];
                    m[f][k] = b1 * m[f][k] + (1 - b1) * grad;
                    v[f][k] = b2 * v[f][k] + (1 - b2) * grad * grad;
                    w[f][k] -= rate * (m[f][k] / c1) / (Math.sqrt(v[f][k] / c2) + eps);
                }
            }
        }
        Map<String, double[]> weights = new HashMap<>();
        for (int f = 0; f < nf; f++) {
            double[] r = w[f];
            for (int k = 0; k < kk; k++) {
                r[k] = Math.round(r[k] * 1e6) / 1e6; // as written: a model in memory predicts as its file does
            }
            weights.put(feature[f], r);
        }
        return new RoleModel(classes, weights, 0.5, 0.5);
    }
}
