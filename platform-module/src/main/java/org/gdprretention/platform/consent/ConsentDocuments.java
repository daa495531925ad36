package org.gdprretention.platform.consent;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.consent.ConsentCandidate;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.hold.HeldAncestors;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * Reads a retainable document as the engine's consent and retention values, and writes the consent bookkeeping
 * back. A document that is gone, is not retainable or has a type the catalogue no longer knows reads as empty.
 */
public class ConsentDocuments implements InitializingBean {

    private NodeService nodeService;
    private RepositoryRetentionCatalogue catalogue;
    private RetentionStatusEvaluator statusEvaluator;
    private BehaviourFilter behaviourFilter;
    private HeldAncestors heldAncestors;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "catalogue", catalogue);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
        PropertyCheck.mandatory(this, "behaviourFilter", behaviourFilter);
        heldAncestors = new HeldAncestors(nodeService);
    }

    /** The document as the consent planner sees it. */
    public Optional<ConsentCandidate> candidate(NodeRef document) {
        return read(document).map(read -> new ConsentCandidate(read.facts.documentId(),
                text(read.properties.get(RetentionModel.PROP_SUBJECT_ID)),
                text(read.properties.get(RetentionModel.PROP_SUBJECT_EMAIL)),
                text(read.properties.get(RetentionModel.PROP_SUBJECT_NAME)),
                text(read.properties.get(RetentionModel.PROP_SUBJECT_LANGUAGE)), read.facts.type(),
                RepositoryDates.toLocalDate(read.properties.get(RetentionModel.PROP_EXPIRY_DATE), zone()),
                read.facts.grantedExtensions().size(),
                consentState(read.properties.get(RetentionModel.PROP_CONSENT_STATUS)),
                RepositoryDates.toLocalDate(read.properties.get(RetentionModel.PROP_CONSENT_REQUESTED_FOR), zone()),
                read.facts.onHold(), false));
    }

    /** The document's retention facts, as the extension lifecycle takes them. */
    public Optional<RetentionFacts> facts(NodeRef document) {
        return read(document).map(read -> read.facts);
    }

    /** What the data subject is shown for the document: the kind (type label, template) and the expiry date. */
    public Optional<DocumentKind> kind(NodeRef document, Locale locale) {
        return read(document).map(read -> {
            String template = text(read.properties.get(RetentionModel.PROP_TEMPLATE));
            String label = read.facts.type().label(locale);
            return new DocumentKind(template == null ? label : label + " (" + template + ")",
                    RepositoryDates.toLocalDate(read.properties.get(RetentionModel.PROP_EXPIRY_DATE), zone()));
        });
    }

    /** Records that a consent request went out for the document's current expiry date. */
    public void markRequested(NodeRef document, LocalDate expiryDate, Instant at) {
        Map<QName, Serializable> values = new HashMap<>();
        values.put(RetentionModel.PROP_CONSENT_STATUS, ConsentState.REQUESTED.name());
        values.put(RetentionModel.PROP_CONSENT_REQUESTED_AT, Date.from(at));
        values.put(RetentionModel.PROP_CONSENT_REQUESTED_FOR, RepositoryDates.toDate(expiryDate, zone()));
        write(document, values);
    }

    /** Records the data subject's answer; a consent also stores the extensions the engine granted. */
    public void recordAnswer(NodeRef document, ConsentState answer, List<RetentionPeriod> grantedExtensions) {
        Map<QName, Serializable> values = new HashMap<>();
        values.put(RetentionModel.PROP_CONSENT_STATUS, answer.name());
        if (grantedExtensions != null) {
            ArrayList<String> periods = new ArrayList<>();
            grantedExtensions.forEach(period -> periods.add(period.toString()));
            values.put(RetentionModel.PROP_GRANTED_EXTENSIONS, periods);
            values.put(RetentionModel.PROP_EXTENSION_COUNT, periods.size());
        }
        write(document, values);
    }

    /** The retention types of the catalogue as the current transaction sees it. */
    public List<RetentionType> catalogueTypes() {
        return catalogue.current().all();
    }

    ZoneId zone() {
        return statusEvaluator.calculator().zone();
    }

    // Bookkeeping, not an edit of the document: no new version, and the subject's answer does not make System
    // the document's last modifier (as RetentionApplier writes its computed values).
    private void write(NodeRef document, Map<QName, Serializable> values) {
        behaviourFilter.disableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
        behaviourFilter.disableBehaviour(document, ContentModel.ASPECT_VERSIONABLE);
        try {
            nodeService.addProperties(document, values);
        } finally {
            behaviourFilter.enableBehaviour(document, ContentModel.ASPECT_VERSIONABLE);
            behaviourFilter.enableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
        }
    }

    private Optional<Read> read(NodeRef document) {
        if (document == null || !nodeService.exists(document)
                || !nodeService.hasAspect(document, RetentionModel.ASPECT_RETAINABLE)) {
            return Optional.empty();
        }
        Map<QName, Serializable> properties = nodeService.getProperties(document);
        String code = text(properties.get(RetentionModel.PROP_RETENTION_TYPE));
        Optional<RetentionType> type = code == null ? Optional.empty() : catalogue.current().find(code);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        RetentionFacts facts = new RetentionFacts(DocumentId.of(document.toString()), type.get(),
                RepositoryDates.toLocalDate(properties.get(RetentionModel.PROP_RETENTION_START), zone()),
                grantedExtensions(properties.get(RetentionModel.PROP_GRANTED_EXTENSIONS)),
                heldAncestors.isHeld(document), false);
        return Optional.of(new Read(properties, facts));
    }

    private static List<RetentionPeriod> grantedExtensions(Serializable value) {
        Collection<?> values = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
        return values.stream().filter(Objects::nonNull)
                .map(period -> RetentionPeriod.parse("grantedExtensions", period.toString())).toList();
    }

    private static ConsentState consentState(Serializable value) {
        if (value == null) {
            return ConsentState.NONE;
        }
        try {
            return ConsentState.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            return ConsentState.NONE;
        }
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }

    private record Read(Map<QName, Serializable> properties, RetentionFacts facts) {
    }

    /** A document as the consent page shows it: never its name. */
    public record DocumentKind(String kind, LocalDate expiryDate) {
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }
}
