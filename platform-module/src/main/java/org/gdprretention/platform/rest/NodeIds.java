package org.gdprretention.platform.rest;

import java.util.regex.Pattern;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;

/**
 * Node ids as the REST API takes them: the id of a node in the workspace store, a UUID in lower case as ACS makes them
 * ({@code 8f2b...-...}), without store, version suffix or path. Anything else is a 400, never a lookup.
 */
public final class NodeIds {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private NodeIds() {
    }

    /** The node {@code workspace://SpacesStore/<id>}; {@code field} names the id in the error. */
    public static NodeRef parse(String id, String field) {
        if (id == null || !UUID.matcher(id).matches()) {
            throw RestErrors.invalid("nodeId", field);
        }
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
    }
}
