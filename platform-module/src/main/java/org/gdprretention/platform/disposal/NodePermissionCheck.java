package org.gdprretention.platform.disposal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;

/**
 * A person's own permission on each document, asked through the public permission service as that person, before
 * the purge reads anything as the system user: Read for a dry run (it shows retention and hold state), Delete for a
 * purge (it deletes). Without this, an officer could learn the state of, or remove, documents of sites she cannot
 * even open. A refused document gets one fixed reason that says nothing about the document.
 */
class NodePermissionCheck {

    static final String NOT_READABLE = "NOT_PERMITTED: you may not read this node, so nothing about it is reported";
    static final String NOT_DELETABLE = "NOT_PERMITTED: you may not delete this node, so it is not purged and nothing"
            + " about it is reported";

    private final PermissionService permissionService;

    NodePermissionCheck(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    /** The refused documents with their outcome; jobs (the repository's own schedule) are not checked. */
    Map<NodeRef, PurgeOutcome> refusals(List<NodeRef> documents, PurgeCaller caller, PurgeOptions options) {
        Map<NodeRef, PurgeOutcome> refused = new LinkedHashMap<>();
        if (!caller.isPerson()) {
            return refused;
        }
        String permission = options.dryRun() ? PermissionService.READ : PermissionService.DELETE;
        String reason = options.dryRun() ? NOT_READABLE : NOT_DELETABLE;
        // As the caller even where the code around already runs as someone else (e.g. the system user).
        AuthenticationUtil.runAs(() -> {
            for (NodeRef document : documents) {
                if (permissionService.hasPermission(document, permission) != AccessStatus.ALLOWED) {
                    refused.put(document, PurgeOutcome.refused(document, reason));
                }
            }
            return null;
        }, caller.userName());
        return refused;
    }
}
