package org.gdprretention.platform.job.control;

import org.alfresco.repo.batch.BatchProcessor.BatchProcessWorkerAdaptor;
import org.alfresco.repo.security.authentication.AuthenticationUtil;

/**
 * A batch worker that runs as the system user. ACS runs batches on its own worker threads, which do not inherit the
 * caller's authentication, so each batch sets it; with one worker thread, though, BatchProcessor runs the batches on
 * the caller's own thread, so the batch puts back what was there (push and pop) rather than clearing it, which would
 * leave the caller (a job running as system, an officer's request) unauthenticated for the rest of its work.
 */
public abstract class SystemBatchWorker<T> extends BatchProcessWorkerAdaptor<T> {

    @Override
    public void beforeProcess() {
        AuthenticationUtil.pushAuthentication();
        AuthenticationUtil.setRunAsUserSystem();
    }

    @Override
    public void afterProcess() {
        AuthenticationUtil.popAuthentication();
    }
}
