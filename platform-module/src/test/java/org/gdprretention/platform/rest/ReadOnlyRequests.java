package org.gdprretention.platform.rest;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.transaction.ReadOnlyServerException;

/**
 * ACS's REST framework runs a GET in a read-only transaction ({@code AbstractResourceWebScript.execute}:
 * {@code isReadOnly = HttpMethod.GET == httpMethod}), and ACS's node DAO refuses any write there with
 * {@link ReadOnlyServerException} ({@code AbstractNodeDAOImpl.getCurrentTransaction}). This double gives the code
 * under test a NodeService that does the same while a GET is served, so that a GET that records something (an
 * audit entry, a cached status) fails here as it would in ACS.
 */
public final class ReadOnlyRequests {

    private static final List<String> WRITES = List.of("create", "move", "set", "add", "remove", "delete", "restore");

    private boolean get;

    /** From now on requests are GETs (read-only) or not. */
    public void serveGet(boolean get) {
        this.get = get;
    }

    public boolean servingGet() {
        return get;
    }

    public NodeService wrap(NodeService delegate) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (get && WRITES.stream().anyMatch(method.getName()::startsWith)) {
                throw new ReadOnlyServerException();
            }
            try {
                return method.invoke(delegate, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (NodeService) Proxy.newProxyInstance(NodeService.class.getClassLoader(),
                new Class<?>[] {NodeService.class}, handler);
    }
}
