package org.alfresco.repo.domain.contentdata;

import java.io.Serializable;

/**
 * A row of ACS's content URL table. A plain bean, as in ACS: the content data DAO returns it and tests build
 * entities with and without an orphan time.
 */
public class ContentUrlEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String EMPTY_URL = "empty";

    private Long id;
    private String contentUrl;
    private long size;
    private Long orphanTime;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public void setContentUrl(String contentUrl) {
        this.contentUrl = contentUrl;
    }

    public long getSize() {
        return size;
    }

    public void setSize(long size) {
        this.size = size;
    }

    /** When ACS found the URL unreferenced (epoch milliseconds), or null while something still references it. */
    public Long getOrphanTime() {
        return orphanTime;
    }

    public void setOrphanTime(Long orphanTime) {
        this.orphanTime = orphanTime;
    }

    @Override
    public String toString() {
        return "ContentUrlEntity[ID=" + id + ", contentUrl=" + contentUrl + ", size=" + size + ", orphanTime="
                + orphanTime + "]";
    }
}
