package org.alfresco.repo.content.cleanup;

import org.alfresco.repo.transaction.TransactionListenerAdapter;

/**
 * Compile-only copy of the ACS 26.3 signature of ACS's bean {@code eagerContentStoreCleaner}, which removes a
 * binary from the content stores after the transaction that orphaned it commits. The add-on only calls it; tests
 * mock it.
 */
@SuppressWarnings("deprecation") // ACS's own superclass is deprecated
public class EagerContentStoreCleaner extends TransactionListenerAdapter {

    public EagerContentStoreCleaner() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public void registerNewContentUrl(String contentUrl) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public boolean registerOrphanedContentUrl(String contentUrl) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    /** With {@code force}, the URL is removed after commit even when eager clean-up is switched off. */
    public boolean registerOrphanedContentUrl(String contentUrl, boolean force) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public boolean deleteFromStores(String contentUrl) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
