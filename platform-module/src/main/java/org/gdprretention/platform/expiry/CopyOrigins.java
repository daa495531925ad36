package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionSupportUtil;

/**
 * The values ACS's copy of a retained document is writing in the current transaction, per target node and property
 * ({@code gdpr:originalCreated}, {@code gdpr:grantedExtensions}): writes the input guard lets through besides the
 * module's own, because they carry the original's record over rather than set a new one. A transaction resource, so
 * a grant ends with the copy's transaction.
 */
final class CopyOrigins {

    static final String GRANTS = CopyOrigins.class.getName() + ".grants";

    private CopyOrigins() {
    }

    static void grant(NodeRef target, QName property, Serializable value) {
        Map<NodeRef, Map<QName, Serializable>> grants = TransactionSupportUtil.getResource(GRANTS);
        if (grants == null) {
            grants = new HashMap<>();
            TransactionSupportUtil.bindResource(GRANTS, grants);
        }
        grants.computeIfAbsent(target, node -> new HashMap<>()).put(property, value);
    }

    /** Whether the copy running in this transaction writes {@code value} as {@code property} onto {@code node}. */
    static boolean isGranted(NodeRef node, QName property, Serializable value) {
        Map<NodeRef, Map<QName, Serializable>> grants = TransactionSupportUtil.getResource(GRANTS);
        Map<QName, Serializable> granted = grants == null ? null : grants.get(node);
        return granted != null && granted.containsKey(property) && Objects.equals(granted.get(property), value);
    }

    /** The earlier of two repository dates, either of which may be missing. */
    static Date earliest(Serializable first, Serializable second) {
        Date a = first instanceof Date date ? date : null;
        Date b = second instanceof Date date ? date : null;
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.before(b) ? a : b;
    }
}
