package org.alfresco.repo.transaction;

import org.alfresco.util.transaction.TransactionSupportUtil;

/**
 * Compile-only copy of the ACS 26.3 signature. {@code bindResource} and {@code getResource} are inherited from
 * {@link TransactionSupportUtil}, as in ACS. Every method throws here; tests stub them with
 * {@code Mockito.mockStatic}.
 */
public abstract class AlfrescoTransactionSupport extends TransactionSupportUtil {

    public static void bindListener(org.alfresco.util.transaction.TransactionListener listener) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public static void bindListener(TransactionListener listener) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public static TxnReadState getTransactionReadState() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public enum TxnReadState {
        TXN_NONE, TXN_READ_ONLY, TXN_READ_WRITE
    }
}
