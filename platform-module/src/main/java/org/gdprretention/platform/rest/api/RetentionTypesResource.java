package org.gdprretention.platform.rest.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.rest.JsonBodies;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.catalogue.RetentionTypeDefinitionMapper;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.model.RetentionTypeEntry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * {@code /retention-types}: the catalogue. Anyone may read it (labels in the caller's locale; every label with
 * {@code include=labels}); officers create and update types. A change is written as the definition node the
 * catalogue keeps, so the catalogue's own behaviour checks it again, marks the catalogue changed for every server,
 * and recomputes the documents of a type whose rules changed, exactly as an edit in Share's Data Dictionary does.
 * The engine checks the values first: bad input is a 400 and nothing is written.
 */
@EntityResource(name = "retention-types", title = "Retention types of the catalogue")
public class RetentionTypesResource implements EntityResourceAction.Read<RetentionTypeEntry>,
        EntityResourceAction.ReadById<RetentionTypeEntry>, EntityResourceAction.Create<RetentionTypeEntry>,
        EntityResourceAction.Update<RetentionTypeEntry>, InitializingBean {

    static final String INCLUDE_LABELS = "labels";
    private static final java.util.Set<String> STORED_LANGUAGES = java.util.Set.of("en", "nl");
    /** The catalogue is small (tens of types); a page of all of them is allowed. */
    static final int MAX_ITEMS = 1000;

    private RepositoryRetentionCatalogue catalogue;
    private RetentionTypeDefinitionMapper mapper;
    private RetentionFolders folders;
    private NodeService nodeService;
    private AdminAccess access;
    private AdminAudit audit;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "catalogue", catalogue);
        PropertyCheck.mandatory(this, "mapper", mapper);
        PropertyCheck.mandatory(this, "folders", folders);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "access", access);
        PropertyCheck.mandatory(this, "audit", audit);
    }

    @Override
    public CollectionWithPagingInfo<RetentionTypeEntry> readAll(Parameters parameters) {
        AdminParameters.acceptOnly(parameters);
        AdminParameters.noOrderBy(parameters);
        var paging = AdminParameters.paging(parameters, MAX_ITEMS);
        boolean allLabels = AdminParameters.includes(parameters, INCLUDE_LABELS, INCLUDE_LABELS);
        Locale locale = I18NUtil.getLocale();
        List<RetentionTypeEntry> entries = new ArrayList<>();
        for (RetentionType type : catalogue.current().all()) {
            entries.add(entry(type, locale, allLabels));
        }
        return AdminParameters.page(entries, paging);
    }

    @Override
    public RetentionTypeEntry readById(String code, Parameters parameters) {
        AdminParameters.acceptOnly(parameters);
        boolean allLabels = AdminParameters.includes(parameters, INCLUDE_LABELS, INCLUDE_LABELS);
        return entry(find(catalogue.current(), code), I18NUtil.getLocale(), allLabels);
    }

    /** Creates every type of the body, or none: all are checked against the catalogue before the first is written. */
    @Override
    public List<RetentionTypeEntry> create(List<RetentionTypeEntry> bodies, Parameters parameters) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        JsonBodies.require(parameters);
        if (bodies == null || bodies.isEmpty()) {
            throw new InvalidArgumentException(AdminMessages.BODY_MISSING);
        }
        RetentionCatalogue current = catalogue.current();
        List<RetentionType> created = new ArrayList<>();
        for (RetentionTypeEntry body : bodies) {
            RetentionType type = engineChecked(() -> newType(AdminParameters.required(body)));
            if (current.find(type.code()).isPresent()) {
                throw new ConstraintViolatedException(AdminMessages.RETENTION_TYPE_EXISTS);
            }
            current = engineChecked(() -> currentWith(created, type));
            created.add(type);
        }
        NodeRef folder = AuthenticationUtil.runAsSystem(() -> folders.folder(RetentionFolders.RETENTION_TYPES_NAME)
                .orElseThrow(() -> new EntityNotFoundException(AdminMessages.CATALOGUE_MISSING, new String[0])));
        Locale locale = I18NUtil.getLocale();
        List<RetentionTypeEntry> answer = new ArrayList<>();
        for (RetentionType type : created) {
            // As the system user after the officer check: officers need not have write access to Data Dictionary.
            AuthenticationUtil.runAsSystem(() -> {
                Map<QName, Serializable> properties = new LinkedHashMap<>(mapper.toProperties(type));
                properties.put(ContentModel.PROP_NAME, type.code());
                return nodeService.createNode(folder, ContentModel.ASSOC_CONTAINS,
                        QName.createQName(RetentionModel.NAMESPACE_URI, type.code()),
                        RetentionModel.TYPE_RETENTION_TYPE_DEFINITION, properties);
            });
            audit.record("rest.retention-type.create", type.code(), auditDetails(type));
            answer.add(entry(type, locale, true));
        }
        return answer;
    }

    /**
     * Changes the fields the body names and keeps the others. The code cannot change (documents refer to it); a body
     * that names another code is refused.
     */
    @Override
    public RetentionTypeEntry update(String code, RetentionTypeEntry body, Parameters parameters) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        JsonBodies.require(parameters);
        AdminParameters.required(body);
        RetentionType existing = find(catalogue.current(), code);
        if (body.getCode() != null && !body.getCode().trim().equals(existing.code())) {
            throw new InvalidArgumentException(AdminMessages.CODE_MISMATCH,
                    new Object[] {existing.code()});
        }
        RetentionType updated = engineChecked(() -> changed(existing, body));
        NodeRef definition = catalogue.findDefinition(existing.code())
                .orElseThrow(() -> new EntityNotFoundException(AdminMessages.RETENTION_TYPE_NOT_FOUND,
                        new String[] {existing.code()}));
        AuthenticationUtil.runAsSystem(() -> {
            nodeService.addProperties(definition, mapper.toProperties(updated));
            return null;
        });
        audit.record("rest.retention-type.update", updated.code(), auditDetails(updated));
        return entry(updated, I18NUtil.getLocale(), true);
    }

    private RetentionCatalogue currentWith(List<RetentionType> created, RetentionType type) {
        RetentionCatalogue catalogueSoFar = catalogue.current();
        for (RetentionType earlier : created) {
            catalogueSoFar = catalogueSoFar.with(earlier);
        }
        return catalogueSoFar.with(type);
    }

    private static RetentionType find(RetentionCatalogue current, String code) {
        return current.find(code).filter(type -> type.code().equals(code))
                .orElseThrow(() -> new EntityNotFoundException(AdminMessages.RETENTION_TYPE_NOT_FOUND,
                        new String[] {AdminParameters.abbreviate(code)}));
    }

    private static RetentionType newType(RetentionTypeEntry body) {
        storedLanguagesOnly(body.getLabels());
        RetentionType.Builder builder = RetentionType.builder()
                .code(body.getCode())
                .labels(body.getLabels())
                .period(required("period", body.getPeriod()))
                .startTrigger(required("startTrigger", body.getStartTrigger()))
                .category(required("category", body.getCategory()));
        return optionals(builder, body).build();
    }

    private static RetentionType changed(RetentionType existing, RetentionTypeEntry body) {
        RetentionType.Builder builder = existing.toBuilder();
        storedLanguagesOnly(body.getLabels());
        if (body.getLabels() != null) {
            builder.labels(body.getLabels());
        }
        if (body.getPeriod() != null) {
            builder.period(body.getPeriod());
        }
        if (body.getStartTrigger() != null) {
            builder.startTrigger(body.getStartTrigger());
        }
        if (body.getCategory() != null) {
            builder.category(body.getCategory());
        }
        return optionals(builder, body).build();
    }

    private static RetentionType.Builder optionals(RetentionType.Builder builder, RetentionTypeEntry body) {
        if (body.getExtendable() != null) {
            builder.extendable(body.getExtendable());
        }
        if (body.getExtensionPeriod() != null) {
            builder.extensionPeriod(body.getExtensionPeriod());
        }
        if (body.getMaxExtensions() != null) {
            builder.maxExtensions(body.getMaxExtensions());
        }
        if (body.getConsentLeadDays() != null) {
            builder.consentLeadDays(body.getConsentLeadDays());
        }
        if (body.getDisposalMode() != null) {
            builder.disposalMode(body.getDisposalMode());
        }
        return builder;
    }

    // A definition node keeps an English and a Dutch label; a label in another language would be answered now and
    // lost on the next reading.
    private static void storedLanguagesOnly(Map<String, String> labels) {
        if (labels != null && !STORED_LANGUAGES.containsAll(labels.keySet())) {
            throw new InvalidRetentionInputException("labels", labels.keySet(), "only en and nl labels are kept");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRetentionInputException(field, value, "is required");
        }
        return value;
    }

    /** The engine's refusal (a bad value, a code in use) as the framework's 400 naming the field. */
    private static <T> T engineChecked(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidRetentionInputException e) {
            throw AdminParameters.invalid(e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw AdminParameters.invalid("body", e.getMessage());
        }
    }

    static RetentionTypeEntry entry(RetentionType type, Locale locale, boolean allLabels) {
        RetentionTypeEntry entry = new RetentionTypeEntry();
        entry.setCode(type.code());
        entry.withLabel(type.label(locale));
        if (allLabels) {
            entry.setLabels(new LinkedHashMap<>(type.labels()));
        }
        entry.setPeriod(type.period().toString());
        entry.setStartTrigger(type.startTrigger().toText());
        entry.setCategory(type.category().name());
        entry.setExtendable(type.extendable());
        entry.setExtensionPeriod(type.extensionPeriod().toString());
        entry.setMaxExtensions(type.maxExtensions());
        entry.setConsentLeadDays(type.consentLeadDays());
        entry.setDisposalMode(type.disposalMode().name());
        return entry;
    }

    private static Map<String, String> auditDetails(RetentionType type) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("period", type.period().toString());
        details.put("startTrigger", type.startTrigger().toText());
        details.put("category", type.category().name());
        details.put("extendable", Boolean.toString(type.extendable()));
        details.put("maxExtensions", Integer.toString(type.maxExtensions()));
        details.put("consentLeadDays", Integer.toString(type.consentLeadDays()));
        details.put("disposalMode", type.disposalMode().name());
        return details;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setMapper(RetentionTypeDefinitionMapper mapper) {
        this.mapper = mapper;
    }

    public void setFolders(RetentionFolders folders) {
        this.folders = folders;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setAccess(AdminAccess access) {
        this.access = access;
    }

    public void setAudit(AdminAudit audit) {
        this.audit = audit;
    }
}
