package org.alfresco.repo.transaction;

import org.alfresco.error.AlfrescoRuntimeException;

/**
 * Compile-only copy of the ACS 26.3 signature. {@code doInTransaction} simply runs the callback once, so that
 * adapters can be exercised without Mockito: there is no transaction, no retry and no read-only enforcement.
 * Exceptions pass as in ACS: unchecked ones unchanged, checked ones wrapped.
 */
public class RetryingTransactionHelper {

    public RetryingTransactionHelper() {
        // ACS's helper is configured through setters; the stub has nothing to configure
    }

    /** How often ACS retries a callback that failed with one of its retry exceptions; the stub never retries. */
    public void setMaxRetries(int maxRetries) {
        // the stub runs each callback once
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb) {
        return doInTransaction(cb, false, false);
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly) {
        return doInTransaction(cb, readOnly, false);
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
        try {
            return cb.execute();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new AlfrescoRuntimeException("Exception from transactional callback: " + cb, e);
        }
    }

    /** The work to run in a transaction. */
    public interface RetryingTransactionCallback<Result> {
        Result execute() throws Throwable;
    }
}
