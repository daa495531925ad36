package org.gdprretention.platform.hold;

import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.guard.ModuleWriteMark;

/**
 * Marks the node whose hold {@link LegalHoldService#placeHold} is adding, so that {@link LegalHoldAdditionGuard} (and
 * {@link LegalHoldRecordGuard}) let that one addition of {@code gdpr:legalHold} through: the service has checked the
 * officer and records the hold itself. A mark of its own, for the duration of the one {@code addAspect} call
 * (behaviours on adding an aspect run inside it), so it is neither shared between requests nor kept after them.
 */
final class PlacingHold {

    private static final ModuleWriteMark PLACING = new ModuleWriteMark();

    private PlacingHold() {
    }

    /** Runs {@code addition} with {@code node} marked as having its hold placed by the module. */
    static void run(NodeRef node, Runnable addition) {
        PLACING.run(node, addition);
    }

    static boolean isPlacing(NodeRef node) {
        return PLACING.isMarked(node);
    }
}
