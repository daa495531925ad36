package org.gdprretention.platform.expiry;

import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_EMAIL;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_LANGUAGE;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_NAME;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_EMAIL;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_LANGUAGE;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_NAME;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Decides whose data a document holds: the document's own {@code gdpr:dataSubject} aspect first, then its
 * dossier folder, then whatever a client set directly in the document's {@code gdpr:subject*} properties.
 * The dossier beats those stored values because they are (also) this resolver's own earlier output: otherwise a
 * dossier whose subject is corrected would never reach the documents already in it.
 */
public class DataSubjectResolver {

    private final NodeService nodeService;
    private final DossierLocator dossiers;

    public DataSubjectResolver(NodeService nodeService, DossierLocator dossiers) {
        this.nodeService = nodeService;
        this.dossiers = dossiers;
    }

    public Optional<DataSubject> resolve(NodeRef document, Map<QName, Serializable> documentProperties) {
        if (nodeService.hasAspect(document, RetentionModel.ASPECT_DATA_SUBJECT)) {
            return nonEmpty(fromDataSubjectAspect(documentProperties));
        }
        Optional<DataSubject> fromDossier = dossiers.fromNearestDossier(document,
                DataSubjectResolver::fromDataSubjectAspect).filter(subject -> !subject.isEmpty());
        if (fromDossier.isPresent()) {
            return fromDossier;
        }
        return nonEmpty(new DataSubject(text(documentProperties, PROP_SUBJECT_ID),
                text(documentProperties, PROP_SUBJECT_EMAIL), text(documentProperties, PROP_SUBJECT_NAME),
                text(documentProperties, PROP_SUBJECT_LANGUAGE)));
    }

    private static DataSubject fromDataSubjectAspect(Map<QName, Serializable> properties) {
        return new DataSubject(text(properties, PROP_DATA_SUBJECT_ID), text(properties, PROP_DATA_SUBJECT_EMAIL),
                text(properties, PROP_DATA_SUBJECT_NAME), text(properties, PROP_DATA_SUBJECT_LANGUAGE));
    }

    private static Optional<DataSubject> nonEmpty(DataSubject subject) {
        return subject.isEmpty() ? Optional.empty() : Optional.of(subject);
    }

    private static String text(Map<QName, Serializable> properties, QName name) {
        Serializable value = properties.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
