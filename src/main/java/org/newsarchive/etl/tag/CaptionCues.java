package org.newsarchive.etl.tag;

import java.util.regex.Pattern;

/**
 * What tells an image caption from story text of the same shape. A caption stands alone under
 * its picture: it names who and what is shown, often where they stand in the frame
 * ({@code (left)}, {@code v.l.}, {@code from left}), when the picture was taken
 * ({@code on June 19, 2023}) or what kind of picture it is ({@code file photo},
 * {@code Archivbild}). Story text continues the text before it: it may open by referring back
 * ({@code The same can't be said ...}, {@code But}, {@code Sie}), which a caption cannot. And a
 * headline-style line narrates in the present ("Freedom fighters replace colonial leaders"),
 * while a caption may tell what a named person did ("Jane Doe helped organize the festival").
 */
final class CaptionCues {

    private CaptionCues() {
    }

    /** Where people stand in the frame, in brackets after them: "(left)", "(links)", "(à gauche)" (compared without case). */
    private static final String POSITIONS = "left|right|centre|center|links|rechts|mitte|li\\.|re\\.|à\\s+gauche|à\\s+droite|au\\s+centre";

    /** Where people stand in the frame, and words that only pictures use. */
    private static final Pattern PICTURE_WORDS = Pattern.compile(
            "(?iu)\\((?:" + POSITIONS + "|front|back|top|bottom|l|r|c|fl|fr"
                    + "|(?:second|third|\\d+(?:st|nd|rd|th))\\s+(?:from\\s+)?(?:left|right))\\)"
                    + "|(?<![\\p{L}])(?:from\\s+left|from\\s+right|left\\s+to\\s+right|v\\.\\s?l\\.(?:\\s?n\\.\\s?r\\.)?|von\\s+links|de\\s+gauche\\s+à\\s+droite"
                    + "|pictured|is\\s+seen|are\\s+seen|seen\\s+here|seen\\s+in\\s+this|poses?\\s+for|posing|file\\s+(?:photo|picture|image)|undated\\s+(?:photo|picture|image)"
                    + "|screen\\s?(?:shot|grab)|video\\s+(?:still|grab)|this\\s+(?:photo|picture|image|handout|still)|photo\\s+illustration|in\\s+this\\s+(?:photo|picture|image)"
                    + "|archivbild|archivfoto|symbolbild|symbolfoto|photo\\s+d['’]archives?|photo\\s+d['’]illustration|image\\s+d['’]illustration)(?![\\p{L}])");

    /**
     * A named person's place in the frame, in brackets after the name: "Ruth Okafor (left)", "Begin (links)", "Wilfred
     * Ndidi (g)" (AFP's gauche), "Ana Ruiz (izquierda)", "Tom Lee (second from right)". Story text names people without
     * saying where they stand. (Not "(R)" or "(D)": a party after a politician's name; nor "(FR)", a canton.)
     */
    private static final Pattern IN_THE_FRAME = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}[\\p{L}'’.\\-]*\\s\\((?:(?iu:" + POSITIONS
                    + "|izquierda|derecha|izq\\.|der\\.|centro|sinistra|destra|esquerda|direita"
                    + "|(?:from|von|de)\\s+(?:left|links|gauche|izquierda)"
                    + "|(?:second|third|fourth|\\d(?:st|nd|rd|th)|2e|3e)\\s+(?:from\\s+)?(?:left|right|à\\s+gauche|à\\s+droite))|g|d|l|r)\\)");

    /** Openings that refer back to the text before: pronouns, connectives, "the same". */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^[\\s“\"„«»‘']*(?:"
                    + "(?:it|its|it's|it’s|they|their|them|he|she|we|you|i|there)(?![\\p{L}'’])"
                    + "|(?:but|and|or|so|yet|still|however|also|meanwhile|instead|moreover|furthermore|nevertheless|nonetheless|indeed"
                    + "|then|thus|hence|otherwise|besides|likewise|similarly|conversely|in\\s+addition|as\\s+a\\s+result|for\\s+example"
                    + "|for\\s+instance|in\\s+fact|even\\s+so|that\\s+said|after\\s+all|by\\s+contrast|in\\s+contrast|on\\s+the\\s+other\\s+hand)(?![\\p{L}])"
                    + "|the\\s+same(?![\\p{L}])|such\\s+(?!as\\b)|neither(?![\\p{L}])|both\\s+(?:of\\s+)?(?:them|these|those)(?![\\p{L}])"
                    + "|(?:er|es|wir|ihr|aber|doch|und|oder|auch|dennoch|trotzdem|zudem|außerdem|allerdings|jedoch|deshalb|daher|damit|dabei|dazu|darum|somit|ebenso"
                    + "|dasselbe|dieselbe|derselbe)(?![\\p{L}])"
                    + "|(?:il|ils|elle|elles|on|nous|mais|et|pourtant|cependant|toutefois|ainsi|donc|aussi|en\\s+outre|de\\s+même|par\\s+ailleurs|or)(?![\\p{L}'’])"
                    + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A named subject (capitalised words) that did something in the past: "Tahir Della helped organize ...". */
    private static final Pattern NAMED_PAST = Pattern.compile(
            "^(?!(?:The|A|An|This|That|These|Those|Our|My|Your|How|Why|What|When|Where|Who|Inside|After|Before)\\s)"
                    + "(?:\\p{Lu}[\\p{L}'’.\\-]+\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){1,2})?" // a role before the name: "Council member"
                    + "\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|van|von|der|da|di|al|bin|la|le)){1,4}\\s+"
                    + "(?:\\p{Ll}+ly\\s+)?(?:was|were|had|did|said|made|took|gave|led|left|met|won|lost|ran|saw|came|went|became|began|spoke|told|held|built"
                    + "|wrote|brought|fought|found|stood|sat|got|paid|sent|kept|\\p{Ll}{2,}ed)(?![\\p{L}])");

    /** True if the paragraph says what a picture shows, when or how it was taken. */
    static boolean hasPictureCue(String text) {
        if (PICTURE_WORDS.matcher(text).find()) {
            return true;
        }
        // the day the picture was taken, with its year: "... in Beijing on June 19, 2023."
        DateExpressions.FoundDate date = DateExpressions.find(text, 0, true);
        return date != null && date.hasYear();
    }

    /** True if the paragraph tells where a named person stands in the picture ("Ruth Okafor (left)"). */
    static boolean placesSomeoneInTheFrame(String text) {
        return text.indexOf('(') >= 0 && IN_THE_FRAME.matcher(text).find();
    }

    /** True if the paragraph opens by referring back to the text before it, as captions never do. */
    static boolean refersBack(String text) {
        return REFERS_BACK.matcher(text).find();
    }

    /** True if a short line tells what a named person did ("Tahir Della helped organize ..."): a caption, not a heading. */
    static boolean namedSubjectInPast(String text) {
        return NAMED_PAST.matcher(text.strip()).find();
    }
}
