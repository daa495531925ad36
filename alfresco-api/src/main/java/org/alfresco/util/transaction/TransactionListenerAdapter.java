package org.alfresco.util.transaction;

/** Compile-only copy of the ACS 26.3 signature; as in ACS, every callback does nothing until overridden. */
public abstract class TransactionListenerAdapter implements TransactionListener {

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
