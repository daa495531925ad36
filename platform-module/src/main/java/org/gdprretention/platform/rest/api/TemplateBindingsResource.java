package org.gdprretention.platform.rest.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.rest.JsonBodies;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.model.EntryValues;
import org.gdprretention.platform.rest.model.RetentionTypeRef;
import org.gdprretention.platform.rest.model.TemplateBindingEntry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * {@code /template-bindings}: the node templates of Data Dictionary/Node Templates with the retention type a
 * document created from each gets. Anyone may list them (Share shows every user these templates); officers bind
 * ({@code PUT}) and unbind ({@code DELETE}). A binding applies to documents created from the template afterwards;
 * existing documents keep their type. Only a template in Node Templates can be bound: any other node is a 404.
 */
@EntityResource(name = "template-bindings", title = "Retention types of node templates")
public class TemplateBindingsResource implements EntityResourceAction.Read<TemplateBindingEntry>,
        EntityResourceAction.ReadById<TemplateBindingEntry>, EntityResourceAction.Update<TemplateBindingEntry>,
        EntityResourceAction.Delete, InitializingBean {

    /** The association name ACS gives Data Dictionary/Node Templates (its display name is translated). */
    static final QName NODE_TEMPLATES = QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "node_templates");
    static final int MAX_ITEMS = 1000;

    private NodeService nodeService;
    private RetentionFolders folders;
    private RepositoryRetentionCatalogue catalogue;
    private AdminAccess access;
    private AdminAudit audit;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "folders", folders);
        PropertyCheck.mandatory(this, "catalogue", catalogue);
        PropertyCheck.mandatory(this, "access", access);
        PropertyCheck.mandatory(this, "audit", audit);
    }

    @Override
    public CollectionWithPagingInfo<TemplateBindingEntry> readAll(Parameters parameters) {
        AdminParameters.acceptOnly(parameters);
        AdminParameters.noOrderBy(parameters);
        var paging = AdminParameters.paging(parameters, MAX_ITEMS);
        AdminParameters.includes(parameters, "none");
        RetentionCatalogue types = catalogue.current();
        Locale locale = I18NUtil.getLocale();
        List<TemplateBindingEntry> entries = new ArrayList<>();
        Optional<NodeRef> folder = templatesFolder();
        if (folder.isPresent()) {
            // As the caller: a template they cannot read is not listed.
            for (ChildAssociationRef child : nodeService.getChildAssocs(folder.get(), ContentModel.ASSOC_CONTAINS,
                    RegexQNamePattern.MATCH_ALL)) {
                entries.add(entry(child.getChildRef(), types, locale));
            }
        }
        entries.sort(Comparator.comparing(e -> String.valueOf(e.getName()).toLowerCase(Locale.ROOT)));
        return AdminParameters.page(entries, paging);
    }

    @Override
    public TemplateBindingEntry readById(String templateId, Parameters parameters) {
        AdminParameters.acceptOnly(parameters);
        return entry(template(templateId), catalogue.current(), I18NUtil.getLocale());
    }

    @Override
    public TemplateBindingEntry update(String templateId, TemplateBindingEntry body, Parameters parameters) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        JsonBodies.require(parameters);
        NodeRef template = template(templateId);
        String code = AdminParameters.text("retentionType", AdminParameters.required(body).requestedCode(), true);
        RetentionCatalogue types = catalogue.current();
        RetentionType type = types.find(code).filter(t -> t.code().equals(code))
                .orElseThrow(() -> AdminParameters.invalid("retentionType", "is not a retention type in the catalogue"));
        Serializable previous = AuthenticationUtil.runAsSystem(() -> {
            Serializable before = nodeService.getProperty(template, RetentionModel.PROP_BOUND_RETENTION_TYPE);
            // As the system user after the officer check: Node Templates is writable by administrators only.
            if (nodeService.hasAspect(template, RetentionModel.ASPECT_TEMPLATE_BINDING)) {
                nodeService.setProperty(template, RetentionModel.PROP_BOUND_RETENTION_TYPE, type.code());
            } else {
                Map<QName, Serializable> properties = Map.of(RetentionModel.PROP_BOUND_RETENTION_TYPE, type.code());
                nodeService.addAspect(template, RetentionModel.ASPECT_TEMPLATE_BINDING, properties);
            }
            return before;
        });
        Map<String, String> details = new LinkedHashMap<>();
        details.put("retentionType", type.code());
        details.put("previous", previous == null ? "" : previous.toString());
        audit.record("rest.template-binding.bind", template.toString(), details);
        return entry(template, types, I18NUtil.getLocale());
    }

    /** Unbinds the template; a template that is not bound stays as it is (204 all the same). */
    @Override
    public void delete(String templateId, Parameters parameters) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        NodeRef template = template(templateId);
        Serializable previous = AuthenticationUtil.runAsSystem(() -> {
            if (!nodeService.hasAspect(template, RetentionModel.ASPECT_TEMPLATE_BINDING)) {
                return null;
            }
            Serializable before = nodeService.getProperty(template, RetentionModel.PROP_BOUND_RETENTION_TYPE);
            nodeService.removeAspect(template, RetentionModel.ASPECT_TEMPLATE_BINDING);
            return before == null ? "" : before;
        });
        if (previous != null) {
            audit.record("rest.template-binding.unbind", template.toString(),
                    Map.of("previous", previous.toString()));
        }
    }

    /** The template with this id, if it is a node directly in Node Templates that the caller can read. */
    private NodeRef template(String templateId) {
        NodeRef node = AdminParameters.nodeRef(templateId);
        Optional<NodeRef> folder = templatesFolder();
        boolean inFolder = folder.isPresent() && AuthenticationUtil.runAsSystem(() -> nodeService.exists(node)
                && folder.get().equals(nodeService.getPrimaryParent(node).getParentRef()));
        if (!inFolder || !readable(node)) {
            throw new EntityNotFoundException(AdminMessages.TEMPLATE_NOT_FOUND, new String[] {templateId});
        }
        return node;
    }

    // As the caller, through the public NodeService: reading a property needs Read permission (getType and exists
    // do not, ACS lets anyone ask those).
    private boolean readable(NodeRef node) {
        try {
            nodeService.getProperty(node, ContentModel.PROP_NAME);
            return true;
        } catch (org.alfresco.repo.security.permissions.AccessDeniedException e) {
            return false;
        }
    }

    private Optional<NodeRef> templatesFolder() {
        return AuthenticationUtil.runAsSystem(() -> nodeService.getChildAssocs(folders.dataDictionary(),
                ContentModel.ASSOC_CONTAINS, NODE_TEMPLATES).stream().map(ChildAssociationRef::getChildRef)
                .findFirst());
    }

    private TemplateBindingEntry entry(NodeRef template, RetentionCatalogue types, Locale locale) {
        Map<QName, Serializable> properties = nodeService.getProperties(template);
        Serializable name = properties.get(ContentModel.PROP_NAME);
        Serializable code = properties.get(RetentionModel.PROP_BOUND_RETENTION_TYPE);
        RetentionTypeRef type = null;
        if (code != null && !code.toString().isBlank()) {
            // A code no longer in the catalogue is still shown, without a label: the binding needs attention.
            type = new RetentionTypeRef();
            type.setCode(code.toString());
            type.setLabel(types.find(code.toString()).map(t -> t.label(locale)).orElse(null));
        }
        return new TemplateBindingEntry(EntryValues.nodeId(template), EntryValues.text(name), type);
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setFolders(RetentionFolders folders) {
        this.folders = folders;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setAccess(AdminAccess access) {
        this.access = access;
    }

    public void setAudit(AdminAudit audit) {
        this.audit = audit;
    }
}
