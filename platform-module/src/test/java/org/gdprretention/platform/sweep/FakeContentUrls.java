package org.gdprretention.platform.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;

/**
 * The content URL table: rows with size and orphan time, orphans listed in id order, rows deleted by id
 * (whatever their orphan time: checking that is the caller's job). Counts the lookups by URL so tests can see how
 * often the repository was asked.
 */
final class FakeContentUrls implements ContentDataDAO {

    private final Map<Long, ContentUrlEntity> rows = new LinkedHashMap<>();
    private long nextId = 1;
    int lookupsByUrl;
    final List<Long> deleted = new ArrayList<>();

    ContentUrlEntity add(String url, long size, Long orphanTime) {
        ContentUrlEntity entity = new ContentUrlEntity();
        entity.setId(nextId++);
        entity.setContentUrl(url);
        entity.setSize(size);
        entity.setOrphanTime(orphanTime);
        rows.put(entity.getId(), entity);
        return entity;
    }

    boolean has(String url) {
        return rows.values().stream().anyMatch(row -> row.getContentUrl().equals(url));
    }

    @Override
    public ContentUrlEntity getContentUrl(String contentUrl) {
        lookupsByUrl++;
        return rows.values().stream().filter(row -> row.getContentUrl().equals(contentUrl)).findFirst().orElse(null);
    }

    @Override
    public ContentUrlEntity getContentUrl(Long id) {
        return rows.get(id);
    }

    @Override
    public int deleteContentUrls(List<Long> ids) {
        int count = 0;
        for (Long id : ids) {
            if (rows.remove(id) != null) {
                deleted.add(id);
                count++;
            }
        }
        return count;
    }

    @Override
    public void getContentUrlsOrphaned(ContentUrlHandler handler, Long maxOrphanTimeExclusive, int maxResults) {
        List<ContentUrlEntity> orphaned = rows.values().stream()
                .filter(row -> row.getOrphanTime() != null && row.getOrphanTime() < maxOrphanTimeExclusive)
                .limit(maxResults).toList();
        orphaned.forEach(row -> handler.handle(row.getId(), row.getContentUrl(), row.getOrphanTime()));
    }

    @Override
    public void getContentUrlsKeepOrphaned(ContentUrlHandler handler, int maxResults) {
        throw new UnsupportedOperationException("not used by the sweeps");
    }
}
