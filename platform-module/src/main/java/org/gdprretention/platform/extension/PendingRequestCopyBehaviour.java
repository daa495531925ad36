package org.gdprretention.platform.extension;

import org.gdprretention.platform.copy.AspectCopyBehaviour;
import org.gdprretention.platform.copy.NotCopied;
import org.gdprretention.platform.model.RetentionModel;

/**
 * A pending request is about one document: {@code gdpr:extensionRequest} never goes with a copy ("Copy to",
 * check-out's working copy, a copy made from a template). Otherwise two documents would carry the same request id,
 * and a copy would hold its purge on a request nobody filed for it. ACS calls this for every aspect of the source
 * ({@code CopyServiceImpl}), copied or not; on check-in (the working copy copied onto the original) the original
 * keeps its own request, since ACS's copy onto an existing node removes no aspect.
 */
public class PendingRequestCopyBehaviour extends AspectCopyBehaviour {

    public PendingRequestCopyBehaviour() {
        super(RetentionModel.ASPECT_EXTENSION_REQUEST, NotCopied.INSTANCE);
    }
}
