package org.gdprretention.platform.extension;

import java.time.Instant;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.expiry.RetentionFacts;

/** Whether a pending extension request keeps a document from being purged now (asked by purge planning). */
@FunctionalInterface
public interface ExtensionPurgeHold {

    /**
     * True when {@code document} has a request filed before its expiry that still waits for a decision within the
     * decision window at {@code now}; {@code facts} are the document's retention as the purge assessed it.
     */
    boolean holdsPurge(NodeRef document, RetentionFacts facts, Instant now);
}
