package org.newsarchive.etl.tag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written the ways news pages write them: {@code 2023-06-19},
 * {@code 19.06.2023}, {@code 23/10/2020}, {@code June 19, 2023}, {@code Jun. 19},
 * {@code 19 June 2023}, {@code 19. Juni 2023}, {@code 19 février 2020}, and, in the languages
 * that put the day first, {@code 5 de marzo de 2020}, {@code 12 MAG}, {@code 5 maart 2020}. The
 * month names are data: {@code vocabulary/months.txt}.
 * A date may lack its year ({@code Feb 26}); the caller supplies it.
 */
final class DateExpressions {

    /** A date as written: year may be 0 (not written). */
    record FoundDate(int start, int end, int year, int month, int day) {

        boolean hasYear() {
            return year > 0;
        }

        /** The date, the year taken from {@code referenceYear} when not written; null if impossible. */
        LocalDate resolve(LocalDate reference) {
            int y = year;
            if (y == 0) {
                if (reference == null) {
                    return null;
                }
                y = reference.getYear();
                LocalDate candidate = of(y, month, day);
                // a December dateline on a story published in early January belongs to the year before
                if (candidate != null && candidate.isAfter(reference.plusMonths(2))) {
                    return of(y - 1, month, day);
                }
                return candidate;
            }
            return of(y, month, day);
        }

