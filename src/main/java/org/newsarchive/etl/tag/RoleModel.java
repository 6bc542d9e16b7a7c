package org.newsarchive.etl.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsarchive.etl.model.Role;

/**
 * A multinomial logistic regression over the cues of {@link RoleFeatures}: a weight per cue and
 * role; a paragraph's score for a role is the sum of the weights of its cues, its probability the
 * softmax of the scores. It overrides the rule tagger's role only where its most probable role
 * differs and its probability reaches that role's threshold for the rendition ({@code threshold
 * html} / {@code threshold text} lines in the file, a value per class; chosen on the tuning corpus
 * by cross-validation grouped by publisher; above 1: the model never gives that role).
 *
 * <p>The model file ({@code /tagger/role-model.tsv}) is text: {@code #} comments, a
 * {@code classes} line naming the roles, then lines of a name and a value per class,
 * tab-separated: {@code threshold html}, {@code threshold text}, and each cue's weights. It is written by {@link RoleModelTrainer} and
 * retrained with {@code eval/corpus/train-model.sh} (docs/roles.md, "The role model").
 */
public final class RoleModel {

    public static final String RESOURCE = "/tagger/role-model.tsv";

    private final Role[] classes;
    private final Map<String, double[]> weights;
    /**
     * For the job's fast path: each plain cue's weights with its {@code html: } (resp.
     * {@code text: }) twin's added, so a paragraph's cues are looked up once, not twice. The
     * names are interned, as are those {@link RoleFeatures#cues} gives: a lookup that finds its
     * cue compares references, not characters.
     */
    private final Map<String, Weights> htmlWeights;
    private final Map<String, Weights> textWeights;
    /** Per class (in {@link #classes} order): the probability the model needs to give that role, HTML and text. */
    private final double[] thresholdHtml;
    private final double[] thresholdText;

    /** What the model says of one paragraph: its role, that role's probability, and the cues that counted most for it. */
    public record Prediction(Role role, double probability, List<String> topCues) {
    }

    public RoleModel(Role[] classes, Map<String, double[]> weights, double[] thresholdHtml, double[] thresholdText) {
        if (thresholdHtml.length != classes.length || thresholdText.length != classes.length) {
            throw new IllegalArgumentException("a threshold per class");
        }
        this.classes = classes.clone();
        this.weights = Map.copyOf(weights);
        this.htmlWeights = numbered(withRendition(this.weights, "html: "));
        this.textWeights = numbered(withRendition(this.weights, "text: "));
        this.thresholdHtml = thresholdHtml.clone();
        this.thresholdText = thresholdText.clone();
    }

    /** Every class with the same threshold. */
    public RoleModel(Role[] classes, Map<String, double[]> weights, double thresholdHtml, double thresholdText) {
        this(classes, weights, filled(classes.length, thresholdHtml), filled(classes.length, thresholdText));
    }

