package org.gdprretention.platform.cmis;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.spi.BindingsObjectFactory;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.inmemory.ConfigConstants;
import org.apache.chemistry.opencmis.inmemory.server.InMemoryServiceFactoryImpl;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.StoreManager;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.StoredObject;
import org.apache.chemistry.opencmis.inmemory.types.DefaultTypeSystemCreator;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * A real CMIS 1.1 server for tests: OpenCMIS InMemory behind the browser binding, on Jetty, on loopback and a free
 * port. The factory is built in code because the server's own web.xml does not start on Java 17.
 */
final class InMemoryCmisServer implements AutoCloseable {

    static final String REPOSITORY_ID = "gdpr-contract";
    private static final String USER = "admin";

    private final Server jetty;
    private final InMemoryServiceFactoryImpl factory;
    private final int port;

    private InMemoryCmisServer(Server jetty, InMemoryServiceFactoryImpl factory, int port) {
        this.jetty = jetty;
        this.factory = factory;
        this.port = port;
    }

    /**
     * Starts a server with one repository holding the default types plus those in {@code typeDefinitions}.
     * The server only logs a type file it cannot read: callers must check that the types they need exist.
     */
    static InMemoryCmisServer start(Path typeDefinitions, Path tempDir) throws Exception {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(ConfigConstants.REPOSITORY_ID, REPOSITORY_ID);
        parameters.put(ConfigConstants.TYPE_CREATOR_CLASS, DefaultTypeSystemCreator.class.getName());
        parameters.put(ConfigConstants.TYPE_XML, typeDefinitions.toAbsolutePath().toString());
        parameters.put(ConfigConstants.TEMP_DIR, tempDir.toAbsolutePath().toString());
        InMemoryServiceFactoryImpl factory = new InMemoryServiceFactoryImpl();
        factory.init(parameters);

        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/cmis");
        context.setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, factory);
        ServletHolder browser = new ServletHolder(new CmisBrowserBindingServlet());
        browser.setInitParameter("callContextHandler", BasicAuthCallContextHandler.class.getName());
        browser.setInitParameter("cmisVersion", "1.1");
        context.addServlet(browser, "/browser/*");
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            factory.destroy();
            throw e;
        }
        return new InMemoryCmisServer(jetty, factory, connector.getLocalPort());
    }

    /** A new client session on the repository, through the browser binding. */
    Session openSession() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        parameters.put(SessionParameter.BROWSER_URL, "http://127.0.0.1:" + port + "/cmis/browser");
        parameters.put(SessionParameter.REPOSITORY_ID, REPOSITORY_ID);
        parameters.put(SessionParameter.USER, USER);
        parameters.put(SessionParameter.PASSWORD, USER);
        return SessionFactoryImpl.newInstance().createSession(parameters);
    }

    /**
     * Writes {@code values} (properties of {@code secondaryTypeId}) on the object inside the repository, past the
     * CMIS services and their read-only check, as the add-on writes its computed properties in ACS through the
     * node service. A value is a single value or a {@link List} for a multi-valued property.
     */
    void writeAsTheAddOn(String objectId, String secondaryTypeId, Map<String, Object> values) {
        StoreManager store = factory.getStoreManger();
        Map<String, PropertyDefinition<?>> definitions =
                store.getTypeManager(REPOSITORY_ID).getTypeById(secondaryTypeId).getTypeDefinition().getPropertyDefinitions();
        StoredObject object = store.getObjectStore(REPOSITORY_ID).getObjectById(objectId);
        Map<String, PropertyData<?>> properties = new HashMap<>(object.getProperties());
        values.forEach((id, value) -> {
            PropertyDefinition<?> definition = definitions.get(id);
            if (definition == null) {
                throw new IllegalArgumentException("'" + id + "' is no property of " + secondaryTypeId);
            }
            properties.put(id, propertyData(store.getObjectFactory(), definition.getPropertyType(), id, value));
        });
        object.setProperties(properties);
    }

    @SuppressWarnings("unchecked")
    private static PropertyData<?> propertyData(BindingsObjectFactory objects, PropertyType type, String id,
            Object value) {
        List<Object> list = value instanceof List<?> many ? (List<Object>) many : List.of(value);
        return switch (type) {
            case STRING -> objects.createPropertyStringData(id, (List<String>) (List<?>) list);
            case ID -> objects.createPropertyIdData(id, (List<String>) (List<?>) list);
            case INTEGER -> objects.createPropertyIntegerData(id, (List<BigInteger>) (List<?>) list);
            case DATETIME -> objects.createPropertyDateTimeData(id, (List<GregorianCalendar>) (List<?>) list);
            default -> throw new IllegalArgumentException("No value of type " + type + " for '" + id + "'");
        };
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            factory.destroy();
        }
    }
}
