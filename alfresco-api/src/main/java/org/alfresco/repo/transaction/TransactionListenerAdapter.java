package org.alfresco.repo.transaction;

/**
 * Compile-only copy of the ACS 26.3 signature (deprecated in ACS, but the eager content store cleaner still
 * extends it); as in ACS, every callback does nothing until overridden.
 */
@Deprecated
public abstract class TransactionListenerAdapter implements TransactionListener {

    @Override
    public void flush() {
        // nothing by default
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        // nothing by default
    }

    @Override
    public void beforeCompletion() {
        // nothing by default
    }

    @Override
    public void afterCommit() {
        // nothing by default
    }

    @Override
    public void afterRollback() {
        // nothing by default
    }
}
