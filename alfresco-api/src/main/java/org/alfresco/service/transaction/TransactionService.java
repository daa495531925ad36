package org.alfresco.service.transaction;

import org.alfresco.repo.transaction.RetryingTransactionHelper;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface TransactionService {

    RetryingTransactionHelper getRetryingTransactionHelper();

    boolean isReadOnly();

    boolean getAllowWrite();
}
