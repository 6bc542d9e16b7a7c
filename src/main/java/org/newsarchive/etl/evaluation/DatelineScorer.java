package org.newsarchive.etl.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * Scores datelines on Reuters stories with the measures of
 * {@code shared/tools/score_datelines.py}: among gold stories with a standard dateline, the
 * share whose article row has a dateline, whose {@code dateline_location} equals the gold
 * place, and whose {@code dateline_date} has the gold month and day.
 */
public final class DatelineScorer {

    public record Score(int stories, int articles, double found, double locationExact, double monthDay) {
        public String line() {
            return String.format(Locale.ROOT, "stories %d articles %d dateline found %.4f location exact %.4f month-day %.4f",
                    stories, articles, found, locationExact, monthDay);
        }
    }

    private DatelineScorer() {
    }

    public static Score score(Path outDir, Path goldCsv) throws IOException {
        Map<String, CSVRecord> articles = new HashMap<>();
        for (Path p : RoleScorer.find(outDir, "articles.csv")) {
            for (CSVRecord r : RoleScorer.read(p)) {
                String[] parts = r.get("source_path").split("!");
                articles.put(RoleScorer.stem(parts[parts.length - 1]), r);
            }
        }
        List<CSVRecord> gold = RoleScorer.read(goldCsv).stream().filter(g -> g.get("dateline_std").equals("1")).toList();
        int found = 0, location = 0, date = 0;
        for (CSVRecord g : gold) {
            CSVRecord a = articles.get(g.get("newid"));
            String dateline = a == null ? "" : a.get("dateline");
            String place = a == null ? "" : a.get("dateline_location");
            String day = a == null ? "" : a.get("dateline_date");
            if (!norm(dateline).isEmpty()) {
                found++;
            }
            if (norm(place).equals(norm(g.get("dateline_location")))) {
                location++;
            }
            if (day.length() >= 5 && day.substring(5).equals(g.get("date").substring(5))) {
                date++;
            }
        }
        int n = gold.size();
        return new Score(n, articles.size(), (double) found / n, (double) location / n, (double) date / n);
    }

    private static String norm(String s) {
        return (s == null ? "" : s).strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
