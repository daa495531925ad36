package org.gdprretention.platform.rest;

import java.util.regex.Pattern;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;

/**
 * Node ids as the REST API takes them: the id of a node in the workspace store, without store, version suffix or
 * path. ACS gives its own nodes a lower-case UUID, but a node imported with a {@code sys:node-uuid} keeps it (ACS's
 * bootstrap has {@code wf-email-html-ftl}; an ACP, a bulk import or a migration can bring any id), and ACS's own
 * {@code Nodes.validateNode} takes any id and answers 404 when no node has it. So this takes what such an id can be:
 * 1 to 36 characters (the size of {@code alf_node.uuid}) of letters, digits, {@code - _ .}, starting with a letter or
 * digit (an id starting with {@code -} would be one of ACS's aliases such as {@code -root-}, which this API does not
 * have). Anything else (a path, a store, a {@code ;version}, blanks, control characters) is a 400, never a lookup.
 */
public final class NodeIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,35}");

    private NodeIds() {
    }

    /** Whether {@code id} can be the id of a node in the workspace store. */
    public static boolean isNodeId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The node {@code workspace://SpacesStore/<id>}; {@code field} names the id in the error. */
    public static NodeRef parse(String id, String field) {
        if (!isNodeId(id)) {
            throw RestErrors.invalid("nodeId", field);
        }
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
    }
}
