package org.springframework.extensions.webscripts;

import java.util.Date;

/**
 * The cache control of a web script response. A real bean with Surf's defaults (never cache, revalidate), as
 * tests pass one to {@code executeImpl}.
 */
public class Cache {

    private boolean neverCache = true;
    private boolean isPublic = false;
    private boolean mustRevalidate = true;
    private Date lastModified;
    private String eTag;
    private Long maxAge;

    public Cache() {
        // Surf's defaults
    }

    public boolean getNeverCache() {
        return neverCache;
    }

    public void setNeverCache(boolean neverCache) {
        this.neverCache = neverCache;
    }

    public boolean getIsPublic() {
        return isPublic;
    }

    public void setIsPublic(boolean isPublic) {
        this.isPublic = isPublic;
    }

    public boolean getMustRevalidate() {
        return mustRevalidate;
    }

    public void setMustRevalidate(boolean mustRevalidate) {
        this.mustRevalidate = mustRevalidate;
    }

    public Date getLastModified() {
        return lastModified;
    }

    public void setLastModified(Date lastModified) {
        this.lastModified = lastModified;
    }

    public String getETag() {
        return eTag;
    }

    public void setETag(String tag) {
        this.eTag = tag;
    }

    public Long getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Long maxAge) {
        this.maxAge = maxAge;
    }
}
