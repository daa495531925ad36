package org.gdprretention.platform.extension;

import java.time.Instant;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.extension.ExtensionLifecycle;

/** The purge hold of the request stored on the document, judged by the engine ({@link ExtensionLifecycle#holdsPurge}). */
public final class PendingRequestPurgeHold implements ExtensionPurgeHold {

    private final PendingRequestStore store;
    private final ExtensionLifecycle lifecycle;

    public PendingRequestPurgeHold(PendingRequestStore store, ExtensionLifecycle lifecycle) {
        this.store = store;
        this.lifecycle = lifecycle;
    }

    @Override
    public boolean holdsPurge(NodeRef document, RetentionFacts facts, Instant now) {
        return store.pendingOn(document).map(pending -> lifecycle.holdsPurge(pending.request(), facts, now))
                .orElse(false);
    }
}
