package org.alfresco.rest.framework.resource.actions.interfaces;

import java.util.List;
import org.alfresco.rest.framework.core.exceptions.RelationshipResourceNotFoundException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Parameters;

/**
 * Compile-only copy of the ACS 26.3 signature: the HTTP methods a {@code @RelationshipResource} answers
 * ({@code GET/POST /x/{entityId}/y}, {@code GET/PUT/DELETE /x/{entityId}/y/{id}}).
 */
public interface RelationshipResourceAction {

    public static interface Read<E> extends ResourceAction {
        CollectionWithPagingInfo<E> readAll(String entityResourceId, Parameters params);
    }

    public static interface ReadById<E> extends ResourceAction {
        E readById(String entityResourceId, String id, Parameters parameters)
                throws RelationshipResourceNotFoundException;
    }

    public static interface Create<E> extends ResourceAction {
        List<E> create(String entityResourceId, List<E> entity, Parameters parameters);
    }

    public static interface Update<E> extends ResourceAction {
        E update(String entityResourceId, E entity, Parameters parameters);
    }

    public static interface Delete extends ResourceAction {
        void delete(String entityResourceId, String id, Parameters parameters);
    }
}
