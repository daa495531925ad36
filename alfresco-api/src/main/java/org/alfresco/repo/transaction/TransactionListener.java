package org.alfresco.repo.transaction;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface TransactionListener extends org.alfresco.util.transaction.TransactionListener {

    void afterCommit();

    void afterRollback();

    void beforeCommit(boolean readOnly);

    void beforeCompletion();

    @Deprecated
    void flush();
}
