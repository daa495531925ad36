package org.alfresco.service.cmr.repository;

import java.io.Serializable;

import org.alfresco.error.AlfrescoRuntimeException;

/**
 * A store, written <code>protocol://identifier</code>. A real value class: node references in tests and in
 * Spring wiring are built from it.
 */
public final class StoreRef implements EntityRef, Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PROTOCOL_WORKSPACE = "workspace";
    public static final String PROTOCOL_ARCHIVE = "archive";
    public static final String PROTOCOL_AVM = "avm";
    public static final String PROTOCOL_TEST = "test";
    public static final String PROTOCOL_DELETED = "deleted";

    public static final StoreRef STORE_REF_WORKSPACE_SPACESSTORE = new StoreRef(PROTOCOL_WORKSPACE, "SpacesStore");
    public static final StoreRef STORE_REF_ARCHIVE_SPACESSTORE = new StoreRef(PROTOCOL_ARCHIVE, "SpacesStore");

    public static final String URI_FILLER = "://";

    private final String protocol;
    private final String identifier;

    public StoreRef(String protocol, String identifier) {
        if (protocol == null) {
            throw new IllegalArgumentException("Store protocol may not be null");
        }
        if (identifier == null) {
            throw new IllegalArgumentException("Store identifier may not be null");
        }
        this.protocol = protocol;
        this.identifier = identifier;
    }

    /** Parses <code>protocol://identifier</code>. */
    public StoreRef(String string) {
        int filler = string.indexOf(URI_FILLER);
        if (filler == -1) {
            throw new AlfrescoRuntimeException("Invalid store ref: Does not contain " + URI_FILLER + "   " + string);
        }
        this.protocol = string.substring(0, filler);
        this.identifier = string.substring(filler + URI_FILLER.length());
    }

    public String getProtocol() {
        return protocol;
    }

    public String getIdentifier() {
        return identifier;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof StoreRef)) {
            return false;
        }
        StoreRef that = (StoreRef) obj;
        return protocol.equals(that.protocol) && identifier.equals(that.identifier);
    }

    @Override
    public int hashCode() {
        return protocol.hashCode() + identifier.hashCode();
    }

    @Override
    public String toString() {
        return protocol + URI_FILLER + identifier;
    }
}
