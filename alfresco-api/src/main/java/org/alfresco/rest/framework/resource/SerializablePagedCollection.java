package org.alfresco.rest.framework.resource;

import java.util.Collection;
import org.alfresco.rest.framework.resource.parameters.Paging;

/** Compile-only copy of the ACS 26.3 signature (without the search context, which the add-on does not use). */
public interface SerializablePagedCollection<T> {
    Collection<T> getCollection();

    boolean hasMoreItems();

    Integer getTotalItems();

    Paging getPaging();

    Object getSourceEntity();
}
