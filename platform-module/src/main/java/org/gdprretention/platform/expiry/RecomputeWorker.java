package org.gdprretention.platform.expiry;

import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorkerAdaptor;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Recomputes one document per call, as the system user: the run started after someone else's change and must
 * reach every document, readable by that person or not. A document deleted since the search is skipped. The
 * authentication around each batch is pushed and popped, not cleared: with one worker thread BatchProcessor runs the
 * batch on the caller's own thread.
 */
class RecomputeWorker extends BatchProcessWorkerAdaptor<NodeRef> {

    private final NodeService nodeService;
    private final RetentionApplier applier;

    RecomputeWorker(NodeService nodeService, RetentionApplier applier) {
        this.nodeService = nodeService;
        this.applier = applier;
    }

    @Override
    public void beforeProcess() {
        AuthenticationUtil.pushAuthentication();
        AuthenticationUtil.setRunAsUserSystem();
    }

    @Override
    public void process(NodeRef document) {
        if (nodeService.exists(document) && nodeService.hasAspect(document, RetentionModel.ASPECT_RETAINABLE)) {
            applier.recompute(document);
        }
    }

    @Override
    public void afterProcess() {
        AuthenticationUtil.popAuthentication();
    }
}
