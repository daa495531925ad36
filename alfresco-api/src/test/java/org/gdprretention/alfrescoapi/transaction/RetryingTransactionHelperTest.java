package org.gdprretention.alfrescoapi.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.junit.jupiter.api.Test;

class RetryingTransactionHelperTest {

    private final RetryingTransactionHelper helper = new RetryingTransactionHelper();

    @Test
    void runsTheCallbackOnceAndReturnsItsResult() {
        AtomicInteger calls = new AtomicInteger();

        String result = helper.doInTransaction(() -> "done " + calls.incrementAndGet(), true, true);

        assertThat(result).isEqualTo("done 1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void passesUncheckedExceptionsAndWrapsCheckedOnes() {
        IllegalArgumentException unchecked = new IllegalArgumentException("bad");
        Exception checked = new Exception("checked");

        assertThatThrownBy(() -> helper.doInTransaction(() -> {
            throw unchecked;
        })).isSameAs(unchecked);
        assertThatThrownBy(() -> helper.doInTransaction(() -> {
            throw checked;
        }, false)).isInstanceOf(AlfrescoRuntimeException.class).hasCause(checked);
    }
}
