package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.transaction.TransactionSupportUtil;

/**
 * The {@code gdpr:originalCreated} values ACS's copy is writing in the current transaction, per target node: the
 * only writes of that property the input guard lets through besides the module's own. A transaction resource, so
 * a grant ends with the copy's transaction.
 */
final class CopyOrigins {

    static final String GRANTS = CopyOrigins.class.getName() + ".grants";

    private CopyOrigins() {
    }

    static void grant(NodeRef target, Date originalCreated) {
        Map<NodeRef, Date> grants = TransactionSupportUtil.getResource(GRANTS);
        if (grants == null) {
            grants = new HashMap<>();
            TransactionSupportUtil.bindResource(GRANTS, grants);
        }
        grants.put(target, originalCreated);
    }

    /** Whether the copy running in this transaction writes {@code value} onto {@code node}. */
    static boolean isGranted(NodeRef node, Serializable value) {
        Map<NodeRef, Date> grants = TransactionSupportUtil.getResource(GRANTS);
        return grants != null && grants.containsKey(node) && Objects.equals(grants.get(node), value);
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
