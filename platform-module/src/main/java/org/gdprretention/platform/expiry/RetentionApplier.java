package org.gdprretention.platform.expiry;

import static org.gdprretention.platform.model.RetentionModel.PROP_CATEGORY;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXPIRY_DATE;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_START;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.model.RetentionModel.PROP_STATUS;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_EMAIL;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_NAME;
import static org.gdprretention.platform.model.RetentionModel.PROP_TEMPLATE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TEMPLATE_REF;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.binding.BindingResolver;
import org.gdprretention.core.binding.BindingSource;
import org.gdprretention.core.binding.ResolvedBinding;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionState;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.hold.HeldAncestors;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * The one place where a document's retention is computed and written: it reads the document (and its dossier),
 * lets the engine resolve the binding and compute start, expiry date, status and category, and writes the
 * {@code gdpr:retainable} properties. Only values that differ are written, so applying twice changes nothing.
 */
public class RetentionApplier implements InitializingBean {

    public static final String PARAM_START_DATE_PROPERTY_FIELD = "start-date-property";

    private NodeService nodeService;
    private NamespaceService namespaceService;
    private RepositoryRetentionCatalogue catalogue;
    private RetentionStatusEvaluator statusEvaluator;
    private Clock clock;
    private BehaviourFilter behaviourFilter;

