package org.gdprretention.platform.rest.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.transaction.TransactionService;

/**
 * ACS's attribute table as one shared map: what one server writes, another reads. Values are stored serialized and
 * read back as copies, as ACS's database does, so nobody can change a stored value through a kept reference. Writes
 * go through a transaction helper that simply runs the work (each call its own transaction).
 */
final class InMemoryAttributes {

    private final Map<List<Serializable>, byte[]> table = new ConcurrentHashMap<>();
    private final AttributeService service = mock(AttributeService.class);
    private final TransactionService transactions = mock(TransactionService.class);

    InMemoryAttributes() {
        when(service.getAttribute(any(Serializable[].class))).thenAnswer(call -> {
            byte[] stored = table.get(key(call.getRawArguments()));
            return stored == null ? null : read(stored);
        });
        org.mockito.Mockito.doAnswer(call -> {
            Object[] raw = call.getRawArguments();
            Serializable[] keys = (Serializable[]) raw[1];
            table.put(List.of(keys), write((Serializable) raw[0]));
            return null;
        }).when(service).setAttribute(any(), any(Serializable[].class));
        org.mockito.Mockito.doAnswer(call -> {
            table.remove(key(call.getRawArguments()));
            return null;
        }).when(service).removeAttribute(any(Serializable[].class));
        when(transactions.getRetryingTransactionHelper()).thenReturn(new RetryingTransactionHelper() {
            @Override
            public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
                try {
                    return cb.execute();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    AttributeService service() {
        return service;
    }

    TransactionService transactionService() {
        return transactions;
    }

    private static List<Serializable> key(Object[] raw) {
        return List.of((Serializable[]) raw[0]);
    }

    private static byte[] write(Serializable value) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Serializable read(byte[] stored) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            return (Serializable) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
