package org.newsarchive.etl.tag;

import java.util.ArrayList;
import java.util.List;

import org.newsarchive.etl.model.DocumentMetadata;
import org.newsarchive.etl.model.Paragraph;
import org.newsarchive.etl.model.Role;
import org.newsarchive.etl.model.TaggedParagraph;

/**
 * Gives every paragraph of an article its role and extracts what the roles carry.
 * (First cut: structure hints only; the rule set is being written.)
 */
public final class RoleTagger {

    public TaggingResult tag(List<Paragraph> paragraphs, DocumentMetadata metadata) {
        List<TaggedParagraph> tagged = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Role role = p.hint() != null ? p.hint() : Role.BODY;
            tagged.add(new TaggedParagraph(p.index(), role, p.text()));
        }
        return new TaggingResult(tagged, null, null, null, List.of());
    }
}