    private static double[] filled(int n, double v) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, v);
        return d;
    }

    /** The model shipped in the jar, or null if the jar holds none. */
    public static RoleModel bundled() {
        try (InputStream in = RoleModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    public static RoleModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Role[] classes = null;
        double[] th = null, tt = null;
        Map<String, double[]> w = new HashMap<>();
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals("classes")) {
                classes = new Role[f.length - 1];
                for (int k = 1; k < f.length; k++) {
                    classes[k - 1] = Role.valueOf(f[k]);
                }
            } else {
                if (classes == null || f.length != classes.length + 1) {
                    throw new IOException("role model line " + lineNo + ": expected a cue and " 
                            + (classes == null ? "a classes line first" : classes.length + " weights"));
                }
                double[] v = new double[classes.length];
                for (int k = 0; k < v.length; k++) {
                    v[k] = Double.parseDouble(f[k + 1]);
                }
                if (f[0].equals("threshold html")) {
                    th = v;
                } else if (f[0].equals("threshold text")) {
                    tt = v;
                } else {
                    w.put(f[0], v);
                }
            }
        }
        if (classes == null || th == null || tt == null) {
            throw new IOException("role model: no classes line, or no threshold html / threshold text line");
        }
        return new RoleModel(classes, w, th, tt);
    }

    /** Writes the model in the format {@link #read} reads, weights rounded to 6 decimals (so a file is the same on every machine). */
    public void write(Writer out, List<String> comments) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        StringBuilder sb = new StringBuilder("classes");
        for (Role c : classes) {
            sb.append('\t').append(c.name());
        }
        out.write(sb.append('\n').toString());
        for (int r = 0; r < 2; r++) {
            sb.setLength(0);
            sb.append(r == 0 ? "threshold html" : "threshold text");
            for (double d : r == 0 ? thresholdHtml : thresholdText) {
                sb.append('\t').append(String.format(Locale.ROOT, "%.2f", d));
            }
            out.write(sb.append('\n').toString());
        }
        List<String> names = new ArrayList<>(weights.keySet());
        names.sort(null);
        for (String name : names) {
            double[] v = weights.get(name);
            boolean any = false;
            for (double d : v) {
                any |= Math.abs(d) >= 5e-7;
            }
            if (!any) {
                continue;
            }
            sb.setLength(0);
            sb.append(name);
            for (double d : v) {
                sb.append('\t').append(String.format(Locale.ROOT, "%.6f", d));
            }
            out.write(sb.append('\n').toString());
        }
    }

    /** One paragraph as the model sees it: the rule tagger's role, the cues, the rendition, whether it quotes. */
    public record Input(String text, Role rule, List<String> cues, boolean markup, boolean hasQuote) {
    }

    /**
     * The role the model gives the paragraph instead of the rule's, or null where the rule's
     * stands: the model's role must differ and reach the rendition's threshold. The model does not
     * choose between BODY and QUOTE (the quotation marks do): where it says story text for a
     * paragraph the rules gave another role, it becomes QUOTE if it quotes, else BODY.
     */
    public Role override(Input in, Prediction p) {
        if (p.probability() < threshold(in.markup(), p.role())) {
            return null;
        }
        Role r = p.role();
        if (r == Role.BODY || r == Role.QUOTE) {
            if (in.rule() == Role.BODY || in.rule() == Role.QUOTE) {
                return null;
            }
            r = in.hasQuote() ? Role.QUOTE : Role.BODY;
        }
        return r == in.rule() ? null : r;
    }

    public Role[] classes() {
        return classes.clone();
    }

    /** The probability the model needs to give {@code role} in a paragraph of that rendition. */
    public double threshold(boolean markup, Role role) {
        for (int k = 0; k < classes.length; k++) {
            if (classes[k] == role) {
                return (markup ? thresholdHtml : thresholdText)[k];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    public RoleModel withThresholds(double[] html, double[] text) {
        return new RoleModel(classes, weights, html, text);
    }

    /** Class probabilities for a paragraph with these cues (cues the model has no weight for count nothing). */
    public double[] probabilities(List<String> cues) {
        return softmax(scores(cues, weights::get));
    }

    /** Each class's score: the sum of the cues' weights ({@code w}: a cue's, or null). */
    private double[] scores(List<String> cues, java.util.function.Function<String, double[]> w) {
        double[] s = new double[classes.length];
        for (String c : cues) {
            double[] v = w.apply(c);
            if (v != null) {
                add(s, v);
            }
        }
        return s;
    }

    private static Map<String, double[]> withRendition(Map<String, double[]> weights, String prefix) {
        Map<String, double[]> out = new java.util.HashMap<>();
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("html: ") || k.startsWith("text: ")) {
                if (k.startsWith(prefix)) {
                    out.merge(k.substring(prefix.length()).intern(), e.getValue().clone(), RoleModel::add);
                }
            } else {
                out.merge(k.intern(), e.getValue().clone(), RoleModel::add);
            }
        }
        return Map.copyOf(out);
    }

    private static double[] add(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            a[k] += b[k];
        }
        return a;
    }

    /**
     * The most probable role of a paragraph given its plain cues (see {@link RoleFeatures#plain}),
     * each counted alone and with the rendition's prefix: the same as {@link #predictRole} on the
     * expanded cues, with one lookup per cue. No explanation: see {@link #explain}.
     */
    public Prediction predictRole(List<String> plainCues, boolean markup) {
        Map<String, Weights> w = markup ? htmlWeights : textWeights;
        return mostProbable(softmax(scores(plainCues, c -> {
            Weights v = w.get(c);
            return v == null ? null : v.values();
        })));
    }

    /**
     * The job's path: the most probable role of paragraph {@code i} of {@code c}, scored as its
     * cues come from {@link RoleFeatures#cues} (no list of names built), each looked up once:
     * the same as {@link #predictRole(List, boolean)} on {@link RoleFeatures#plain}, and so as
     * {@link #predictRole(List)} on {@link RoleFeatures#of}. No explanation: see {@link #explain}.
     */
    Prediction predictRole(RoleFeatures.Context c, int i) {
        Scores s = new Scores(c.markup()[i] ? htmlWeights : textWeights, classes.length);
        RoleFeatures.shared().cues(c, i, s);
        return mostProbable(softmax(s.sum));
    }

    /**
     * A paragraph's scores summed as its cues come: each cue's weights once (the cue's first
     * time, as in {@link RoleFeatures#plain}'s set), in that order, so the sums are those of
     * {@link #scores} bit for bit. A cue is one weight array: a cue seen is an array seen.
     */
    private static final class Scores implements RoleFeatures.Sink {
        private final Map<String, Weights> weights;
        final double[] sum;
        /** The cues counted, by {@link Weights#id}. */
        private final long[] seen;

        Scores(Map<String, Weights> weights, int classes) {
            this.weights = weights;
            this.sum = new double[classes];
            this.seen = new long[(weights.size() >> 6) + 1];
        }

        @Override
        public void add(String cue) {
            Weights w = weights.get(cue);
            if (w == null || (seen[w.id() >> 6] & 1L << w.id()) != 0) {
                return;
            }
            seen[w.id() >> 6] |= 1L << w.id();
            RoleModel.add(sum, w.values());
        }
    }

    /** A plain cue's weights (its own and its rendition twin's, added) and a number of its own, from 0. */
    private record Weights(int id, double[] values) {
    }

    private static Map<String, Weights> numbered(Map<String, double[]> weights) {
        Map<String, Weights> out = new HashMap<>();
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            out.put(e.getKey(), new Weights(out.size(), e.getValue()));
        }
        return Map.copyOf(out);
    }

    /** The most probable role, its probability and the (up to) three cues that added most to its score. */
    public Prediction predict(List<String> cues) {
        Prediction p = predictRole(cues);
        return new Prediction(p.role(), p.probability(), explain(cues, p.role()));
    }

    /**
     * The most probable role and its probability, without the cues that explain it: the job asks
     * for those ({@link #explain}) only where the model overrides the rules, most paragraphs never.
     */
    public Prediction predictRole(List<String> cues) {
        return mostProbable(probabilities(cues));
    }

    private Prediction mostProbable(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return new Prediction(classes[best], p[best], List.of());
    }

    /** The (at most three) cues that raised {@code role}'s score most; see {@link #topCues}. */
    public List<String> explain(List<String> cues, Role role) {
        for (int k = 0; k < classes.length; k++) {
            if (classes[k] == role) {
                return topCues(cues, k, 3);
            }
        }
        return List.of();
    }

    /**
     * The cues that raised class {@code k}'s score most against the other classes' average
     * (weight for {@code k} minus the mean weight), strongest first; a cue given twice (alone and
     * with its rendition's prefix) is named once, by its plain name.
     */
    List<String> topCues(List<String> cues, int k, int max) {
        Map<String, Double> by = new HashMap<>();
        for (String c : cues) {
            double[] v = weights.get(c);
            if (v == null || c.equals("bias") || c.endsWith(": bias")) {
                continue;
            }
            double mean = 0;
            for (double d : v) {
                mean += d;
            }
            mean /= v.length;
            String plain = c.startsWith("html: ") || c.startsWith("text: ") ? c.substring(6) : c;
            by.merge(plain, v[k] - mean, Double::sum);
        }
        List<Map.Entry<String, Double>> e = new ArrayList<>(by.entrySet());
        e.sort((a, b) -> {
            int c = Double.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> x : e) {
            if (out.size() == max || x.getValue() <= 0) {
                break;
            }
            out.add(x.getKey());
        }
        return out;
    }

    static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double d : s) {
            max = Math.max(max, d);
        }
        double sum = 0;
        double[] p = new double[s.length];
        for (int k = 0; k < s.length; k++) {
            p[k] = Math.exp(s[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < s.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
