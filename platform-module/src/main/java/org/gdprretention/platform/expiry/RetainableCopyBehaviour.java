package org.gdprretention.platform.expiry;

import org.gdprretention.platform.copy.AspectCopyBehaviour;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Copying a retained document never restarts its clock. ACS creates a copy as a new node with its own
 * {@code cm:created}, and adding {@code gdpr:retainable} to it makes the applier compute its retention at once: a
 * type that starts at creation would start again on the day of the copy. Every copy of a retained document
 * (an administrator's "Copy to", a check-out's working copy, and the check-in that copies the working copy back onto
 * the original) therefore carries {@code gdpr:originalCreated}, which {@link RetentionStartResolver} starts from.
 * The value is derived from the source here, and {@link RetentionInputGuard} lets no one else write it.
 */
public class RetainableCopyBehaviour extends AspectCopyBehaviour {

    public RetainableCopyBehaviour() {
        super(RetentionModel.ASPECT_RETAINABLE, RetainableCopyCallback.INSTANCE);
    }
}
