package org.gdprretention.platform.job;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.alfresco.repo.lock.JobLockService;
import org.alfresco.repo.lock.LockAcquisitionException;
import org.alfresco.service.namespace.QName;

/**
 * A job lock service that really locks, in memory, as ACS's does across a cluster: one holder per lock name, a
 * second taker refused with {@link LockAcquisitionException}, release only with the holder's token. A test can
 * make the current holder lose its lock, as a node does when it cannot refresh it in time.
 */
public final class LockingJobLockService implements JobLockService {

    private record Held(String token, JobLockRefreshCallback callback) {
    }

    private final Map<QName, Held> held = new HashMap<>();
    public volatile int acquisitions;
    public volatile int refusals;
    public volatile int releases;

    @Override
    public synchronized String getLock(QName lockQName, long timeToLive, JobLockRefreshCallback callback) {
        if (held.containsKey(lockQName)) {
            refusals++;
            throw new LockAcquisitionException(lockQName, held.get(lockQName).token());
        }
        String token = UUID.randomUUID().toString();
        held.put(lockQName, new Held(token, callback));
        acquisitions++;
        return token;
    }

    @Override
    public synchronized void releaseLock(String lockToken, QName lockQName) {
        Held current = held.get(lockQName);
        if (current != null && current.token().equals(lockToken)) {
            held.remove(lockQName);
            releases++;
        }
    }

    /** The holder's lock expires: it is freed and the holder is told, as ACS's refresh timer does. */
    public void loseLock(QName lockQName) {
        Held lost;
        synchronized (this) {
            lost = held.remove(lockQName);
        }
        if (lost != null && lost.callback() != null) {
            lost.callback().lockReleased();
        }
    }

    public synchronized boolean isHeld(QName lockQName) {
        return held.containsKey(lockQName);
    }

    @Override
    public String getLock(QName lockQName, long timeToLive) {
        return getLock(lockQName, timeToLive, (JobLockRefreshCallback) null);
    }

    @Override
    public String getLock(QName lockQName, long timeToLive, long retryWait, int retryCount) {
        return getLock(lockQName, timeToLive, (JobLockRefreshCallback) null);
    }

    @Override
    public void getTransactionalLock(QName lockQName, long timeToLive) {
        throw new UnsupportedOperationException("the module takes no transactional locks");
    }

    @Override
    public void getTransactionalLock(QName lockQName, long timeToLive, long retryWait, int retryCount) {
        throw new UnsupportedOperationException("the module takes no transactional locks");
    }

    @Override
    public void refreshLock(String lockToken, QName lockQName, long timeToLive) {
        // the in-memory lock does not expire on its own
    }

    @Override
    public void refreshLock(String lockToken, QName lockQName, long timeToLive, JobLockRefreshCallback callback) {
        // the in-memory lock does not expire on its own
    }

    @Override
    public synchronized boolean releaseLockVerify(String lockToken, QName lockQName) {
        boolean ours = held.containsKey(lockQName) && held.get(lockQName).token().equals(lockToken);
        releaseLock(lockToken, lockQName);
        return ours;
    }
}
