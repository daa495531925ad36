package org.alfresco.repo.domain.contentdata;

import java.util.List;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface ContentDataDAO {

    ContentUrlEntity getContentUrl(String contentUrl);

    ContentUrlEntity getContentUrl(Long id);

    int deleteContentUrls(List<Long> ids);

    void getContentUrlsOrphaned(ContentDataDAO.ContentUrlHandler contentUrlHandler, Long maxOrphanTimeExclusive,
            int maxResults);

    void getContentUrlsKeepOrphaned(ContentDataDAO.ContentUrlHandler contentUrlHandler, int maxResults);

    interface ContentUrlHandler {

        void handle(Long id, String contentUrl, Long orphanTime);
    }
}
