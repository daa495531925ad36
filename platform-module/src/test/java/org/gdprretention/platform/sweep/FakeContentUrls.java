package org.gdprretention.platform.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The content URL table as ACS 26.3 has it (ACS-FACTS "Content store and content URLs"): rows with size and
 * orphan time, and content data referencing some of them.
 * <ul>
 * <li>{@code getContentUrl} answers from a cache, as first read: a later change of orphan time is not seen.</li>
 * <li>{@code getContentUrlsOrphaned} is the database query: orphan time set and before the limit, and no content data
 * referencing the URL now (an orphaned URL referenced again keeps its orphan time).</li>
 * <li>Deleting a row content data still references fails with the foreign key's
 * {@link DataIntegrityViolationException} and deletes nothing.</li>
 * </ul>
 * Counts the lookups by URL so tests can see how often the repository was asked; takes part in
 * {@link SweepFixtures}' transactions (rolled back with them).
 */
final class FakeContentUrls implements ContentDataDAO, SweepFixtures.Transactional {

    private record Row(long id, String url, long size, Long orphanTime) {
    }

    private Map<Long, Row> rows = new LinkedHashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, ContentUrlEntity> cache = new HashMap<>();
    private long nextId = 1;
    int lookupsByUrl;
    final List<Long> deleted = new ArrayList<>();
    /**
     * Runs before each lookup by URL (single or in a batch of {@link #table()}), with its number (1 for the first):
     * the database changing under a sweep.
     */
    java.util.function.IntConsumer beforeLookupByUrl = number -> { };
    /** Runs inside {@code getContentUrlsOrphaned}, after the query answered: a concurrent writer. */
    Runnable afterOrphanQuery = () -> { };

    /** A row; without orphan time it is referenced by content data, with one it is not. */
    long add(String url, long size, Long orphanTime) {
        Row row = new Row(nextId++, url, size, orphanTime);
        rows.put(row.id(), row);
        if (orphanTime == null) {
            referenced.add(url);
        }
        return row.id();
    }

    /** Content data points at the URL again; its orphan time stays, as in ACS. */
    void reference(String url) {
        referenced.add(url);
    }

    /** ACS's commit listener orphans the URL with direct SQL: the row changes, the cache does not. */
    void orphan(String url, long orphanTime) {
        Row row = rows.values().stream().filter(r -> r.url().equals(url)).findFirst().orElseThrow();
        rows.put(row.id(), new Row(row.id(), url, row.size(), orphanTime));
        referenced.remove(url);
    }

    /** URLs asked about through {@link #table()}, batch by batch (not through the cached single lookup). */
    int urlsLookedUpInBatches;

    /** ACS's content URL table as the filesystem sweep reads it: which URLs of a batch have a row. */
    ReferencedContentUrls table() {
        // the table itself, not the cache: each URL is looked up where the rows are, now
        return batch -> {
            java.util.Set<String> found = new java.util.HashSet<>();
            for (String url : batch) {
                urlsLookedUpInBatches++;
                beforeLookupByUrl.accept(urlsLookedUpInBatches);
                if (has(url)) {
                    found.add(url);
                }
            }
            return found;
        };
    }

    /**
     * The row is gone and the cache no longer holds it: another database answers (restored from an older backup,
     * switched by a wrong data source), or the shared cache has dropped the entry, as it does for most of a store
     * larger than the cache.
     */
    void forget(String url) {
        rows.values().removeIf(row -> row.url().equals(url));
        referenced.remove(url);
        cache.remove(url);
    }

    boolean has(String url) {
        return rows.values().stream().anyMatch(row -> row.url().equals(url));
    }

    @Override
    public ContentUrlEntity getContentUrl(String contentUrl) {
        lookupsByUrl++;
        beforeLookupByUrl.accept(lookupsByUrl);
        ContentUrlEntity cached = cache.get(contentUrl);
        if (cached == null) {
            Row row = rows.values().stream().filter(r -> r.url().equals(contentUrl)).findFirst().orElse(null);
            if (row == null) {
                return null;
            }
            cached = entity(row);
            cache.put(contentUrl, cached);
        }
        return cached;
    }

    @Override
    public ContentUrlEntity getContentUrl(Long id) {
        Row row = rows.get(id);
        if (row == null) {
            return null;
        }
        return cache.computeIfAbsent(row.url(), url -> entity(row));
    }

    @Override
    public int deleteContentUrls(List<Long> ids) {
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row != null && referenced.contains(row.url())) {
                throw new DataIntegrityViolationException("delete on table \"alf_content_url\" violates foreign key"
                        + " constraint \"fk_alf_cont_url\": " + row.url());
            }
        }
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
        List<Row> orphaned = rows.values().stream()
                .filter(row -> row.orphanTime() != null && row.orphanTime() > 0
                        && row.orphanTime() < maxOrphanTimeExclusive && !referenced.contains(row.url()))
                .limit(maxResults).toList();
        orphaned.forEach(row -> handler.handle(row.id(), row.url(), row.orphanTime()));
        afterOrphanQuery.run();
    }

    @Override
    public void getContentUrlsKeepOrphaned(ContentUrlHandler handler, int maxResults) {
        throw new UnsupportedOperationException("not used by the sweeps");
    }

    @Override
    public Object snapshot() {
        // references are other transactions' content data: a rollback of the sweep's transaction leaves them
        return new Object[] {new LinkedHashMap<>(rows), new ArrayList<>(deleted)};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        Object[] state = (Object[]) snapshot;
        rows = (Map<Long, Row>) state[0];
        deleted.clear();
        deleted.addAll((List<Long>) state[1]);
    }

    private static ContentUrlEntity entity(Row row) {
        ContentUrlEntity entity = new ContentUrlEntity();
        entity.setId(row.id());
        entity.setContentUrl(row.url());
        entity.setSize(row.size());
        entity.setOrphanTime(row.orphanTime());
        return entity;
    }
}
