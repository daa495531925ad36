package org.gdprretention.core.disposal;

/** What to do with a document whose binary another live node still uses. */
public enum SharedBinaryPolicy {
    /**
     * Purge the document but leave the shared binary in the content store (the default): the personal data
     * in the document's metadata goes, the binary stays only because someone else's node still needs it.
     */
    KEEP_BINARY,
    /** Leave the whole document alone until nothing else shares its binaries. */
    EXCLUDE_DOCUMENT
}
