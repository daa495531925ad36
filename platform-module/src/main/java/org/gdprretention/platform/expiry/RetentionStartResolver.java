package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceException;
import org.alfresco.service.namespace.NamespacePrefixResolver;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.StartTrigger;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Reads the date a document's retention starts at, as its type's start trigger says: the creation date, a date
 * property of the document or else of its dossier folder (such as the end of employment), or the start set
 * explicitly on the document. A copy's creation date is the original's ({@link #created}). {@code null} means the start is not known yet.
 */
public class RetentionStartResolver {

    private final NamespacePrefixResolver namespaces;
    private final DossierLocator dossiers;

    public RetentionStartResolver(NamespacePrefixResolver namespaces, DossierLocator dossiers) {
        this.namespaces = namespaces;
        this.dossiers = dossiers;
    }

    public LocalDate resolve(NodeRef document, Map<QName, Serializable> properties, StartTrigger trigger, ZoneId zone) {
        if (trigger instanceof StartTrigger.CreationDate) {
            return RepositoryDates.toLocalDate(created(properties), zone);
        }
        if (trigger instanceof StartTrigger.DateProperty dateProperty) {
            return fromDocumentOrDossier(document, properties, propertyName(dateProperty.propertyName()), zone);
        }
        return RepositoryDates.toLocalDate(properties.get(RetentionModel.PROP_RETENTION_START), zone);
    }

    /**
     * When the document's content was created: its own {@code cm:created}, or for a copy (check-out and check-in
     * included) the earlier creation of the content it was copied from, so that copying never restarts the clock.
     */
    public static java.util.Date created(Map<QName, Serializable> properties) {
        return CopyOrigins.earliest(properties.get(RetentionModel.PROP_ORIGINAL_CREATED),
                properties.get(ContentModel.PROP_CREATED));
    }

    /** The date in {@code property} on the document, else on its nearest dossier folder. */
    public LocalDate fromDocumentOrDossier(NodeRef document, Map<QName, Serializable> properties, QName property,
            ZoneId zone) {
        LocalDate own = RepositoryDates.toLocalDate(properties.get(property), zone);
        if (own != null) {
            return own;
        }
        return dossiers.fromNearestDossier(document, dossier -> RepositoryDates.toLocalDate(dossier.get(property), zone))
                .orElse(null);
    }

    /** Resolves a prefixed property name such as {@code gdpr:relationshipEnd}; an unknown prefix is refused. */
    public QName propertyName(String prefixedName) {
        try {
            return QName.createQName(prefixedName, namespaces);
        } catch (NamespaceException e) {
            throw new InvalidRetentionInputException(StartTrigger.FIELD, prefixedName,
                    "the prefix of the date property is not a namespace prefix known to the repository");
        }
    }
}
