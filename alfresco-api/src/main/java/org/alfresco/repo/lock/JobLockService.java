package org.alfresco.repo.lock;

import org.alfresco.service.namespace.QName;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface JobLockService {

    String getLock(QName lockQName, long timeToLive);

    String getLock(QName lockQName, long timeToLive, long retryWait, int retryCount);

    String getLock(QName lockQName, long timeToLive, JobLockService.JobLockRefreshCallback callback);

    void getTransactionalLock(QName lockQName, long timeToLive);

    void getTransactionalLock(QName lockQName, long timeToLive, long retryWait, int retryCount);

    void refreshLock(String lockToken, QName lockQName, long timeToLive);

    void refreshLock(String lockToken, QName lockQName, long timeToLive,
            JobLockService.JobLockRefreshCallback callback);

    void releaseLock(String lockToken, QName lockQName);

    boolean releaseLockVerify(String lockToken, QName lockQName);

    interface JobLockRefreshCallback {

        boolean isActive();

        void lockReleased();
    }
}
