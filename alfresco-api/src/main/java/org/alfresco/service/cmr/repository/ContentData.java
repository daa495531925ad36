package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * The value of a content property: URL of the binary, mimetype, size, encoding and locale. A real value class:
 * the purge reads content URLs and sizes from it, and tests build it.
 */
public class ContentData implements Serializable {

    private static final long serialVersionUID = 1L;

    /** ACS substitutes this mimetype when a URL is given without one. */
    private static final String MIMETYPE_BINARY = "application/octet-stream";

    private final String contentUrl;
    private final String mimetype;
    private final long size;
    private final String encoding;
    private final Locale locale;

    public ContentData(String contentUrl, String mimetype, long size, String encoding) {
        this(contentUrl, mimetype, size, encoding, null);
    }

    public ContentData(String contentUrl, String mimetype, long size, String encoding, Locale locale) {
        if (contentUrl != null && contentUrl.indexOf('|') != -1) {
            throw new IllegalArgumentException("The content URL contains an invalid char: " + contentUrl);
        }
        this.contentUrl = contentUrl;
        this.mimetype = contentUrl != null && (mimetype == null || mimetype.isEmpty()) ? MIMETYPE_BINARY : mimetype;
        this.size = size;
        this.encoding = encoding;
        this.locale = locale == null ? Locale.getDefault() : locale;
    }

    protected ContentData(ContentData original) {
        this.contentUrl = original.contentUrl;
        this.mimetype = original.mimetype;
        this.size = original.size;
        this.encoding = original.encoding;
        this.locale = original.locale;
    }

    /** True when the value points at a binary, whatever its size. */
    public static boolean hasContent(ContentData contentData) {
        return contentData != null && contentData.contentUrl != null;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public String getMimetype() {
        return mimetype;
    }

    public long getSize() {
        return size;
    }

    public String getEncoding() {
        return encoding;
    }

    public Locale getLocale() {
        return locale;
    }

    /** The form ACS stores: <code>contentUrl=..|mimetype=..|size=..|encoding=..|locale=..</code>. */
    public String getInfoUrl() {
        return "contentUrl=" + nullToEmpty(contentUrl)
                + "|mimetype=" + nullToEmpty(mimetype)
                + "|size=" + size
                + "|encoding=" + nullToEmpty(encoding)
                + "|locale=" + (locale == null ? "" : locale.toString());
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof ContentData)) {
            return false;
        }
        ContentData that = (ContentData) obj;
        return Objects.equals(contentUrl, that.contentUrl)
                && equalsIgnoreCase(mimetype, that.mimetype)
                && size == that.size
                && equalsIgnoreCase(encoding, that.encoding)
                && Objects.equals(locale, that.locale);
    }

    @Override
    public int hashCode() {
        return contentUrl == null ? 0 : contentUrl.hashCode();
    }

    @Override
    public String toString() {
        return getInfoUrl();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static boolean equalsIgnoreCase(String left, String right) {
        return left == null ? right == null : left.equalsIgnoreCase(right);
    }
}
