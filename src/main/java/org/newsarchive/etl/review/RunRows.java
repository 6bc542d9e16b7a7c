package org.newsarchive.etl.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.newsarchive.etl.model.Role;

/**
 * What the review page shows of a run, read back from the run folder's CSV files (the committed
 * rows, part files included): counts of every table, and the paragraphs and quotations of the
 * articles the page reviews only. The paragraphs are streamed once; an article's paragraphs are
 * kept when it is chosen ({@code chosen}) or has a rare role.
 */
public final class RunRows {

    /** An article row. */
    public record ArticleRow(String id, String sourcePath, String title, String language, String dateline,
                             String place, String date, String agency, String byline) {
    }

    /** A paragraph row. */
    public record ParagraphRow(int index, Role role, String text, String cues) {
    }

    /** A quotation row. */
    public record QuoteRow(int paragraphIndex, String text, String speaker) {
    }

    /** A reject row. */
    public record RejectRow(String sourcePath, String reason) {
    }

    /** Every article row, in file order. */
    public final List<ArticleRow> articles = new ArrayList<>();
    public final Map<Role, Long> paragraphsPerRole = new EnumMap<>(Role.class);
    /** How many articles have at least one paragraph of each role. */
    public final Map<Role, Integer> articlesPerRole = new EnumMap<>(Role.class);
    public final List<RejectRow> rejects = new ArrayList<>();
    public long paragraphs;
    public long quotes;
    /** The paragraphs of the articles kept, by article id, in reading order. */
    public final Map<String, List<ParagraphRow>> kept = new LinkedHashMap<>();
    /** The quotations of the articles kept, by article id. */
    public final Map<String, List<QuoteRow>> keptQuotes = new HashMap<>();
    /** The articles kept for a role that few articles have, by role. */
    public final Map<Role, Set<String>> rareRoleArticles = new EnumMap<>(Role.class);

    private RunRows() {
    }

    /**
     * Reads the run folder.
     *
     * @param choose   given every article row, the articles to keep whatever their roles (the sample, or the gold articles)
     * @param rareUpTo a role at most this many articles have is rare: every article that has it is kept
     */
    public static RunRows read(Path runFolder, Function<List<ArticleRow>, Predicate<String>> choose, int rareUpTo)
            throws IOException {
        RunRows rows = new RunRows();
        for (Role r : Role.values()) {
            rows.paragraphsPerRole.put(r, 0L);
            rows.articlesPerRole.put(r, 0);
            rows.rareRoleArticles.put(r, new HashSet<>());
        }
        each(runFolder, "articles", r -> rows.articles.add(new ArticleRow(r.get("article_id"), r.get("source_path"),
                orNull(r.get("title")), orNull(r.get("language")), orNull(r.get("dateline")), orNull(r.get("dateline_location")),
                orNull(r.get("dateline_date")), orNull(r.get("dateline_agency")), orNull(r.get("byline")))));
        rows.readParagraphs(runFolder, choose.apply(rows.articles), rareUpTo);
        each(runFolder, "quotes", r -> {
            rows.quotes++;
            if (rows.kept.containsKey(r.get("article_id"))) {
                rows.keptQuotes.computeIfAbsent(r.get("article_id"), k -> new ArrayList<>()).add(
                        new QuoteRow(Integer.parseInt(r.get("paragraph_index")), r.get("quote_text"), orNull(r.get("speaker"))));
            }
        });
        each(runFolder, "rejects", r -> rows.rejects.add(new RejectRow(r.get("source_path"), r.get("reason"))));
        return rows;
    }

