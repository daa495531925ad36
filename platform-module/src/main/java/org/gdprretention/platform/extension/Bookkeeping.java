package org.gdprretention.platform.extension;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * A write of the module's records on a document (its pending request, a granted extension) is bookkeeping, not an
 * edit: with the {@code cm:auditable} and {@code cm:versionable} behaviours on, a write as the system user would
 * make System the document's last modifier and, with {@code autoVersionOnUpdateProps}, a new version. Disabled for
 * that node only, and enabled again whatever happens.
 */
final class Bookkeeping {

    private Bookkeeping() {
    }

    static void write(BehaviourFilter behaviourFilter, NodeRef document, Runnable write) {
        behaviourFilter.disableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
        behaviourFilter.disableBehaviour(document, ContentModel.ASPECT_VERSIONABLE);
        try {
            write.run();
        } finally {
            behaviourFilter.enableBehaviour(document, ContentModel.ASPECT_VERSIONABLE);
            behaviourFilter.enableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
        }
    }
}
