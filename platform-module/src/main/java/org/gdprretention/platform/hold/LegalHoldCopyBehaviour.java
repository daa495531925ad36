package org.gdprretention.platform.hold;

import org.gdprretention.platform.copy.AspectCopyBehaviour;
import org.gdprretention.platform.copy.NotCopied;
import org.gdprretention.platform.model.RetentionModel;

/**
 * A hold is on the record, not on its copies: {@code gdpr:legalHold} and its properties never go with a copy.
 * ACS copies a node's aspects as the user copying, so without this a copy would either carry a hold nobody placed
 * (no reason of its own, no audit entry) or, with {@link LegalHoldAdditionGuard}, be refused to everyone but
 * officers. The same holds for ACS's other copies:
 * <ul>
 * <li>check-out: the working copy is not held (it is not the record; cancelling the check-out deletes it);</li>
 * <li>check-in: the working copy is copied back onto the original; ACS's copy onto an existing node adds the
 * source's aspects and removes none, so the original keeps its own hold, unchanged and only once.</li>
 * </ul>
 * A copy filed in a held folder is held all the same, by that folder ({@link HeldAncestors}).
 */
public class LegalHoldCopyBehaviour extends AspectCopyBehaviour {

    public LegalHoldCopyBehaviour() {
        super(RetentionModel.ASPECT_LEGAL_HOLD, NotCopied.INSTANCE);
    }
}
