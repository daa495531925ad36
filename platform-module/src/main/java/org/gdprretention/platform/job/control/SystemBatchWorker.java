package org.gdprretention.platform.job.control;

import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorkerAdaptor;
import org.alfresco.repo.security.authentication.AuthenticationUtil;

/**
 * A batch worker that runs as the system user. ACS runs batches on its own worker threads, which do not inherit
 * the caller's authentication, so each batch sets it and clears it again.
 */
public abstract class SystemBatchWorker<T> extends BatchProcessWorkerAdaptor<T> {

    @Override
    public void beforeProcess() {
        AuthenticationUtil.setRunAsUserSystem();
    }

    @Override
    public void afterProcess() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }
}
