package org.newsarchive.etl.parse.xml;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.newsarchive.etl.model.Block;
import org.newsarchive.etl.model.Dateline;
import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.parse.BlockContentHandler;

/**
 * Reads the structure of IPTC NITF and NewsML-G2 news items (with NITF or XHTML bodies inside
 * {@code inlineXML}) into blocks whose {@link Block#hint() hint} is the role the structure
 * states, and the item's metadata.
 *
 * <ul>
 * <li>{@code hedline/hl1}, G2 {@code headline}, XHTML {@code h1} → HEADLINE; body {@code hl2},
 * XHTML {@code h2..h6} → SUBHEADING;</li>
 * <li>{@code byline} (with its {@code byttl}), G2 {@code by}, {@code distributor},
 * {@code creditline}, {@code tagline} → BYLINE;</li>
 * <li>{@code dateline} ({@code location}, {@code story.date}), G2 {@code dateline} →
 * DATELINE and the metadata's {@link Dateline} with place, date and agency;</li>
 * <li>{@code media-caption}, {@code description role="drol:caption"}, XHTML
 * {@code figcaption} → PHOTO_CAPTION; {@code media-producer}, a caption's {@code credit} →
 * PHOTO_CREDIT;</li>
 * <li>{@code bq}, XHTML {@code blockquote} → QUOTE, and a paragraph holding an inline
 * {@code q} (its words put in quotation marks) → QUOTE;</li>
 * <li>body paragraphs in order, without a hint: the tagger decides (a lead paragraph that
 * starts with its dateline, a quote in plain quotation marks);</li>
 * <li>dpa's non-publishable {@code p.np-constraint}, {@code p.closingline} and the keyword
 * lists of an XHTML {@code header} → BOILERPLATE; editorial notes, rights and catalog
 * metadata are not article text and are left out.</li>
 * </ul>
 *
 * <p>The parser is hardened: no DTD is read (the samples name DTDs that are not there), no
 * external entity is resolved or fetched, and named entities the missing DTD would have
 * declared ({@code &nbsp;}, {@code &mdash;}, ...) are replaced from a built-in table.
 */
public final class NewsXmlReader {