    private final ReentranceGuard guard = new ReentranceGuard();
    private RetentionStartResolver startResolver;
    private HeldAncestors heldAncestors;
    private DataSubjectResolver subjectResolver;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "namespaceService", namespaceService);
        PropertyCheck.mandatory(this, "catalogue", catalogue);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
        PropertyCheck.mandatory(this, "clock", clock);
        PropertyCheck.mandatory(this, "behaviourFilter", behaviourFilter);
        DossierLocator dossiers = new DossierLocator(nodeService);
        startResolver = new RetentionStartResolver(namespaceService, dossiers);
        subjectResolver = new DataSubjectResolver(nodeService, dossiers);
        heldAncestors = new HeldAncestors(nodeService);
    }

    /** A document created from a template bound to {@code templateCode}; the template is recorded on it. */
    public void applyFromTemplate(NodeRef document, String templateCode, String templateName, NodeRef template) {
        Map<QName, Serializable> templateValues = new HashMap<>();
        templateValues.put(PROP_TEMPLATE, templateName);
        templateValues.put(PROP_TEMPLATE_REF, template);
        apply(document, (current, types) -> BindingResolver.resolve(current, templateCode, null, types), null,
                templateValues);
    }

    /**
     * A folder rule's retention type. A type the document already has (set by hand or from its template) wins,
     * as the engine's binding precedence says. {@code startDateProperty}, when given, names the date property
     * (on the document or its dossier) that becomes the explicit start; only EXPLICIT_DATE types take one.
     */
    public void applyFromRule(NodeRef document, String ruleCode, String startDateProperty) {
        apply(document, (current, types) -> BindingResolver.resolve(current, null, ruleCode, types),
                blankToNull(startDateProperty), Map.of());
    }

    /** Recomputes from the document's own retention type; a document without one is left alone. */
    public void recompute(NodeRef document) {
        apply(document, (current, types) -> BindingResolver.resolve(current, null, null, types), null, Map.of());
    }

    /** The catalogue the applier computes with, as the current transaction sees it. */
    RetentionCatalogue currentCatalogue() {
        return catalogue.current();
    }

    /** The zone retention dates are days in. */
    ZoneId zone() {
        return statusEvaluator.calculator().zone();
    }

    /** Whether this thread is writing {@code node}'s computed properties right now. */
    public boolean isApplying(NodeRef node) {
        return guard.isActive(node);
    }

    /**
     * Whether a change of {@code changed} properties means {@link #recompute} must run for a document of type
     * {@code code}: an input changed (the type, an explicit start, the granted extensions, the data subject, or the
     * type's start property), or somebody other than this applier wrote a computed value (expiry date, status,
     * category), e.g. a CMIS client: recomputing puts the rule's value back, so retention cannot be shortened or
     * lengthened by editing the result.
     */
    public boolean affectsRetention(String code, Set<QName> changed) {
        if (changed.contains(PROP_EXPIRY_DATE) || changed.contains(PROP_STATUS) || changed.contains(PROP_CATEGORY)
                || changed.contains(RetentionModel.PROP_GRANTED_EXTENSIONS)) {
            return true;
        }
        if (changed.contains(PROP_RETENTION_TYPE) || changed.contains(PROP_RETENTION_START)
                || changed.contains(RetentionModel.PROP_DATA_SUBJECT_ID)
                || changed.contains(RetentionModel.PROP_DATA_SUBJECT_EMAIL)
                || changed.contains(RetentionModel.PROP_DATA_SUBJECT_NAME)
                || changed.contains(RetentionModel.PROP_DATA_SUBJECT_LANGUAGE)
                || changed.contains(RetentionModel.PROP_ORIGINAL_CREATED)) {
            return true;
        }
        Optional<RetentionType> type = catalogue.current().find(code);
        return type.isPresent() && type.get().startTrigger() instanceof StartTrigger.DateProperty property
                && changed.contains(startResolver.propertyName(property.propertyName()));
    }

    private void apply(NodeRef document, BindingRule rule, String startDateProperty,
            Map<QName, Serializable> extraValues) {
        if (!nodeService.exists(document)) {
            return;
        }
        Map<QName, Serializable> properties = nodeService.getProperties(document);
        RetentionCatalogue types = catalogue.current();
        ResolvedBinding binding = rule.resolve(text(properties.get(PROP_RETENTION_TYPE)), types);
        if (!binding.isBound()) {
            return;
        }
        RetentionType type = types.require(binding.code());
        ZoneId zone = statusEvaluator.calculator().zone();
        LocalDate start = start(document, properties, type, binding, startDateProperty, zone);
        RetentionFacts facts = new RetentionFacts(DocumentId.of(document.toString()), type, start,
                grantedExtensions(properties), heldAncestors.isHeld(document), false);
        RetentionState state = statusEvaluator.evaluate(facts, clock.instant());

        Map<QName, Serializable> values = new LinkedHashMap<>();
        values.put(PROP_RETENTION_TYPE, type.code());
        values.put(PROP_RETENTION_START, RepositoryDates.toDate(start, zone));
        values.put(PROP_EXPIRY_DATE, RepositoryDates.toDate(state.expiryDate(), zone));
        values.put(PROP_STATUS, state.status().name());
        values.put(PROP_CATEGORY, type.category().name());
        values.put(RetentionModel.PROP_COMPUTED_RULES, ComputedRules.of(type));
        subjectResolver.resolve(document, properties).ifPresent(subject -> {
            values.put(PROP_SUBJECT_ID, subject.id());
            values.put(PROP_SUBJECT_EMAIL, subject.email());
            values.put(PROP_SUBJECT_NAME, subject.name());
            values.put(RetentionModel.PROP_SUBJECT_LANGUAGE, subject.language());
        });
        values.putAll(extraValues);
        write(document, properties, values);
    }

    private LocalDate start(NodeRef document, Map<QName, Serializable> properties, RetentionType type,
            ResolvedBinding binding, String startDateProperty, ZoneId zone) {
        if (startDateProperty != null && binding.source() == BindingSource.FOLDER_RULE) {
            if (!(type.startTrigger() instanceof StartTrigger.ExplicitDate)) {
                throw new InvalidRetentionInputException(PARAM_START_DATE_PROPERTY_FIELD, startDateProperty,
                        "only applies to retention types whose start trigger is EXPLICIT_DATE; " + type.code()
                                + " starts at " + type.startTrigger().toText());
            }
            return startResolver.fromDocumentOrDossier(document, properties,
                    startResolver.propertyName(startDateProperty), zone);
        }
        return startResolver.resolve(document, properties, type.startTrigger(), zone);
    }

    // The computed values are bookkeeping, not an edit of the document: with the cm:auditable and cm:versionable
    // behaviours left on, a recompute run as the system user would make System the last modifier of every document
    // of a type, and with autoVersionOnUpdateProps a new version of each. Disabled for this node only, and enabled
    // again whatever happens.
    private void write(NodeRef document, Map<QName, Serializable> current, Map<QName, Serializable> values) {
        behaviourFilter.disableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
        behaviourFilter.disableBehaviour(document, ContentModel.ASPECT_VERSIONABLE);
        try {
            writeValues(document, current, values);
        } finally {
            behaviourFilter.enableBehaviour(document, ContentModel.ASPECT_VERSIONABLE);
            behaviourFilter.enableBehaviour(document, ContentModel.ASPECT_AUDITABLE);
        }
    }

    private void writeValues(NodeRef document, Map<QName, Serializable> current, Map<QName, Serializable> values) {
        guard.run(document, () -> {
            if (!nodeService.hasAspect(document, RetentionModel.ASPECT_RETAINABLE)) {
                nodeService.addAspect(document, RetentionModel.ASPECT_RETAINABLE, new HashMap<>(values));
                return;
            }
            Map<QName, Serializable> changed = new HashMap<>();
            values.forEach((name, value) -> {
                if (!Objects.equals(current.get(name), value)) {
                    changed.put(name, value);
                }
            });
            if (!changed.isEmpty()) {
                nodeService.addProperties(document, changed);
            }
        });
    }

    private static List<RetentionPeriod> grantedExtensions(Map<QName, Serializable> properties) {
        Serializable value = properties.get(RetentionModel.PROP_GRANTED_EXTENSIONS);
        if (value instanceof Collection<?> periods) {
            return periods.stream().filter(Objects::nonNull)
                    .map(period -> RetentionPeriod.parse("grantedExtensions", period.toString())).toList();
        }
        return value == null ? List.of() : List.of(RetentionPeriod.parse("grantedExtensions", value.toString()));
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** How one kind of request picks the binding from the document's current type code. */
    @FunctionalInterface
    private interface BindingRule {
        ResolvedBinding resolve(String currentCode, RetentionCatalogue catalogue);
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setNamespaceService(NamespaceService namespaceService) {
        this.namespaceService = namespaceService;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }
}
