package org.gdprretention.platform.disposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.version.VersionHistory;
import org.gdprretention.core.DocumentId;

/**
 * What a purge needs to know about one document, read in one go from the repository.
 *
 * @param retentionTypeCode {@code gdpr:retentionType}, or {@code null} without {@code gdpr:retainable}
 * @param startDate         {@code gdpr:retentionStart} as a local date, or {@code null} while unknown
 * @param grantedExtensions {@code gdpr:grantedExtensions} as stored (ISO periods)
 * @param name              {@code cm:name}; {@code null} unless names are kept in disposal records
 * @param path              the display path of the document's folder; {@code null} unless names are kept
 * @param versionHistory    the document's version history, or {@code null} when it has none
 * @param renditions        the rendition nodes ({@code rn:rendition} children)
 * @param binaries          the distinct binaries of the node, its versions and its renditions
 */
record DocumentSnapshot(NodeRef nodeRef, boolean exists, boolean retainable, String retentionTypeCode,
                        LocalDate startDate, List<String> grantedExtensions, boolean onHold, String name, String path,
                        String template, VersionHistory versionHistory, List<NodeRef> renditions,
                        List<DocumentBinary> binaries) {

    DocumentSnapshot {
        grantedExtensions = List.copyOf(grantedExtensions);
        renditions = List.copyOf(renditions);
        binaries = List.copyOf(binaries);
    }

    static DocumentSnapshot missing(NodeRef nodeRef) {
        return new DocumentSnapshot(nodeRef, false, false, null, null, List.of(), false, null, null, null, null,
                List.of(), List.of());
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
