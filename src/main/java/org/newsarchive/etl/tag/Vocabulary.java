package org.newsarchive.etl.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
     * The entries as one non-capturing regex alternation, longest first (so "Getty Images" is
     * tried before "Getty"). With {@code caps}, each entry's all-capitals spelling is added
     * ({@code REUTERS}, {@code GETTY IMAGES}), for patterns that compare case.
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
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(literal(sorted.get(i)));
        }
        return b.append(')').toString();
    }

    /** One entry as a regex: letters and digits as they are, other characters escaped, a space matching any whitespace. */
    static String literal(String entry) {
        StringBuilder b = new StringBuilder();
        String e = entry.strip();
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!Character.isWhitespace(e.charAt(i - 1))) {
                    b.append("\\s+");
                }
            } else if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else {
                b.append('\\').append(c);
            }
        }
        return b.toString();
    }
}
