package org.newsarchive.etl.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The word lists the detectors read, kept as data: {@code src/main/resources/vocabulary/NAME.txt},
 * UTF-8, one entry a line, {@code #} starts a comment, blank lines are skipped. An entry is a
 * literal word or phrase; in the patterns built from it a space matches any run of whitespace.
 * A missing list is a packaging error and fails at class load, not at the first article.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** The entries of list {@code name}, in file order, without duplicates. */
    static List<String> entries(String name) {
        String resource = "/vocabulary/" + name + ".txt";
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary missing from the classpath: " + resource);
            }
            Set<String> out = new LinkedHashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String e = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!e.isEmpty()) {
                    out.add(e);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /**
     * The entries as one non-capturing regex, longest first (so "Getty Images" is tried before
     * "Getty"). With {@code caps}, each entry's all-capitals spelling is added ({@code REUTERS},
     * {@code GETTY IMAGES}), for patterns that compare case. The entries are merged on their
     * common beginnings ({@code (?:p(?:hoto(?:s|graph)?|icture)|...)}): a pattern tries a long
     * list at every position of a paragraph, and most positions then fail on one character
     * comparison per distinct first letter, not one per entry.
     */
    static String alternation(String name, boolean caps) {
        return alternation(entries(name), caps);
    }

    static String alternation(List<String> entries, boolean caps) {
        Set<String> all = new LinkedHashSet<>(entries);
        if (caps) {
            for (String e : entries) {
                all.add(e.toUpperCase(Locale.ROOT));
            }
        }
        Node root = new Node();
        for (String e : all) {
            Node n = root;
            for (String token : tokens(e)) {
                n = n.children.computeIfAbsent(token, t -> new Node());
            }
            n.end = true;
        }
        return "(?:" + root.regex() + ")";
    }

    /** A trie node: the tokens that may follow, and whether an entry ends here. */
    private static final class Node {
        final Map<String, Node> children = new TreeMap<>();
        boolean end;

        /** The alternation of the children, each followed by its own; the end, if any, tried last (longest first). */
        String regex() {
            List<String> branches = new ArrayList<>();
            for (Map.Entry<String, Node> c : children.entrySet()) {
                Node child = c.getValue();
                String rest = child.children.isEmpty() ? "" : child.regex();
                if (child.children.isEmpty()) {
                    branches.add(c.getKey());
                } else if (child.children.size() == 1 && !child.end) {
                    branches.add(c.getKey() + rest);
                } else {
                    branches.add(c.getKey() + "(?:" + rest + ")" + (child.end ? "?" : ""));
                }
            }
            return String.join("|", branches);
        }
    }

    /** An entry as regex tokens, one per character: letters and digits as they are, others escaped, a space any whitespace. */
    private static List<String> tokens(String entry) {
        List<String> out = new ArrayList<>();
        String e = entry.strip();
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!Character.isWhitespace(e.charAt(i - 1))) {
                    out.add("\\s+");
                }
            } else if (Character.isLetterOrDigit(c)) {
                out.add(String.valueOf(c));
            } else {
                out.add("\\" + c);
            }
        }
        return out;
    }
}
