package org.gdprretention.platform.testrepo;

import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;
import org.mockito.AdditionalAnswers;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * ACS's content URL table for tests, as ACS 26.3 behaves (see ACS-FACTS "Content store and content URLs"):
 * <ul>
 * <li>The database knows the truth: a URL that no node of the {@link InMemoryNodes} repository (live or version)
 * points at any more carries an orphan time, as ACS's commit listener sets it with direct SQL.</li>
 * <li>{@code getContentUrl(...)} answers from the shared content URL cache, filled when the URL was created, and
 * never refreshed by that listener: it keeps showing no orphan time after the URL was orphaned, and keeps showing
 * a row that was deleted by SQL.</li>
 * <li>{@code getContentUrlsOrphaned} is the database query ({@code select_ContentUrlsOrphaned}): orphan time set and
 * before the limit, and no content data referencing the URL now.</li>
 * <li>The foreign key from content data to content URL: deleting a row some node still references fails with
 * {@link DataIntegrityViolationException} and deletes nothing.</li>
 * </ul>
 * {@link #contentDataDAO()} is a mock delegating here, so calls can be verified.
 */
public final class InMemoryContentUrls {

    public static final long ORPHAN_TIME = 1_700_000_000_000L;

    private final InMemoryNodes repository;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, ContentUrlEntity> cache = new HashMap<>();
    private final ContentDataDAO contentDataDAO = mock(ContentDataDAO.class, AdditionalAnswers.delegatesTo(this));
    private long nextId = 1;

    private record Row(long id, String contentUrl, long size) {
    }

    public InMemoryContentUrls(InMemoryNodes repository) {
        this.repository = repository;
    }

    public ContentDataDAO contentDataDAO() {
        return contentDataDAO;
    }

    /** A new URL row, cached as ACS caches the URL it has just created (no orphan time: it is being written). */
    public void add(String contentUrl, long size) {
        Row row = new Row(nextId++, contentUrl, size);
        rows.put(contentUrl, row);
        cache.put(contentUrl, entity(row, null));
    }

    /** The database's view, not the cache's. */
    public boolean hasRow(String contentUrl) {
        return rows.containsKey(contentUrl);
    }

    public long idOf(String contentUrl) {
        return rows.get(contentUrl).id();
    }

    public ContentUrlEntity getContentUrl(String contentUrl) {
        ContentUrlEntity cached = cache.get(contentUrl);
        if (cached == null) {
            Row row = rows.get(contentUrl);
            if (row == null) {
                return null;
            }
            cached = entity(row, orphanTimeInDatabase(row));
            cache.put(contentUrl, cached);
        }
        return copy(cached);
    }

    public void getContentUrlsOrphaned(ContentDataDAO.ContentUrlHandler handler, Long maxOrphanTimeExclusive,
            int maxResults) {
        List<Row> orphaned = new ArrayList<>();
        for (Row row : rows.values()) {
            Long orphanTime = orphanTimeInDatabase(row);
            if (orphanTime != null && orphanTime > 0 && orphanTime < maxOrphanTimeExclusive
                    && orphaned.size() < maxResults) {
                orphaned.add(row);
            }
        }
        orphaned.forEach(row -> handler.handle(row.id(), row.contentUrl(), ORPHAN_TIME));
    }

    public int deleteContentUrls(List<Long> ids) {
        List<Row> doomed = rows.values().stream().filter(row -> ids.contains(row.id())).toList();
        for (Row row : doomed) {
            if (referenced(row)) {
                throw new DataIntegrityViolationException("update or delete on table \"alf_content_url\" violates"
                        + " foreign key constraint \"fk_alf_cont_url\" on table \"alf_content_data\": "
                        + row.contentUrl());
            }
        }
        doomed.forEach(row -> rows.remove(row.contentUrl()));
        return doomed.size();
    }

    private boolean referenced(Row row) {
        return repository.referencedContentUrls().contains(row.contentUrl());
    }

    private Long orphanTimeInDatabase(Row row) {
        return referenced(row) ? null : ORPHAN_TIME;
    }

    private static ContentUrlEntity entity(Row row, Long orphanTime) {
        ContentUrlEntity entity = new ContentUrlEntity();
        entity.setId(row.id());
        entity.setContentUrl(row.contentUrl());
        entity.setSize(row.size());
        entity.setOrphanTime(orphanTime);
        return entity;
    }

    private static ContentUrlEntity copy(ContentUrlEntity cached) {
        ContentUrlEntity copy = new ContentUrlEntity();
        copy.setId(cached.getId());
        copy.setContentUrl(cached.getContentUrl());
        copy.setSize(cached.getSize());
        copy.setOrphanTime(cached.getOrphanTime()); // acs-lint: ok (the double's cache, copied as ACS caches it)
        return copy;
    }
}
