package org.alfresco.util.transaction;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface TransactionListener {

    void afterCommit();

    void afterRollback();

    void beforeCommit(boolean readOnly);

    void beforeCompletion();

    default Integer getCustomOrder() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
