package org.alfresco.rest.framework.resource.parameters;

import java.util.Collection;
import java.util.Collections;
import org.alfresco.rest.framework.resource.SerializablePagedCollection;

/**
 * Compile-only copy of the ACS 26.3 signature, with its behaviour: one page of a collection, written by the framework
 * as {@code {"list":{"pagination":{"count","hasMoreItems","totalItems","skipCount","maxItems"},"entries":[...]}}}.
 */
public class CollectionWithPagingInfo<T> implements SerializablePagedCollection<T> {

    private final Collection<T> collection;
    private final Paging paging;
    private final boolean hasMoreItems;
    private final Integer totalItems;
    private final Object sourceEntity;

    private CollectionWithPagingInfo(Collection<T> collection, Paging paging, boolean hasMoreItems, Integer totalItems,
            Object sourceEntity) {
        this.collection = collection == null ? Collections.emptyList() : collection;
        this.paging = paging;
        this.hasMoreItems = hasMoreItems;
        this.totalItems = totalItems;
        this.sourceEntity = sourceEntity;
    }

    public static <T> CollectionWithPagingInfo<T> asPaged(Paging paging, Collection<T> aCollection) {
        int size = aCollection == null ? 0 : aCollection.size();
        return new CollectionWithPagingInfo<>(aCollection, paging, false, size, null);
    }

    public static <T> CollectionWithPagingInfo<T> asPaged(Paging paging, Collection<T> aCollection,
            boolean hasMoreItems, Integer totalItems) {
        return new CollectionWithPagingInfo<>(aCollection, paging, hasMoreItems, totalItems, null);
    }

    public static <T> CollectionWithPagingInfo<T> asPaged(Paging paging, Collection<T> aCollection,
            boolean hasMoreItems, Integer totalItems, Object sourceEntity) {
        return new CollectionWithPagingInfo<>(aCollection, paging, hasMoreItems, totalItems, sourceEntity);
    }

    @Override
    public Collection<T> getCollection() {
        return collection;
    }

    @Override
    public boolean hasMoreItems() {
        return hasMoreItems;
    }

    @Override
    public Integer getTotalItems() {
        return totalItems;
    }

    @Override
    public Paging getPaging() {
        return paging;
    }

    @Override
    public Object getSourceEntity() {
        return sourceEntity;
    }
}
