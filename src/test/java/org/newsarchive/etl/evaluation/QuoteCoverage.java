package org.newsarchive.etl.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * Checks {@code quotes.csv} against the gold QUOTE paragraphs, independently of the extractor:
 * quoted spans are found by pairing quotation marks, attribution by a speech verb standing
 * outside the quoted spans of the paragraph.
 *
 * <p>Measures: of the gold QUOTE paragraphs' quoted spans of four or more words, how many are in
 * {@code quotes.csv} for that paragraph; of those in paragraphs that attribute their quotation
 * (a speech verb outside the quotes), how many have a speaker.
 */
final class QuoteCoverage {

    /** Opening mark → the marks that may close it (mixed styles occur: "…“ in German copy). */
    private static final Map<Character, String> CLOSERS = Map.of(
            '“', "”\"", '"', "\"“”", '„', "“”\"", '«', "»", '»', "«", '‘', "’");
    /** Speech verbs of English, German and French news copy. */
    private static final Pattern SPEECH = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:said|says|say|saying|told|tells|added|adds|adding|asked|asks|wrote|writes|writing|explained|stated|states"
                    + "|declared|warned|insisted|noted|estimated|according\\s+to|sagte|sagt|sagten|erklärte|erklärt|betonte|betont"
                    + "|schreibt|schrieb|schickt|laut|a\\s+(?:\\p{L}+ment\\s+)?(?:déclaré|dit|expliqué|ajouté|affirmé|estimé)"
                    + "|avait\\s+(?:déclaré|dit|affirmé|estimé)|selon|a-t-il|a-t-elle)(?![\\p{L}])");

    record Result(int spans, int found, int attributed, int withSpeaker, List<String> missing, List<String> noSpeaker) {

        double speakerShare() {
            return attributed == 0 ? 1.0 : (double) withSpeaker / attributed;
        }

        String line() {
            return String.format(Locale.ROOT, "quoted spans (4+ words) %d  in quotes.csv %d  attributed in paragraph %d"
                    + "  with speaker %d  share %.3f%n", spans, found, attributed, withSpeaker, speakerShare());
        }
    }

    private QuoteCoverage() {
    }

    static Result measure(Path out, Path goldDir) throws IOException {
        Map<String, String> idByStem = new HashMap<>();
        for (Path csv : RoleScorer.find(out, "articles.csv")) {
            for (CSVRecord a : RoleScorer.read(csv)) {
                String file = Path.of(a.get("source_path")).getFileName().toString();
                idByStem.put(file.substring(0, file.lastIndexOf('.')), a.get("article_id"));
            }
        }
        Map<String, String> indexByText = new HashMap<>(); // article id + text -> paragraph index
        for (Path csv : RoleScorer.find(out, "paragraphs.csv")) {
            for (CSVRecord p : RoleScorer.read(csv)) {
                indexByText.putIfAbsent(p.get("article_id") + "\n" + p.get("text"), p.get("paragraph_index"));
            }
        }
        Map<String, List<CSVRecord>> quotes = new HashMap<>(); // article id + index -> quotes
        for (Path csv : RoleScorer.find(out, "quotes.csv")) {
            for (CSVRecord q : RoleScorer.read(csv)) {
                quotes.computeIfAbsent(q.get("article_id") + "\n" + q.get("paragraph_index"), k -> new ArrayList<>()).add(q);
            }
        }
        int spans = 0, found = 0, attributed = 0, withSpeaker = 0;
        List<String> missing = new ArrayList<>();
        List<String> noSpeaker = new ArrayList<>();
        List<Path> golds;
        try (var files = Files.list(goldDir)) {
            golds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path gold : golds) {
            String stem = gold.getFileName().toString().replace(".json", "");
            String id = idByStem.get(stem);
            for (String[] p : GoldFile.paragraphs(gold)) {
                if (!"QUOTE".equals(p[0])) {
                    continue;
                }
                String index = indexByText.get(id + "\n" + p[1]);
                List<CSVRecord> written = index == null ? List.of() : quotes.getOrDefault(id + "\n" + index, List.of());
                List<String> quoted = quotedSpans(p[1]);
                String outside = p[1];
                for (String s : quoted) {
                    outside = outside.replace(s, " ");
                }
                boolean attributes = SPEECH.matcher(outside).find();
                for (String s : quoted) {
                    if (words(s) < 4) {
                        continue;
                    }
                    spans++;
                    CSVRecord hit = null;
                    for (CSVRecord q : written) {
                        String a = norm(q.get("quote_text"));
                        String b = norm(s);
                        if (a.equals(b) || a.contains(b) || b.contains(a) && a.length() >= 0.8 * b.length()) {
                            hit = q;
                            break;
                        }
                    }
                    if (hit != null) {
                        found++;
                    } else {
                        missing.add(stem + ": " + s);
                    }
                    if (attributes) {
                        attributed++;
                        if (hit != null && !hit.get("speaker").isBlank()) {
                            withSpeaker++;
                        } else {
                            noSpeaker.add(stem + ": " + s);
                        }
                    }
                }
            }
        }
        return new Result(spans, found, attributed, withSpeaker, missing, noSpeaker);
    }

    /** The texts between paired quotation marks; a mark opened and not closed runs to the end. */
    static List<String> quotedSpans(String t) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            String closers = CLOSERS.get(c);
            // ‘ inside a word is an apostrophe-like mark, not an opening quote
            if (closers == null || c == '‘' && i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.length() && (closers.indexOf(t.charAt(j)) < 0
                    || c == '‘' && j + 1 < t.length() && Character.isLetter(t.charAt(j + 1)))) {
                j++;
            }
            out.add(t.substring(i + 1, Math.min(j, t.length())).strip());
            i = j + 1;
        }
        return out;
    }

    private static int words(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    private static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return t.replaceAll("^[\\s,.;:!?]+|[\\s,.;:!?]+$", "");
    }
}
