package org.alfresco.util.transaction;

/**
 * Compile-only copy of the ACS 26.3 signature: transaction-bound resources and listeners. Every method needs
 * ACS's transaction synchronisation, so each throws here; tests stub them with {@code Mockito.mockStatic}.
 */
public abstract class TransactionSupportUtil {

    public static boolean isActualTransactionActive() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public static String getTransactionId() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public static void bindResource(Object key, Object resource) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public static <R> R getResource(Object key) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    public static void unbindResource(Object key) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
