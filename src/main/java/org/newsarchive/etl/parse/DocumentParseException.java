package org.newsarchive.etl.parse;

/** A document that cannot be read as an article; the message is the reason for the reject list. */
public class DocumentParseException extends Exception {

    public DocumentParseException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The class of the underlying exception, or of this one where there is none. */
    public String causeClass() {
        return getCause() == null ? getClass().getName() : getCause().getClass().getName();
    }
}
