package org.alfresco.repo.lock;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.namespace.QName;

/**
 * Compile-only copy of the ACS 26.3 signature. The constructors work: the job lock service throws this when
 * another cluster node holds the lock, and tests make a mocked lock service do the same.
 */
public class LockAcquisitionException extends AlfrescoRuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String ERR_FAILED_TO_ACQUIRE_LOCK = "system.locks.err.failed_to_acquire_lock";
    public static final String ERR_LOCK_RESOURCE_MISSING = "system.locks.err.lock_resource_missing";
    public static final String ERR_LOCK_UPDATE_COUNT = "system.locks.err.lock_update_count";
    public static final String ERR_FAILED_TO_RELEASE_LOCK = "system.locks.err.failed_to_release_lock";
    public static final String ERR_EXCLUSIVE_LOCK_EXISTS = "system.locks.err.excl_lock_exists";

    public LockAcquisitionException(QName lockQName, String lockToken) {
        super(ERR_EXCLUSIVE_LOCK_EXISTS, new Object[] {lockQName, lockToken});
    }

    public LockAcquisitionException(String msgId, Object... args) {
        super(msgId, args);
    }

    public LockAcquisitionException(Throwable cause, String msgId, Object... args) {
        super(msgId, args, cause);
    }
}