    /** Root elements this reader takes. */
    public static final Set<String> ROOTS = Set.of("nitf", "newsItem", "newsMessage", "packageItem");

    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.\\-]*:)?([A-Za-z_][\\w.\\-]*)[\\s/>]");
    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{4})-?(\\d{2})-?(\\d{2})");
    /** {@code London (dpa) - }, {@code BEIJING, June 19 (Reuters) -}. */
    private static final Pattern DATELINE_TEXT = Pattern.compile(
            "^\\s*([^,(]+?)\\s*(?:,\\s*([^(]+?))?\\s*(?:\\(([^)]+)\\))?\\s*[-\u2013\u2014.]*\\s*$");

    /** The dateline at the start of a lead paragraph: {@code NEW YORK (AP) — The gas ...}. */
    private static final Pattern LEAD = Pattern.compile("^(.{1,80}?)\\s*([-\u2013\u2014]+)\\s");

    /** {@code DAMASCUS (Reuters) -}, {@code NEW YORK, March 26 (AP) —}, {@code (Sports Network) -}. */
    private static final Pattern WIRE_LEAD = Pattern.compile(
            "^(?:([A-Z][A-Z.'\\- ]{1,40}[A-Z.])(?:,\\s[^()]{1,30})?\\s)?\\(([^()]{2,40})\\)\\s?[-\u2013\u2014]+\\s");

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", "\u00a0"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("bdquo", "\u201e"), Map.entry("laquo", "\u00ab"),
            Map.entry("raquo", "\u00bb"), Map.entry("hellip", "\u2026"), Map.entry("shy", "\u00ad"),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"),
            Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"), Map.entry("aacute", "\u00e1"),
            Map.entry("agrave", "\u00e0"), Map.entry("iacute", "\u00ed"), Map.entry("oacute", "\u00f3"),
            Map.entry("uacute", "\u00fa"), Map.entry("ntilde", "\u00f1"), Map.entry("ccedil", "\u00e7"),
            Map.entry("auml", "\u00e4"), Map.entry("ouml", "\u00f6"), Map.entry("uuml", "\u00fc"),
            Map.entry("Auml", "\u00c4"), Map.entry("Ouml", "\u00d6"), Map.entry("Uuml", "\u00dc"),
            Map.entry("szlig", "\u00df"), Map.entry("aring", "\u00e5"), Map.entry("oslash", "\u00f8"),
            Map.entry("aelig", "\u00e6"), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00b7"),
            Map.entry("deg", "\u00b0"), Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"));

    /** Subtrees that hold no article text. */
    private static final Set<String> SKIP = Set.of("head", "header", "itemMeta", "rightsInfo", "catalogRef",
            "assert", "remoteContent", "edNote", "script", "style", "media-reference", "media-object",
            "media-metadata", "ed-msg", "doc.copyright", "rights", "key-list", "subject", "keyword",
            "located", "contributor", "creator", "infoSource", "altId", "genre", "signal", "link", "slugline",
            "audience", "urgency", "language", "memberOf", "instanceOf", "title");

    /** Elements that start a block of their own. */
    private static final Set<String> BLOCKS = Set.of("p", "hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6",
            "byline", "by", "distributor", "dateline", "media-caption", "media-producer", "tagline", "li",
            "bq", "blockquote", "figcaption", "headline", "creditline", "description", "td", "th", "dt", "dd",
            "abstract", "pre", "caption", "div", "section", "ul", "ol", "table", "tr");

    private final XMLInputFactory factory;

    public NewsXmlReader() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
    }

    /** The root element's local name of an XML document's first bytes, or null. */
    public static String rootElement(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int i = 0;
        while (true) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) {
                return null;
            }
            char c = text.charAt(lt + 1);
            if (c == '?') {
                i = endOf(text, lt, "?>");
            } else if (text.startsWith("<!--", lt)) {
                i = endOf(text, lt, "-->");
            } else if (c == '!') {
                i = endOfDoctype(text, lt);
            } else {
                Matcher m = ROOT.matcher(text);
                return m.find(lt) && m.start() == lt ? m.group(2) : null;
            }
            if (i < 0) {
                return null;
            }
        }
    }

    private static int endOf(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static int endOfDoctype(String text, int from) {
        int bracket = text.indexOf('[', from);
        int gt = text.indexOf('>', from);
        if (bracket >= 0 && bracket < gt) {
            int close = text.indexOf("]>", bracket);
            return close < 0 ? -1 : close + 2;
        }
        return gt < 0 ? -1 : gt + 1;
    }

    /** The result: blocks in reading order and the item's metadata. */
    public record Result(List<Block> blocks, DocumentMetadata metadata, String mediaType) {
    }

    public Result read(InputStream in, long maxChars) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
            State state = new State(maxChars);
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> state.start(xml);
                    case XMLStreamConstants.END_ELEMENT -> state.end(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            state.text(xml.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE -> state.text(ENTITIES.getOrDefault(xml.getLocalName(), ""));
                    default -> {
                        // comments, processing instructions and the DTD are not text
                    }
                }
            }
            return state.result();
        } finally {
            xml.close();
        }
    }

    /** One open element. */
    private record Frame(String name, Role hint, boolean block, boolean skip, String cls) {
    }

    /** What a G2 envelope says outside the body: used where the body does not say it itself. */
    private static final class Envelope {
        String headline;
        String by;
        String creditline;
        String datelineText;
    }

    private static final class State {
        final long maxChars;
        final List<Block> blocks = new ArrayList<>();
        final Deque<Frame> frames = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        final Envelope envelope = new Envelope();
        String root;
        String title;
        String language;
        LocalDate published;
        String author;
        String datelineLocation;
        LocalDate datelineDate;
        String datelineWritten;
        String captionRole;
        boolean inlineQuote;
        long chars;
        final StringBuilder meta = new StringBuilder(); // text of a metadata element being read
        String metaElement;

        State(long maxChars) {
            this.maxChars = maxChars;
        }

        void start(XMLStreamReader xml) throws XMLStreamException {
            String name = xml.getLocalName();
            if (root == null) {
                root = name;
            }
            attributes(xml, name);
            boolean parentSkip = !frames.isEmpty() && frames.peek().skip();
            String cls = attribute(xml, "class");
            boolean skip = parentSkip || skips(name, xml);
            if (!parentSkip && isEnvelopeText(name, xml)) {
                metaElement = name;
                meta.setLength(0);
                skip = true; // read apart: the envelope's text is placed after the body is known
            }
            Role hint = skip ? null : hint(name, cls, xml);
            boolean block = !skip && (BLOCKS.contains(name)
                    || (name.equals("time") && inside("header"))
                    || (name.equals("credit") && (inside("media") || inside("figure"))));
            if (block) {
                flush();
            }
            if (name.equals("br") && !skip) {
                text.append('\n');
            }
            if (name.equals("q") && !skip) {
                text.append('\u201c');
                inlineQuote = true;
            }
            if (name.equals("byttl") && !skip && !collapse(text.toString()).isEmpty()) {
                // the writer's title joins the byline: "By BERNARD CONDON, AP Business Writer"
                trimEnd();
                text.append(", ");
            }
            frames.push(new Frame(name, hint, block && !name.equals("byttl"), skip, cls));
        }

        void end(String name) {
            if (name.equals("dateline") && metaElement == null && !frames.isEmpty() && !frames.peek().skip()
                    && collapse(text.toString()).isEmpty() && datelineDate != null) {
                text.append(datelineDate); // a dateline that only gives the date, in NITF's machine form
            }
            if (name.equals(metaElement)) {
                envelopeText(name, collapse(meta.toString()));
                metaElement = null;
            }
            Frame frame = frames.isEmpty() ? null : frames.pop();
            if (frame == null) {
                return;
            }
            if (name.equals("q") && !frame.skip()) {
                trimEnd();
                text.append('\u201d');
            }
            if (frame.block()) {
                flush(frame);
            }
        }

        void text(String s) {
            if (metaElement != null) {
                meta.append(s);
                return;
            }
            if (frames.isEmpty() || frames.peek().skip()) {
                if (!frames.isEmpty()) {
                    skippedText(frames.peek().name(), s);
                }
                return;
            }
            chars += s.length();
            if (chars > maxChars) {
                throw new IllegalStateException("more than " + maxChars + " characters of text");
            }
            if (frames.peek().name().equals("story.date") && s.strip().matches("\\d{8}T[\\dT:+\\-Z.]*")
                    && datelineDate != null) {
                s = datelineDate.toString(); // NITF's machine form of the date, as an ISO date
            }
            if (inside("location")) {
                datelineLocation = (datelineLocation == null ? "" : datelineLocation) + s;
            }
            text.append(s);
        }

        private void trimEnd() {
            while (text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.setLength(text.length() - 1);
            }
        }

        /** Metadata held in elements that are not article text. */
        private void skippedText(String element, String s) {
            switch (element) {
                case "title" -> {
                    if (inside("nitf") && inside("head") && headTitle.length() < 1000) {
                        headTitle.append(s);
                    }
                }
                case "versionCreated", "firstCreated", "contentCreated" -> {
                    LocalDate d = date(s);
                    if (d != null && (versionDate == null || !element.equals("versionCreated"))) {
                        versionDate = d;
                    }
                }
                default -> {
                }
            }
        }

        private boolean inside(String name) {
            for (Frame f : frames) {
                if (f.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /** Flushes the text gathered so far, with the hint of the innermost block that gives one. */
        private void flush() {
            flush(null);
        }

        private void flush(Frame closing) {
            String t = collapse(text.toString());
            text.setLength(0);
            boolean quote = inlineQuote;
            inlineQuote = false;
            if (t.isEmpty()) {
                return;
            }
            Role hint = closing != null && closing.hint() != null ? closing.hint() : null;
            String tag = closing != null ? closing.name() : "p";
            if (hint == null) {
                for (Frame f : frames) {
                    if (f.hint() != null) {
                        hint = f.hint();
                        break;
                    }
                }
            }
            if (hint == null && quote) {
                hint = Role.QUOTE;
            }
            if (closing != null && closing.name().equals("dateline")) {
                datelineWritten = t;
            }
            if (closing != null && closing.name().equals("hl2") && inside("hedline")
                    && (same(t, title == null ? "" : title) || t.equals(t.toUpperCase(Locale.ROOT)))) {
                return; // a copy of the headline or a slug, not a subtitle
            }
            if (closing != null && closing.name().equals("description") && envelope.headline != null
                    && t.contains(envelope.headline.strip())) {
                return; // a slug line repeating the headline, not a caption
            }
            if (hint == Role.HEADLINE && title == null) {
                title = t;
            }
            if (hint == Role.BYLINE && author == null && (tag.equals("byline") || tag.equals("by"))) {
                author = person(t).isEmpty() ? null : person(t);
            }
            blocks.add(new Block(t, tag, ancestry(closing), 0, hint));
        }

        private String ancestry(Frame closing) {
            StringBuilder sb = new StringBuilder();
            List<Frame> path = new ArrayList<>(frames);
            java.util.Collections.reverse(path);
            if (closing != null) {
                path.add(closing);
            }
            int from = Math.max(0, path.size() - BlockContentHandler.MAX_ANCESTRY_DEPTH);
            for (int i = from; i < path.size(); i++) {
                if (sb.length() > 0) {
                    sb.append('>');
                }
                sb.append(path.get(i).name());
                if (path.get(i).cls() != null) {
                    sb.append('.').append(path.get(i).cls().strip().replaceAll("\\s+", "."));
                }
            }
            return sb.toString();
        }

        private boolean skips(String name, XMLStreamReader xml) {
            if (!frames.isEmpty() && frames.peek().name().equals("contentMeta") && !name.equals("description")) {
                return true; // G2 metadata: only the envelope texts (read apart) and captions are used
            }
            if (SKIP.contains(name)) {
                // NITF's body.head is not "head"; G2's and XHTML's header hold no article text except the h1
                return !(name.equals("header") && "http://www.w3.org/1999/xhtml".equals(xml.getNamespaceURI()));
            }
            if (name.equals("description")) {
                String role = attribute(xml, "role");
                return role == null || !role.toLowerCase(Locale.ROOT).endsWith(":caption");
            }
            if (name.equals("inlineXML")) {
                String type = attribute(xml, "contenttype");
                return type != null && !type.contains("xml") && !type.contains("html") && !type.startsWith("text/");
            }
            return false;
        }

        private Role hint(String name, String cls, XMLStreamReader xml) {
            boolean xhtmlHeader = inside("header");
            if (cls != null && (cls.contains("np-constraint") || cls.contains("closingline"))) {
                return Role.BOILERPLATE;
            }
            switch (name) {
                case "hl1", "h1", "headline":
                    return Role.HEADLINE;
                case "hl2":
                    return inside("hedline") ? null : Role.SUBHEADING;
                case "h2", "h3", "h4", "h5", "h6":
                    return xhtmlHeader ? Role.BOILERPLATE : Role.SUBHEADING;
                case "byline", "by", "distributor", "tagline", "creditline":
                    return Role.BYLINE;
                case "dateline":
                    return Role.DATELINE;
                case "time":
                    return Role.DATELINE;
                case "media-caption", "figcaption", "description":
                    return Role.PHOTO_CAPTION;
                case "media-producer":
                    return Role.PHOTO_CREDIT;
                case "credit":
                    return inside("media") || inside("figure") || inside("figcaption") ? Role.PHOTO_CREDIT : null;
                case "bq", "blockquote":
                    return Role.QUOTE;
                case "span":
                    return null;
                default:
                    return xhtmlHeader && (name.equals("li") || name.equals("p") || name.equals("ul")) ? Role.BOILERPLATE
                            : null;
            }
        }

        /** G2 envelope elements whose text is placed after the body is known. */
        private boolean isEnvelopeText(String name, XMLStreamReader xml) {
            if (!inside("contentMeta") || inside("inlineXML")) {
                return false;
            }
            return name.equals("headline") || name.equals("by") || name.equals("creditline") || name.equals("dateline");
        }

        private void envelopeText(String name, String value) {
            if (value.isEmpty()) {
                return;
            }
            switch (name) {
                case "headline" -> envelope.headline = envelope.headline == null ? value : envelope.headline;
                case "by" -> envelope.by = value;
                case "creditline" -> envelope.creditline = value;
                case "dateline" -> {
                    LocalDate d = date(value);
                    if (d != null && value.matches("[\\d\\-: T.+Z]*(GMT|UTC)?[\\d\\-: +.]*")) {
                        datelineDate = datelineDate == null ? d : datelineDate; // a timestamp, not a place
                    } else {
                        envelope.datelineText = value;
                    }
                }
                default -> {
                }
            }
        }

        /** Reads the attributes that carry metadata. */
        private void attributes(XMLStreamReader xml, String name) {
            switch (name) {
                case "nitf" -> language = language(attribute(xml, "baselang"));
                case "newsItem", "packageItem" -> {
                    if (language == null) {
                        language = language(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
                    }
                }
                case "language" -> {
                    String tag = language(attribute(xml, "tag"));
                    if (tag != null && inside("contentMeta")) {
                        language = tag;
                    }
                }
                case "date.issue", "date.release" -> {
                    if (published == null) {
                        published = date(attribute(xml, "norm"));
                    }
                }
                case "pubdata" -> {
                    if (published == null) {
                        published = date(attribute(xml, "date.publication"));
                    }
                }
                case "story.date" -> {
                    datelineDate = date(attribute(xml, "norm"));
                }
                default -> {
                }
            }
        }

        LocalDate versionDate;
        final StringBuilder headTitle = new StringBuilder();

        Result result() {
            flush();
            // G2 envelope: placed before the body, where the body does not say it itself
            List<Block> head = new ArrayList<>();
            if (envelope.headline != null && blocks.stream().noneMatch(b -> b.hint() == Role.HEADLINE)) {
                head.add(new Block(envelope.headline, "headline", "contentMeta>headline", 0, Role.HEADLINE));
                title = title == null ? envelope.headline : title;
            }
            if (envelope.by != null && blocks.stream().noneMatch(b -> same(b.text(), envelope.by))) {
                head.add(new Block(envelope.by, "by", "contentMeta>by", 0, Role.BYLINE));
            }
            if (title == null && headTitle.length() > 0) {
                title = collapse(headTitle.toString());
            }
            if (envelope.by != null && author == null) {
                author = person(envelope.by);
            }
            if (envelope.datelineText != null) {
                String written = envelope.datelineText;
                if (blocks.stream().noneMatch(b -> startsSame(b.text(), written))) {
                    head.add(new Block(written, "dateline", "contentMeta>dateline", 0, Role.DATELINE));
                }
                datelineWritten = datelineWritten == null ? written : datelineWritten;
            }
            List<Block> body = new ArrayList<>(blocks);
            // the structure's byline and dateline, repeated at the start of the body text, mark those paragraphs
            if (envelope.by != null) {
                body.replaceAll(b -> b.hint() == null && same(b.text(), envelope.by) ? b.withHint(Role.BYLINE) : b);
            }
            String lead = envelope.datelineText != null ? envelope.datelineText : nitfDatelinePlace(body);
            if (lead == null && datelineWritten == null) {
                wireLead(body);
            }
            if (lead != null) {
                int seen = 0;
                for (int i = 0; i < body.size() && seen < 4; i++) {
                    Block b = body.get(i);
                    if (b.hint() != null && b.hint() != Role.DATELINE) {
                        continue;
                    }
                    if (b.tag().equals("dateline")) {
                        continue;
                    }
                    seen++;
                    if (b.hint() == null && startsSame(b.text(), lead)) {
                        body.set(i, b.withHint(Role.DATELINE));
                        if (envelope.datelineText == null) {
                            // NITF: the <dateline> block is the lead's own beginning; keep the lead, with its agency
                            body.removeIf(x -> x.tag().equals("dateline") && same(x.text(), lead));
                            Matcher m = LEAD.matcher(b.text());
                            if (m.find()) {
                                datelineWritten = m.group(1).strip() + " " + m.group(2);
                            }
                        }
                        break;
                    }
                }
            }
            List<Block> all = new ArrayList<>(head);
            all.addAll(body);
            if (envelope.creditline != null && all.stream().noneMatch(b -> b.hint() == Role.BYLINE)) {
                all.add(new Block(envelope.creditline, "creditline", "contentMeta>creditline", 0, Role.BYLINE));
            }
            Dateline dateline = dateline();
            String mediaType = root != null && root.equals("nitf") ? "application/nitf+xml"
                    : "application/vnd.iptc.g2.newsitem+xml";
            LocalDate pub = published != null ? published : versionDate;
            return new Result(all, new DocumentMetadata(title, pub, author, language, null, dateline, null), mediaType);
        }

        /**
         * Where the structure states no dateline, a wire dateline that opens the first body
         * paragraph ({@code DAMASCUS (Reuters) - ...}, {@code (Sports Network) - ...}) marks it.
         */
        private void wireLead(List<Block> body) {
            for (int i = 0; i < body.size(); i++) {
                Block b = body.get(i);
                if (b.hint() != null || b.ancestry().contains("abstract")) {
                    continue;
                }
                Matcher m = WIRE_LEAD.matcher(b.text());
                if (m.find()) {
                    body.set(i, b.withHint(Role.DATELINE));
                    datelineWritten = m.group().strip();
                    datelineLocation = m.group(1) == null ? null : m.group(1).strip();
                }
                if (!b.text().equals(body.get(Math.min(i + 1, body.size() - 1)).text())) {
                    return; // only the first paragraph (an abstract repeating it does not count)
                }
            }
        }

        /** The text of NITF's dateline block where it names only a place, or null. */
        private String nitfDatelinePlace(List<Block> body) {
            return body.stream().filter(b -> b.tag().equals("dateline")).map(Block::text)
                    .filter(t -> date(t) == null).findFirst().orElse(null);
        }

        private Dateline dateline() {
            String written = datelineWritten;
            String location = datelineLocation == null ? null : collapse(datelineLocation);
            String agency = null;
            if (written != null) {
                Matcher m = DATELINE_TEXT.matcher(written);
                if (m.matches()) {
                    if (location == null || location.isEmpty()) {
                        String place = m.group(1).strip();
                        location = date(place) == null ? place : null;
                    }
                    agency = m.group(3);
                }
            }
            if (location != null && location.isEmpty()) {
                location = null;
            }
            if (written == null && location == null && datelineDate == null) {
                return null;
            }
            return new Dateline(written, location, datelineDate, agency);
        }
    }

    static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    static String collapse(String s) {
        return s.replaceAll("[\\s\u00a0]+", " ").strip();
    }

    private static boolean same(String a, String b) {
        return collapse(a).equalsIgnoreCase(collapse(b));
    }

    private static boolean startsSame(String text, String prefix) {
        String p = collapse(prefix).replaceAll("[\\s\\-\u2013\u2014]+$", "");
        return !p.isEmpty() && collapse(text).startsWith(p);
    }

    /** The person in a byline: "By BERNARD CONDON, AP Business Writer" → "BERNARD CONDON". */
    static String person(String byline) {
        String p = byline.replaceFirst("(?i)^\\s*(by|von|par|por|av)\\s+", "");
        int comma = p.indexOf(',');
        return (comma > 0 ? p.substring(0, comma) : p).strip();
    }

    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') > 0 ? t.indexOf('-') : t.indexOf('_');
        if (cut > 0) {
            t = t.substring(0, cut);
        }
        return t.length() == 2 ? t : null;
    }
}
