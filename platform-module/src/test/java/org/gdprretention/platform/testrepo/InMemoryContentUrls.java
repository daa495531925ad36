package org.gdprretention.platform.testrepo;

import static org.mockito.Mockito.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.domain.contentdata.ContentUrlEntity;
import org.mockito.AdditionalAnswers;

/**
 * ACS's content URL table for tests, with ACS's reference rule: a URL that no node of the {@link InMemoryNodes}
 * repository (live or version) points at any more has an orphan time, as ACS's commit listener gives it when the
 * last reference goes. {@link #contentDataDAO()} is a mock delegating here, so calls can be verified.
 */
public final class InMemoryContentUrls {

    public static final long ORPHAN_TIME = 1_700_000_000_000L;

    private final InMemoryNodes repository;
    private final Map<String, ContentUrlEntity> rows = new LinkedHashMap<>();
    private final ContentDataDAO contentDataDAO = mock(ContentDataDAO.class, AdditionalAnswers.delegatesTo(this));
    private long nextId = 1;

    public InMemoryContentUrls(InMemoryNodes repository) {
        this.repository = repository;
    }

    public ContentDataDAO contentDataDAO() {
        return contentDataDAO;
    }

    public void add(String contentUrl, long size) {
        ContentUrlEntity entity = new ContentUrlEntity();
        entity.setId(nextId++);
        entity.setContentUrl(contentUrl);
        entity.setSize(size);
        rows.put(contentUrl, entity);
    }

    public boolean hasRow(String contentUrl) {
        return rows.containsKey(contentUrl);
    }

    public long idOf(String contentUrl) {
        return rows.get(contentUrl).getId();
    }

    public ContentUrlEntity getContentUrl(String contentUrl) {
        ContentUrlEntity row = rows.get(contentUrl);
        if (row == null) {
            return null;
        }
        ContentUrlEntity answer = new ContentUrlEntity();
        answer.setId(row.getId());
        answer.setContentUrl(row.getContentUrl());
        answer.setSize(row.getSize());
        answer.setOrphanTime(repository.referencedContentUrls().contains(contentUrl) ? null : ORPHAN_TIME);
        return answer;
    }

    public int deleteContentUrls(List<Long> ids) {
        int before = rows.size();
        rows.values().removeIf(row -> ids.contains(row.getId()));
        return before - rows.size();
    }
}
