package org.newsarchive.etl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a benchmark corpus of fictional news: short wire stories in the plain-text archive
 * format (about 600 bytes each) and/or full HTML news pages (about 60 KB each: navigation,
 * scripts, styles, related links and footer around the story, as real pages have). Stories are
 * assembled from varied parts with a fixed random seed, so every run writes the same corpus.
 *
 * <pre>GenerateCorpus OUTPUT_DIR WIRE_COUNT HTML_COUNT</pre>
 * Files go to 1,000 per folder.
 */
public final class GenerateCorpus {

    static final String[] PLACES = {"OSLO", "LISBON", "NAIROBI", "MONTREAL", "PERTH", "VALPARAISO", "GDANSK", "OSAKA",
            "TUCSON", "ABERDEEN", "CORK", "DAKAR", "LYON", "BERGEN", "HALIFAX", "ADELAIDE"};
    static final String[] MONTHS = {"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"};
    static final String[] AGENCIES = {"Reuters", "AP", "AFP", "Coastline News"};
    static final String[] COMPANIES = {"Northwind Shipping", "Halden Mills", "Bluefin Foods", "Carrow Rail", "Tamsin Energy",
            "Orrin Textiles", "Kestrel Air", "Marlow Mining"};
    static final String[] PEOPLE = {"Ana Ferreira", "Jonas Pfeil", "Mei Tanaka", "Idris Bello", "Sofia Lind", "Tom Okafor",
            "Ruth Calder", "Pavel Novak"};
    static final String[] VERBS = {"rose", "fell", "climbed", "slipped", "jumped", "eased"};
    static final String[] TOPICS = {"quarterly profit", "annual revenue", "freight volumes", "order intake", "passenger numbers"};

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int wire = Integer.parseInt(args[1]);
        int html = Integer.parseInt(args[2]);
        Random random = new Random(20261128L);
        for (int i = 0; i < wire; i++) {
            write(out.resolve(String.format(Locale.ROOT, "wire/%03d/%06d.txt", i / 1000, i)), wireStory(random, i));
        }
        for (int i = 0; i < html; i++) {
            write(out.resolve(String.format(Locale.ROOT, "html/%03d/%06d.html", i / 1000, i)), htmlPage(random, i));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    static String wireStory(Random r, int n) {
        String company = pick(r, COMPANIES);
        String place = pick(r, PLACES);
        String person = pick(r, PEOPLE);
        String topic = pick(r, TOPICS);
        int pct = 2 + r.nextInt(30);
        return String.format(Locale.ROOT, """
                 date 2025-%02d-%02d 

                %s REPORTS %s CHANGE %d

                %s, %s %d (%s) - %s said on Tuesday its %s %s %d pct in the third quarter, as demand from \
                export customers held up better than analysts had expected.

                "We have seen steady orders from our largest markets and expect that to continue into next year," \
                chief executive %s told reporters.

                The company said it would pay a dividend of %d cts a share, up from %d cts a year earlier.

                Reporting by %s; Editing by %s
                """, 1 + r.nextInt(12), 1 + r.nextInt(28), company.toUpperCase(Locale.ROOT), topic.toUpperCase(Locale.ROOT), n,
                place, pick(r, MONTHS), 1 + r.nextInt(28), pick(r, AGENCIES), company, topic, pick(r, VERBS), pct, person,
                10 + r.nextInt(40), 5 + r.nextInt(30), pick(r, PEOPLE), pick(r, PEOPLE));
    }

    static String htmlPage(Random r, int n) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        String company = pick(r, COMPANIES);
        String headline = company + " expands " + pick(r, TOPICS) + " plan after strong year (" + n + ")";
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(headline)
                .append(" | Coast Herald</title>\n<meta property=\"og:title\" content=\"").append(headline).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"2025-0").append(1 + r.nextInt(9))
                .append("-1").append(r.nextInt(9)).append("T08:00:00Z\">\n<style>\n");
        for (int i = 0; i < 120; i++) {
            sb.append(".c").append(i).append("{margin:").append(i % 7).append("px;padding:0 ").append(i % 5)
                    .append("px;font-family:Georgia,serif;color:#").append(String.format("%06x", r.nextInt(0xffffff))).append("}\n");
        }
        sb.append("</style>\n<script>\nwindow.dataLayer=window.dataLayer||[];\n");
        for (int i = 0; i < 150; i++) {
            sb.append("function track").append(i).append("(e){dataLayer.push({event:'view").append(i)
                    .append("',section:'business',id:").append(r.nextInt(100000)).append("});}\n");
        }
        sb.append("</script>\n</head><body>\n<header class=\"site-header\"><nav class=\"main-nav\"><ul>");
        for (String s : new String[] {"Home", "News", "Business", "Sport", "Culture", "Opinion", "Weather", "Podcasts"}) {
            sb.append("<li><a href=\"/").append(s.toLowerCase(Locale.ROOT)).append("\">").append(s).append("</a></li>");
        }
        sb.append("</ul></nav></header>\n<main><article class=\"story\">\n<h1>").append(headline).append("</h1>\n")
                .append("<p class=\"byline\">By ").append(pick(r, PEOPLE)).append("</p>\n")
                .append("<figure><img src=\"/img/").append(n).append(".jpg\" alt=\"\"><figcaption>Workers at the ")
                .append(company).append(" plant in ").append(pick(r, PLACES)).append(" on Monday.<br>(Herald Photo/")
                .append(pick(r, PEOPLE)).append(")</figcaption></figure>\n");
        sb.append("<p>").append(pick(r, PLACES)).append(" — ").append(company)
                .append(" will hire 400 workers and open a second line next spring, the company said on Monday.</p>\n");
        for (int i = 0; i < 14; i++) {
            sb.append("<p>The company's ").append(pick(r, TOPICS)).append(' ').append(pick(r, VERBS)).append(' ')
                    .append(2 + r.nextInt(30)).append(" percent last year, and managers said the new line would be ")
                    .append("built on land the firm already owns beside the harbour, with work starting in the autumn.</p>\n");
            if (i % 5 == 2) {
                sb.append("<p>“We are confident that demand will hold through the winter and beyond,” said ")
                        .append(pick(r, PEOPLE)).append(", the firm's chief executive.</p>\n");
            }
        }
        sb.append("</article></main>\n<aside class=\"related\"><h3>More from Business</h3><ul>");
        for (int i = 0; i < 25; i++) {
            sb.append("<li><a href=\"/business/").append(r.nextInt(1000000)).append("\">").append(pick(r, COMPANIES))
                    .append(" shares move as ").append(pick(r, TOPICS)).append(" figures land</a></li>");
        }
        sb.append("</ul></aside>\n<footer class=\"site-footer\"><p>Subscribe to our newsletter</p>")
                .append("<p>© 2025 Coast Herald. All rights reserved.</p></footer>\n");
        while (sb.length() < 60_000) {
            sb.append("<script>track").append(r.nextInt(150)).append("({page:'").append(n).append("'});</script>\n");
        }
        sb.append("</body></html>\n");
        return sb.toString();
    }
}
