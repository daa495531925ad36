package org.gdprretention.platform.extension;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.model.RetentionModel;

/**
 * A document's retention as the engine reasons about it, read from the repository: its type from the catalogue as
 * it is now, the start and the granted extensions as stored, and whether it is on legal hold. Read as the system
 * user, after the caller's own access to the document was checked by reading it.
 */
public class DocumentFacts {

    public static final String DOCUMENT_FIELD = "document";

    private final NodeService nodeService;
    private final RepositoryRetentionCatalogue catalogue;
    private final ZoneId zone;

    public DocumentFacts(NodeService nodeService, RepositoryRetentionCatalogue catalogue, ZoneId zone) {
        this.nodeService = nodeService;
        this.catalogue = catalogue;
        this.zone = zone;
    }

    /** The facts of {@code document}; a missing document or one without retention is refused, naming it. */
    public RetentionFacts of(NodeRef document) {
        if (document == null) {
            throw new InvalidRetentionInputException(DOCUMENT_FIELD, null, "is required");
        }
        // The caller's read access: NodeService refuses a document the caller may not read.
        if (!nodeService.exists(document)) {
            throw new InvalidRetentionInputException(DOCUMENT_FIELD, document, "does not exist");
        }
        Map<QName, Serializable> properties = nodeService.getProperties(document);
        boolean retainable = AuthenticationUtil.runAsSystem(
                () -> nodeService.hasAspect(document, RetentionModel.ASPECT_RETAINABLE));
        Serializable code = properties.get(RetentionModel.PROP_RETENTION_TYPE);
        if (!retainable || code == null) {
            throw new InvalidRetentionInputException(DOCUMENT_FIELD, document, "has no retention type");
        }
        RetentionType type = catalogue.current().find(code.toString()).orElseThrow(() ->
                new InvalidRetentionInputException(DOCUMENT_FIELD, document, "has retention type '" + code
                        + "', which is not in the catalogue"));
        boolean held = AuthenticationUtil.runAsSystem(
                () -> nodeService.hasAspect(document, RetentionModel.ASPECT_LEGAL_HOLD));
        return new RetentionFacts(DocumentId.of(document.toString()), type,
                RepositoryDates.toLocalDate(properties.get(RetentionModel.PROP_RETENTION_START), zone),
                grantedExtensions(properties.get(RetentionModel.PROP_GRANTED_EXTENSIONS)), held, false);
    }

    /** The zone retention dates are days in. */
    public ZoneId zone() {
        return zone;
    }

    static List<RetentionPeriod> grantedExtensions(Serializable value) {
        if (value instanceof Collection<?> periods) {
            return periods.stream().filter(Objects::nonNull)
                    .map(period -> RetentionPeriod.parse("grantedExtensions", period.toString())).toList();
        }
        return value == null ? List.of() : List.of(RetentionPeriod.parse("grantedExtensions", value.toString()));
    }
}
