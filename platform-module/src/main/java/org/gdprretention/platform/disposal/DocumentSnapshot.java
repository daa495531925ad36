package org.gdprretention.platform.disposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.version.VersionHistory;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.DocumentId;

/**
 * What a purge needs to know about one document, read in one go from the repository.
 *
 * @param type              the node's type
 * @param content           the type is {@code cm:content} or a subtype: only such a node is a document a purge takes
 * @param originalOfWorkingCopy the checked-out original when this node is its working copy, otherwise {@code null}
 * @param retentionTypeCode {@code gdpr:retentionType}, or {@code null} without {@code gdpr:retainable}
 * @param startDate         {@code gdpr:retentionStart} as a local date, or {@code null} while unknown
 * @param grantedExtensions {@code gdpr:grantedExtensions} as stored (ISO periods)
 * @param name              {@code cm:name}; {@code null} unless names are kept in disposal records
 * @param path              the display path of the document's folder; {@code null} unless names are kept
 * @param template          the node reference of the template the document was created from, or {@code null}
 * @param versionHistory    the document's version history, or {@code null} when it has none
 * @param renditions        the rendition nodes ({@code rn:rendition} children)
 * @param workingCopy       the working copy of a checked-out document, purged with it; otherwise {@code null}
 * @param binaries          the distinct binaries (every {@code d:content} property) of the node, its versions, its
 *                          renditions and its working copy
 */
record DocumentSnapshot(NodeRef nodeRef, boolean exists, QName type, boolean content, NodeRef originalOfWorkingCopy,
                        boolean retainable, String retentionTypeCode, LocalDate startDate,
                        List<String> grantedExtensions, boolean onHold, String name, String path, String template,
                        VersionHistory versionHistory, List<NodeRef> renditions, DocumentParts workingCopy,
                        List<DocumentBinary> binaries) {

    DocumentSnapshot {
        grantedExtensions = List.copyOf(grantedExtensions);
        renditions = List.copyOf(renditions);
        binaries = List.copyOf(binaries);
    }

    static DocumentSnapshot missing(NodeRef nodeRef) {
        return new DocumentSnapshot(nodeRef, false, null, false, null, false, null, null, List.of(), false, null,
                null, null, null, List.of(), null, List.of());
    }

    /** A node that is not a document ({@code cm:content}): nothing more of it is read. */
    static DocumentSnapshot notContent(NodeRef nodeRef, QName type) {
        return new DocumentSnapshot(nodeRef, true, type, false, null, false, null, null, List.of(), false, null,
                null, null, null, List.of(), null, List.of());
    }

    DocumentParts parts() {
        return new DocumentParts(nodeRef, versionHistory, renditions);
    }

    DocumentId documentId() {
        return DocumentId.of(nodeRef.toString());
    }

    List<String> contentUrls() {
        List<String> urls = new ArrayList<>(binaries.size());
        binaries.forEach(binary -> urls.add(binary.contentUrl()));
        return urls;
    }

    long sizeOf(String contentUrl) {
        return binaries.stream().filter(binary -> binary.contentUrl().equals(contentUrl))
                .mapToLong(DocumentBinary::sizeBytes).findFirst().orElse(0L);
    }
}
