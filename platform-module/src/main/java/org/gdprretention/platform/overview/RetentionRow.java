package org.gdprretention.platform.overview;

import java.time.LocalDate;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.overview.OverviewRow;
import org.gdprretention.core.DocumentId;

/**
 * One retainable document as the overview shows it, its status evaluated now by the engine (not the stored one).
 *
 * @param site          the Share site's short name; null outside sites
 * @param template      the template it was made from; null when retention was set on the document itself
 * @param templateName  the template's name as recorded on the document
 * @param type          the catalogue entry of {@code retentionType}; null when the code is not in the catalogue
 * @param category      the document's category, or the type's when the document has none
 * @param expiryDate    null while the start is unknown (PENDING_START)
 */
public record RetentionRow(NodeRef nodeRef, String name, String site, NodeRef template, String templateName,
                           String retentionType, RetentionType type, RetentionCategory category, LocalDate startDate,
                           LocalDate expiryDate, RetentionStatus status, ConsentState consentStatus, boolean onHold,
                           int extensionCount, String subject) {

    /** Shown as the type of a document whose retention type is not set (yet). */
    public static final String NO_TYPE = "(none)";

    /** The engine's row, for its CSV export. */
    public OverviewRow toOverviewRow() {
        return new OverviewRow(DocumentId.of(nodeRef.toString()), name, site, templateName,
                retentionType.isBlank() ? NO_TYPE : retentionType, category, expiryDate, status, consentStatus);
    }
}
