package org.newsarchive.etl.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The data files load, and the merged alternation matches exactly the entries, longest first. */
class VocabularyTest {

    @Test
    void everyListLoadsAndHasEntries() {
        for (String name : List.of("photo-sources", "news-agencies", "credit-labels", "byline-prefixes", "months",
                "dateline-not-places", "date-line-words", "furniture-labels", "source-labels", "title-abbreviations", "bracket-credit-marks")) {
            assertThat(Vocabulary.entries(name)).as(name).isNotEmpty().allSatisfy(e -> assertThat(e).doesNotContain("#").isEqualTo(e.strip()));
        }
        assertThatThrownBy(() -> Vocabulary.entries("no-such-list")).hasMessageContaining("no-such-list");
    }

    @Test
    void theAlternationMatchesEachEntryWholeAndNothingElse() {
        List<String> entries = List.of("Getty", "Getty Images", "AP", "AP Images", "AFP", "EPA-EFE", "EPA", "picture alliance",
                "fot.", "ČTK", "a", "ab", "abc");
        Pattern p = Pattern.compile(Vocabulary.alternation(entries, true));
        for (String e : entries) {
            assertThat(p.matcher(e).matches()).as(e).isTrue();
            assertThat(p.matcher(e.toUpperCase(java.util.Locale.ROOT)).matches()).as(e).isTrue();
        }
        assertThat(p.matcher("picture   alliance").matches()).isTrue();
        for (String no : List.of("Gett", "Getty Image", "APA", "EPA-", "fot", "fotx", "abcd", "Picture alliance")) {
            assertThat(p.matcher(no).matches()).as(no).isFalse();
        }
        // longest first: a prefix match takes the longer entry
        var m = p.matcher("Getty Images/Jane Doe");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group()).isEqualTo("Getty Images");
        var m2 = p.matcher("EPA-EFE/Ana Gil");
        assertThat(m2.lookingAt()).isTrue();
        assertThat(m2.group()).isEqualTo("EPA-EFE");
    }
}
