package org.gdprretention.platform.disposal;

/** A binary of a document, its versions or its renditions: the content URL and the size the repository recorded. */
record DocumentBinary(String contentUrl, long sizeBytes) {
}
