package org.gdprretention.platform.proof;

import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.DocumentId;

/** A document has a disposal record already; a record is proof and is never overwritten. */
public class DuplicateDisposalRecordException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DuplicateDisposalRecordException(DocumentId documentId, NodeRef existing) {
        super("Document " + documentId.value() + " has a disposal record already (" + existing + "); a second one is"
                + " not written");
    }
}