    /**
     * One pass over the paragraphs, an article's rows at a time (they are written together):
     * an article is kept if chosen, or for each role it has while fewer than {@code rareUpTo + 1}
     * articles with that role have been seen; at the end, a role seen in more articles than that
     * is not rare, and the articles kept only for it are dropped.
     */
    private void readParagraphs(Path runFolder, Predicate<String> chosen, int rareUpTo) throws IOException {
        Set<String> keptForRole = new HashSet<>();
        for (Path file : files(runFolder, "paragraphs")) {
            Group group = new Group();
            CsvBytes.scan(file, r -> {
                if (group.bytes == null) {
                    group.bytes = r;
                    group.id = r.column("article_id");
                    group.index = r.column("paragraph_index");
                    group.role = r.column("role");
                    group.text = r.column("text");
                    group.cues = r.column("role_cues");
                }
                // an article's rows follow each other: its id is made into text once, not per row
                if (!r.sameBytes(group.id, group.articleCell)) {
                    close(group, chosen, rareUpTo, keptForRole);
                    group.article = r.get(group.id);
                    group.articleCell = r.cell(group.id);
                }
                int ordinal = r.oneOf(group.role, ROLE_NAMES);
                Role role = ordinal >= 0 ? ROLES[ordinal] : Role.valueOf(r.get(group.role)); // valueOf says what is wrong
                int index = r.digits(group.index);
                paragraphs++;
                paragraphsPerRole.merge(role, 1L, Long::sum);
                group.rows.add(new Pending(index >= 0 ? index : Integer.parseInt(r.get(group.index)), role,
                        r.cell(group.text), r.cell(group.cues)));
            });
            close(group, chosen, rareUpTo, keptForRole);
        }
        // roles that turned out common: their articles stay only if chosen or kept for a rare role
        for (Role r : Role.values()) {
            if (articlesPerRole.get(r) > rareUpTo) {
                rareRoleArticles.get(r).clear();
            }
        }
        Set<String> rare = new HashSet<>();
        rareRoleArticles.values().forEach(rare::addAll);
        kept.keySet().removeIf(id -> keptForRole.contains(id) && !rare.contains(id) && !chosen.test(id));
    }

    private static final Role[] ROLES = Role.values();
    /** The role names as the CSV writes them, in {@link #ROLES} order. */
    private static final byte[][] ROLE_NAMES = java.util.Arrays.stream(ROLES)
            .map(r -> r.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    /** A paragraph row not yet made into text: its text and cues are byte ranges of the file. */
    private record Pending(int index, Role role, CsvBytes.Cell text, CsvBytes.Cell cues) {
    }

    /** The rows of the article being read, and the file's columns. */
    private static final class Group {
        CsvBytes bytes;
        int id, index, role, text, cues;
        String article;
        /** The article id's bytes in the file, to tell the next article's rows. */
        CsvBytes.Cell articleCell;
        final List<Pending> rows = new ArrayList<>();
    }

    /**
     * The end of an article's rows: it is kept if chosen, or for each role it has while fewer
     * than {@code rareUpTo + 1} articles with that role have been seen.
     */
    private void close(Group group, Predicate<String> chosen, int rareUpTo, Set<String> keptForRole) {
        if (group.article == null) {
            return;
        }
        String id = group.article;
        boolean keep = chosen.test(id);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        group.rows.forEach(p -> roles.add(p.role()));
        for (Role r : roles) {
            int n = articlesPerRole.merge(r, 1, Integer::sum);
            if (n <= rareUpTo + 1) {
                rareRoleArticles.get(r).add(id);
                keep = true;
                keptForRole.add(id);
            }
        }
        if (keep) {
            List<ParagraphRow> out = kept.computeIfAbsent(id, k -> new ArrayList<>());
            for (Pending p : group.rows) {
                out.add(new ParagraphRow(p.index(), p.role(), group.bytes.text(p.text()), group.bytes.text(p.cues())));
            }
        }
        group.rows.clear();
        group.article = null;
        group.articleCell = null;
    }

    /** An empty cell is an unknown value. */
    private static String orNull(String cell) {
        return cell == null || cell.isEmpty() ? null : cell;
    }

    /** Each record of a table's files ({@code name.csv}, then {@code name-part2.csv}, ...), in order. */
    static void each(Path runFolder, String table, CsvBytes.Sink action) throws IOException {
        for (Path file : files(runFolder, table)) {
            CsvBytes.scan(file, action);
        }
    }

    static List<Path> files(Path runFolder, String table) throws IOException {
        TreeMap<Integer, Path> parts = new TreeMap<>();
        try (Stream<Path> s = Files.list(runFolder)) {
            s.forEach(p -> {
                String name = p.getFileName().toString();
                if (name.equals(table + ".csv")) {
                    parts.put(1, p);
                } else if (name.startsWith(table + "-part") && name.endsWith(".csv")) {
                    try {
                        parts.put(Integer.parseInt(name.substring(table.length() + 5, name.length() - 4)), p);
                    } catch (NumberFormatException e) {
                        // not one of ours
                    }
                }
            });
        }
        return List.copyOf(parts.values());
    }
}
