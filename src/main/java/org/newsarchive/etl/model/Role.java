package org.newsarchive.etl.model;

/**
 * The role of a paragraph, as defined in the output contract (roles.md). Where several roles
 * fit one paragraph, the one declared first here wins.
 */
public enum Role {
    HEADLINE,
    SUBHEADING,
    PHOTO_CREDIT,
    PHOTO_CAPTION,
    DATELINE,
    BYLINE,
    QUOTE,
    BODY,
    BOILERPLATE
}