        private static LocalDate of(int y, int m, int d) {
            try {
                return LocalDate.of(y, m, d);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final List<String> ANY_ORDER = new ArrayList<>();
    private static final List<String> DAY_FIRST = new ArrayList<>();

    static {
        // vocabulary/months.txt: "any|after NUMBER NAME..."
        for (String line : Vocabulary.entries("months")) {
            String[] f = line.split("\\s+");
            int m = Integer.parseInt(f[1]);
            for (int i = 2; i < f.length; i++) {
                String n = f[i].toLowerCase(Locale.ROOT);
                MONTHS.put(n, m);
                DAY_FIRST.add(n);
                if (f[0].equals("any")) {
                    ANY_ORDER.add(n);
                }
            }
        }
    }

    /** Month names written before or after the day, as a regex alternation, longest first so "June" wins over "Jun". */
    static final String MONTH = Vocabulary.alternation(ANY_ORDER, false);
    /** Every month name, those only written after the day too ({@code 5 de marzo}, {@code 12 MAG}, {@code 5 maart}). */
    static final String MONTH_AFTER_DAY = Vocabulary.alternation(DAY_FIRST, false);

    private static final String M = "(?<month>" + MONTH + ")\\.?";
    private static final String M2 = "(?<month2>" + MONTH_AFTER_DAY + ")\\.?";

    /**
     * One alternation, tried left to right at each position:
     * ISO, also with slashes or dots as East Asian and some European pages write it (2018/6/19,
     * 2020.10.26); day.month.year; day/month/year; Month day[, year]; day[.] Month [year].
     */
    static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:"
                    + "(?<isoY>\\d{4})(?<isoS>[-/.])(?<isoM>\\d{1,2})\\k<isoS>(?<isoD>\\d{1,2})(?!\\d)"
                    + "|(?<dotD>\\d{1,2})\\.(?<dotM>\\d{1,2})\\.(?<dotY>\\d{4}|\\d{2})(?![\\d.]\\d)"
                    + "|(?<slA>\\d{1,2})/(?<slB>\\d{1,2})/(?<slY>\\d{4}|\\d{2})(?!\\d)"
                    + "|" + M + "\\s+(?<mdD>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<mdY>(?:19|20)\\d{2})(?!\\d))?"
                    + "|(?<dmD>\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?\\s+(?:de\\s+)?" + M2
                    + "(?:(?:,?\\s+|\\s+de\\s+)(?<dmY>(?:19|20)\\d{2})(?!\\d))?"
                    + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A month name after a year, as Hungarian writes it ({@code 2024. március 5.}). */
    private static final String M3 = "(?<month3>" + MONTH_AFTER_DAY + ")\\.?";
    /** A month name after the day after the year, as Latvian writes it ({@code 2024. gada 5. martā}: "of the year"). */
    private static final String M4 = "(?<month4>" + MONTH_AFTER_DAY + ")";

    /**
     * The forms of fewer pages, kept apart from {@link #DATE} so that the common search pays nothing for them, and
     * looked for only in a text with their marks ({@link #mayHoldMore}): day. month. year spaced, as Czech and Slovak
     * write it (5. 3. 2024); day / month / year spaced (1 / 12 / 2020); day-month-year with the year in full
     * (05-03-2024); year. Month day. (Hungarian); year. "gada" day. month (Latvian); then, with no letter-free bounds,
     * since the script writes no spaces, year 年 month 月 day 日 (Chinese, Japanese; Korean 년 월 일). All start with a digit.
     */
    static final Pattern DATE_MORE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:"
                    + "(?<spD>\\d{1,2})\\.\\s(?<spM>\\d{1,2})\\.\\s(?<spY>(?:19|20)\\d{2})(?!\\d)"
                    + "|(?<ssA>\\d{1,2})\\s/\\s(?<ssB>\\d{1,2})\\s/\\s(?<ssY>\\d{4}|\\d{2})(?!\\d)"
                    + "|(?<hyA>\\d{1,2})-(?<hyB>\\d{1,2})-(?<hyY>(?:19|20)\\d{2})(?!\\d)"
                    + "|(?<ymY>(?:19|20)\\d{2})\\.\\s+" + M3 + "\\s+(?<ymD>\\d{1,2})\\."
                    + "|(?<lvY>(?:19|20)\\d{2})\\.\\s+gada\\s+(?<lvD>\\d{1,2})\\.\\s+" + M4
                    + ")(?![\\p{L}])"
                    + "|(?<!\\d)(?<cjY>\\d{4})\\s?[年년]\\s?(?<cjM>\\d{1,2})\\s?[月월]\\s?(?<cjD>\\d{1,2})\\s?[日일]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether {@code text} has a mark one of {@link #DATE_MORE}'s forms needs, each where the form puts it: a full
     * stop, a space and a digit after one or two digits (5. 3.); a full stop, a space and a small letter after four
     * (2024. március: Hungarian writes its months in small letters); a slash between spaces after a digit; a hyphen
     * and a digit after one or two digits (05-03, not the 2024-03 of an ISO date); 年 or 년.
     */
    static boolean mayHoldMore(CharSequence text) {
        return mayHoldMore(text, 0, text.length());
    }

    /** {@link #mayHoldMore(CharSequence)} for the marks between {@code from} and {@code to}. */
    static boolean mayHoldMore(CharSequence text, int from, int to) {
        int n = text.length();
        for (int i = Math.max(1, from); i + 1 < n && i < to; i++) {
            char c = text.charAt(i);
            if (c == '年' || c == '년') {
                return true;
            }
            if (c != '.' && c != '/' && c != '-') {
                continue;
            }
            int digits = 0;
            while (digits < 5 && i - 1 - digits >= 0 && isDigit(text.charAt(i - 1 - digits))) {
                digits++;
            }
            char after = text.charAt(i + 1);
            char next = i + 2 < n ? text.charAt(i + 2) : ' ';
            if (c == '.' && Character.isWhitespace(after)
                    && (digits >= 1 && digits <= 2 && isDigit(next) || digits == 4 && Character.isLowerCase(next))
                    || c == '/' && Character.isWhitespace(after) && Character.isWhitespace(text.charAt(i - 1)) && i >= 2
                    && isDigit(text.charAt(i - 2))
                    || c == '-' && digits >= 1 && digits <= 2 && isDigit(after)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private DateExpressions() {
    }

    /**
     * The first three letters of every month name, case-folded as the pattern compares them
     * ({@code CASE_INSENSITIVE | UNICODE_CASE}: lower case of upper case), as sorted keys.
     */
    private static final long[] MONTH_STARTS = ANY_ORDER.stream()
            .mapToLong(name -> key(name.charAt(0), name.charAt(1), name.charAt(2))).distinct().sorted().toArray();

    private static long key(char a, char b, char c) {
        return ((long) fold(a) << 32) | ((long) fold(b) << 16) | fold(c);
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Where a date may start: every form starts with an ASCII digit or with a month name. The
     * pattern itself, tried at each position, spends most of its time comparing month names
     * with words that cannot be one.
     */
    static boolean mayStart(CharSequence s, int i) {
        char c = s.charAt(i);
        if (isDigit(c)) {
            return true;
        }
        return i + 3 <= s.length() && "jfmasond".indexOf(fold(c)) >= 0
                && Arrays.binarySearch(MONTH_STARTS, key(c, s.charAt(i + 1), s.charAt(i + 2))) >= 0;
    }

    /** The first date in {@code text} at or after {@code from}, or null. */
    static FoundDate find(CharSequence text, int from, boolean dayFirst) {
        // every form holds a digit
        int digit = from;
        while (digit < text.length() && !isDigit(text.charAt(digit))) {
            digit++;
        }
        if (digit == text.length()) {
            return null;
        }
        FoundDate first = null;
        Matcher m = Text.scanner(DATE, text);
        for (int pos = from; first == null && Text.find(m, text, pos, DateExpressions::mayStart); pos = m.start() + 1) {
            first = toDate(m, dayFirst);
        }
        // a rarer form counts only where it starts before that date, and each has its mark within six characters of
        // its start: only so far is looked for one
        if (mayHoldMore(text, from, first == null ? text.length() : Math.min(text.length(), first.start() + 6))) {
            FoundDate more = firstMore(text, from, dayFirst);
            if (more != null && (first == null || more.start() < first.start())) {
                return more;
            }
        }
        return first;
    }

    /** The first date {@link #DATE_MORE} finds in {@code text} at or after {@code from}, or null. */
    private static FoundDate firstMore(CharSequence text, int from, boolean dayFirst) {
        Matcher m = Text.scanner(DATE_MORE, text);
        int pos = from;
        while (Text.find(m, text, pos, (s, i) -> isDigit(s.charAt(i)))) {
            FoundDate d = toDate(m, dayFirst);
            if (d != null) {
                return d;
            }
            pos = m.start() + 1;
        }
        return null;
    }

    /** {@code text} with every date of either pattern replaced by {@code by}. */
    static String withoutDates(String text, String by) {
        String out = DATE.matcher(text).replaceAll(by);
        return mayHoldMore(out) ? DATE_MORE.matcher(out).replaceAll(by) : out;
    }

    /** The date if {@code text} holds exactly one date expression and nothing else. */
    static FoundDate parseWhole(String text, boolean dayFirst) {
        Matcher m = DATE.matcher(text.strip());
        return m.matches() ? toDate(m, dayFirst) : null;
    }

    static FoundDate toDate(Matcher m, boolean dayFirst) {
        if (m.pattern() == DATE_MORE) {
            return toMoreDate(m, dayFirst);
        }
        if (m.group("isoY") != null) {
            return found(m, Integer.parseInt(m.group("isoY")), Integer.parseInt(m.group("isoM")), Integer.parseInt(m.group("isoD")));
        } else if (m.group("dotD") != null) {
            return found(m, year(m.group("dotY")), Integer.parseInt(m.group("dotM")), Integer.parseInt(m.group("dotD")));
        } else if (m.group("slA") != null) {
            return eitherOrder(m, "slA", "slB", year(m.group("slY")), dayFirst);
        } else if (m.group("month") != null) {
            return found(m, m.group("mdY") == null ? 0 : Integer.parseInt(m.group("mdY")), month(m.group("month")),
                    Integer.parseInt(m.group("mdD")));
        }
        return found(m, m.group("dmY") == null ? 0 : Integer.parseInt(m.group("dmY")), month(m.group("month2")),
                Integer.parseInt(m.group("dmD")));
    }

    private static FoundDate toMoreDate(Matcher m, boolean dayFirst) {
        if (m.group("spD") != null) {
            return found(m, Integer.parseInt(m.group("spY")), Integer.parseInt(m.group("spM")), Integer.parseInt(m.group("spD")));
        } else if (m.group("ssA") != null) {
            return eitherOrder(m, "ssA", "ssB", year(m.group("ssY")), dayFirst);
        } else if (m.group("hyA") != null) {
            return eitherOrder(m, "hyA", "hyB", year(m.group("hyY")), dayFirst);
        } else if (m.group("ymY") != null) {
            return found(m, Integer.parseInt(m.group("ymY")), month(m.group("month3")), Integer.parseInt(m.group("ymD")));
        } else if (m.group("lvY") != null) {
            return found(m, Integer.parseInt(m.group("lvY")), month(m.group("month4")), Integer.parseInt(m.group("lvD")));
        }
        return found(m, Integer.parseInt(m.group("cjY")), Integer.parseInt(m.group("cjM")), Integer.parseInt(m.group("cjD")));
    }

    /**
     * Day and month as {@code a} and {@code b} of a numeric date (5/3, 05-03): the day first where {@code a} is over 12,
     * or where both may be a month and the page writes the day first.
     */
    private static FoundDate eitherOrder(Matcher m, String a, String b, int y, boolean dayFirst) {
        int first = Integer.parseInt(m.group(a));
        int second = Integer.parseInt(m.group(b));
        boolean df = first > 12 || (second <= 12 && dayFirst);
        return found(m, y, df ? second : first, df ? first : second);
    }

    /** The date {@code m} matched, or null if its month or day cannot be one. */
    private static FoundDate found(Matcher m, int y, int mo, int d) {
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return null;
        }
        return new FoundDate(m.start(), m.end(), y, mo, d);
    }

    /**
     * The number of a month name as the pattern matched it: folded letter by letter the way the
     * pattern compares them, so that a name it matched through an odd case pair (a long s in
     * "ſept") is found too.
     */
    private static int month(String name) {
        char[] folded = name.toCharArray();
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(folded[i]);
        }
        return MONTHS.get(new String(folded));
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }
}
