package org.alfresco.rest.framework.resource.actions.interfaces;

import java.util.List;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.rest.framework.webscripts.WithResponse;

/**
 * Compile-only copy of the ACS 26.3 signature: the HTTP methods an {@code @EntityResource} answers
 * ({@code GET /x}, {@code GET /x/{id}}, {@code POST /x}, {@code PUT /x/{id}}, {@code DELETE /x/{id}}).
 */
public interface EntityResourceAction {

    public static interface Read<E> extends ResourceAction {
        CollectionWithPagingInfo<E> readAll(Parameters params);
    }

    public static interface ReadById<E> extends ResourceAction {
        E readById(String id, Parameters parameters) throws EntityNotFoundException;
    }

    public static interface Create<E> extends ResourceAction {
        List<E> create(List<E> entity, Parameters parameters);
    }

    public static interface Update<E> extends ResourceAction {
        E update(String id, E entity, Parameters parameters);
    }

    public static interface Delete extends ResourceAction {
        void delete(String id, Parameters parameters);
    }

    public static interface DeleteWithResponse extends ResourceAction {
        void delete(String id, Parameters parameters, WithResponse withResponse);
    }
}
