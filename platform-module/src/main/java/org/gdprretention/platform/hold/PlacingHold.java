package org.gdprretention.platform.hold;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Marks the node whose hold {@link LegalHoldService#placeHold} is adding, so that {@link LegalHoldAdditionGuard} lets
 * that one addition of {@code gdpr:legalHold} through: the service has checked the officer and records the hold
 * itself. The mark lives on the calling thread for the duration of the one {@code addAspect} call (behaviours on
 * adding an aspect run inside it), so it is neither shared between requests nor kept after them.
 */
final class PlacingHold {

    private static final ThreadLocal<NodeRef> PLACING = new ThreadLocal<>();

    private PlacingHold() {
    }

    /** Runs {@code addition} with {@code node} marked as having its hold placed by the module. */
    static void run(NodeRef node, Runnable addition) {
        NodeRef outer = PLACING.get();
        PLACING.set(node);
        try {
            addition.run();
        } finally {
            if (outer == null) {
                PLACING.remove();
            } else {
                PLACING.set(outer);
            }
        }
    }

    static boolean isPlacing(NodeRef node) {
        return node != null && node.equals(PLACING.get());
    }
}
