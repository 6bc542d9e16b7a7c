package org.newsarchive.etl.tag;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels of the page's furniture that stand alone as a paragraph and are never article text:
 * the controls of players and galleries ({@code Caption}, {@code Close}, {@code Enlarge},
 * {@code Schließen}, {@code Fermer}), box titles ({@code Key Points}, {@code Highlights}),
 * {@code Story continues below}, and gallery counters ({@code 1 of 12}, {@code Bild 3 von 8},
 * {@code 2 / 5}). Short and headline-shaped, they would otherwise pass for captions in the
 * header or subheadings between story paragraphs. The words are data:
 * {@code vocabulary/furniture-labels.txt}.
 */
public final class FurnitureLabels {

    private static final Set<String> LABELS = new HashSet<>();

    static {
        for (String e : Vocabulary.entries("furniture-labels")) {
            LABELS.add(e.toLowerCase(Locale.ROOT));
        }
    }

    /** The longest label, in words: longer paragraphs are not looked up. */
    private static final int MAX_WORDS = 6;
    /** And in characters, with room for a final colon or arrow. */
    private static final int MAX_CHARS = 48;
    /** A gallery counter, perhaps after the word for a picture: {@code 1 of 12}, {@code Image 3 of 8}, {@code Foto 2 di 5}, {@code 2/5}. */
    private static final Pattern COUNTER = Pattern.compile(
            "(?iu)^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem|afbeelding|zdjęcie|bilde|billede|kuva)\\s+)?"
                    + "\\d{1,3}\\s*(?:of|von|sur|de|di|van|av|af|z|/)\\s*\\d{1,3}$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** True if the whole paragraph is one of the labels or a gallery counter. */
    public boolean isLabel(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS || Text.words(t) > MAX_WORDS) {
            return false;
        }
        // a label may carry a final colon, ellipsis or arrow ("Highlights:", "Story continues below ↓")
        int end = t.length();
        while (end > 0 && ":….›»→↓▼".indexOf(t.charAt(end - 1)) >= 0 || end > 0 && Text.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        String label = WHITESPACE.matcher(t.substring(0, end)).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (LABELS.contains(label)) {
            return true;
        }
        return Character.isDigit(label.isEmpty() ? 'x' : label.charAt(label.length() - 1)) && COUNTER.matcher(label).matches();
    }
}
