package org.newsarchive.etl.model;

/**
 * A paragraph with its role.
 *
 * @param cues the cues that decided the role, as the tagger recorded them while deciding: short
 *             phrases separated by {@code "; "} (e.g. {@code figcaption}, {@code credit word "Foto:"});
 *             empty when none was recorded
 */
public record TaggedParagraph(int index, Role role, String text, String cues) {

    public TaggedParagraph {
        cues = cues == null ? "" : cues;
    }

    public TaggedParagraph(int index, Role role, String text) {
        this(index, role, text, "");
    }
}
