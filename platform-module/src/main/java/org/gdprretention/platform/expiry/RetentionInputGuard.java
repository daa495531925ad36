package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.guard.HandEditGuard;
import org.gdprretention.platform.guard.HandEditGuard.Writer;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.security.GdprOfficers;
import org.springframework.beans.factory.InitializingBean;

/**
 * Keeps the inputs of retention (a document's type, start, granted extensions and data subject; a dossier's data
 * subject and end of relationship) out of the hands of whoever merely has Write: they decide when the repository
 * itself destroys documents and to whom it mails consent requests (with their tokens).
 * <ul>
 * <li>Setting them the first time is anyone's (a document created with its inputs, a start that was pending, a new
 * dossier). Changing values already set, a document's subject included, and any change of a dossier that already
 * holds documents (adding {@code gdpr:dataSubject} to such a folder too) is for GDPR officers and administrators.</li>
 * <li>An explicit {@code gdpr:retentionStart} before the document's creation is refused, and
 * {@code gdpr:grantedExtensions} must match the document's contact moments and its type's rules
 * ({@link GrantedExtensionsCheck}), whoever writes them.</li>
 * <li>Every change of values already set is an audit entry {@value RetentionInputChange#AUDIT_ACTION}.</li>
 * </ul>
 * The module's own writes pass: those made as the system user and the applier's computed values. Bound EVERY_EVENT:
 * the refusal must fail the request that made the change, before anything is written after it.
 */
public class RetentionInputGuard implements NodeServicePolicies.OnUpdatePropertiesPolicy,
        NodeServicePolicies.BeforeAddAspectPolicy, NodeServicePolicies.OnAddAspectPolicy, InitializingBean {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private AuthorityService authorityService;
    private RetentionApplier applier;
    private RepositoryAuditLog auditLog;

    private GdprOfficers officers;
    private GrantedExtensionsCheck extensions;
    private HandEditGuard guard;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "applier", applier);
        PropertyCheck.mandatory(this, "auditLog", auditLog);
        officers = new GdprOfficers(authorityService);
        extensions = new GrantedExtensionsCheck(nodeService);
        // The run-as user: whatever runs as System (a rule's action included) is the repository's; plus the
        // applier's own writes of the computed values.
        guard = new HandEditGuard(policyComponent, this, Writer.RUN_AS, applier::isApplying);
        guard.bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, RetentionModel.ASPECT_RETAINABLE,
                "onUpdateProperties");
        guard.bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, RetentionModel.ASPECT_DATA_SUBJECT,
                "onUpdateDossierProperties");
        guard.bind(NodeServicePolicies.OnAddAspectPolicy.QNAME, RetentionModel.ASPECT_RETAINABLE, "onAddAspect");
        // addAspect(folder, gdpr:dataSubject, properties) reports no property update to a gdpr:dataSubject
        // behaviour (ACS fires it before the aspect is on the node): a dossier in use is guarded before the add.
        guard.bind(NodeServicePolicies.BeforeAddAspectPolicy.QNAME, RetentionModel.ASPECT_DATA_SUBJECT,
                "beforeAddAspect");
        guard.bind(NodeServicePolicies.OnAddAspectPolicy.QNAME, RetentionModel.ASPECT_DATA_SUBJECT, "onAddAspect");
    }

    /** A write of a retainable document's properties, its own {@code gdpr:dataSubject} included. */
    @Override
    public void onUpdateProperties(NodeRef document, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (guard.isModuleWrite(document) || !nodeService.exists(document)) {
            return;
        }
        guardOriginalCreated(document, before, after);
        guardDocument(document, before, after);
    }

    /**
     * A write of the properties of a node with {@code gdpr:dataSubject}. ACS calls both bindings for a retainable
     * document that has the aspect too; {@link #onUpdateProperties} guards that one.
     */
    public void onUpdateDossierProperties(NodeRef node, Map<QName, Serializable> before,
            Map<QName, Serializable> after) {
        if (guard.isModuleWrite(node) || !nodeService.exists(node)
                || nodeService.hasAspect(node, RetentionModel.ASPECT_RETAINABLE)) {
            return;
        }
        guardDossier(node, before, after);
    }

    @Override
    public void beforeAddAspect(NodeRef node, QName aspect) {
        if (guard.isModuleWrite(node) || !nodeService.exists(node) || !isDossierInUse(node)) {
            return;
        }
        requireOfficer(node, Set.of(RetentionModel.ASPECT_DATA_SUBJECT), "add");
    }

    @Override
    public void onAddAspect(NodeRef node, QName aspect) {
        if (guard.isModuleWrite(node) || !nodeService.exists(node)) {
            return;
        }
        if (RetentionModel.ASPECT_RETAINABLE.equals(aspect)) {
            // The aspect (and with it every input) is new on this node: a first setting, still checked.
            Map<QName, Serializable> properties = nodeService.getProperties(node);
            guardOriginalCreated(node, Map.of(), properties);
            validate(node, Map.of(), properties, RetentionInputChange.of(RetentionInputChange.DOCUMENT_INPUTS,
                    Map.of(), properties));
        } else if (!nodeService.hasAspect(node, RetentionModel.ASPECT_RETAINABLE) && isDossierInUse(node)) {
            // beforeAddAspect let an officer through: the dossier's documents now have these inputs.
            RetentionInputChange change = RetentionInputChange.of(RetentionInputChange.DOSSIER_INPUTS, Map.of(),
                    nodeService.getProperties(node));
            if (!change.isEmpty()) {
                audit(node, change);
            }
        }
    }

    private void guardDocument(NodeRef document, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        RetentionInputChange change = RetentionInputChange.of(RetentionInputChange.DOCUMENT_INPUTS, before, after);
        if (change.isEmpty()) {
            return;
        }
        validate(document, before, after, change);
        if (change.changesSetValues()) {
            requireOfficer(document, change.changed(), "change");
            audit(document, change);
        }
    }

    // A copy's gdpr:originalCreated moves its clock's start back to the original's creation: a client that could
    // write it could backdate any document. Only ACS's copy of a retained document (granted in CopyOrigins) and the
    // module write it; nobody else, officers included.
    private void guardOriginalCreated(NodeRef document, Map<QName, Serializable> before,
            Map<QName, Serializable> after) {
        Serializable value = after.get(RetentionModel.PROP_ORIGINAL_CREATED);
        if (Objects.equals(before.get(RetentionModel.PROP_ORIGINAL_CREATED), value)
                || CopyOrigins.isGranted(document, RetentionModel.PROP_ORIGINAL_CREATED, value)) {
            return;
        }
        throw new AccessDeniedException(RetentionInputChange.prefixed(RetentionModel.PROP_ORIGINAL_CREATED)
                + " of " + document + " is set by the repository when a document is copied, not by "
                + guard.writer());
    }

    private void guardDossier(NodeRef dossier, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        RetentionInputChange change = RetentionInputChange.of(RetentionInputChange.DOSSIER_INPUTS, before, after);
        if (change.isEmpty()) {
            return;
        }
        if (change.changesSetValues() || isDossierInUse(dossier)) {
            requireOfficer(dossier, change.changed(), "change");
            audit(dossier, change);
        }
    }

    private void validate(NodeRef document, Map<QName, Serializable> before, Map<QName, Serializable> after,
            RetentionInputChange change) {
        Optional<RetentionType> type = typeOf(after);
        if (type.isEmpty()) {
            return; // no type, or an unknown one, which RetainableBehaviour refuses with its own message
        }
        if (change.changed().contains(RetentionModel.PROP_RETENTION_START)
                && type.get().startTrigger() instanceof StartTrigger.ExplicitDate) {
            checkNotBeforeCreation(document, after);
        }
        // A copy carries its original's granted extensions over (their moments follow once the copy is complete).
        if (change.changed().contains(RetentionModel.PROP_GRANTED_EXTENSIONS) && !CopyOrigins.isGranted(document,
                RetentionModel.PROP_GRANTED_EXTENSIONS, after.get(RetentionModel.PROP_GRANTED_EXTENSIONS))) {
            extensions.check(document, type.get(), before.get(RetentionModel.PROP_GRANTED_EXTENSIONS),
                    after.get(RetentionModel.PROP_GRANTED_EXTENSIONS));
        }
    }

    // Only an explicit start is the client's: for other triggers the applier computes the start (a dossier's end
    // of relationship may well lie before the document was scanned) and overwrites whatever a client wrote.
    private void checkNotBeforeCreation(NodeRef document, Map<QName, Serializable> after) {
        ZoneId zone = applier.zone();
        LocalDate start = RepositoryDates.toLocalDate(after.get(RetentionModel.PROP_RETENTION_START), zone);
        Serializable createdValue = after.get(ContentModel.PROP_CREATED);
        if (createdValue == null) {
            createdValue = nodeService.getProperty(document, ContentModel.PROP_CREATED);
        }
        // A copy's content was created when its original was: its explicit start may lie before the copy was made.
        LocalDate created = RepositoryDates.toLocalDate(
                CopyOrigins.earliest(after.get(RetentionModel.PROP_ORIGINAL_CREATED), createdValue), zone);
        if (start != null && created != null && start.isBefore(created)) {
            throw new InvalidRetentionInputException(RetentionModel.PREFIX + ":retentionStart", start,
                    "lies before the document was created (" + created + "): a retention start cannot be backdated");
        }
    }

    private Optional<RetentionType> typeOf(Map<QName, Serializable> properties) {
        Serializable code = properties.get(RetentionModel.PROP_RETENTION_TYPE);
        return code == null ? Optional.empty() : applier.currentCatalogue().find(code.toString());
    }

    /**
     * Whether the folder's data subject already reaches documents: it holds something. Read as the system user,
     * so that a child the writer cannot see still counts.
     */
    private boolean isDossierInUse(NodeRef folder) {
        return AuthenticationUtil.runAsSystem(() -> !nodeService.getChildAssocs(folder, ContentModel.ASSOC_CONTAINS,
                RegexQNamePattern.MATCH_ALL, 1, false).isEmpty());
    }

    // The run-as user is never the system user here: the guard's writer passed those writes as the module's own.
    private void requireOfficer(NodeRef node, Set<QName> names, String verb) {
        String properties = names.stream().map(RetentionInputChange::prefixed).sorted()
                .collect(Collectors.joining(", "));
        officers.require(guard.writer(), verb + " " + properties + " on " + node + " once retention depends on it");
    }

    private void audit(NodeRef node, RetentionInputChange change) {
        auditLog.append(guard.writer(), RetentionInputChange.AUDIT_ACTION, node.toString(),
                change.auditDetails(applier.zone()));
    }

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setApplier(RetentionApplier applier) {
        this.applier = applier;
    }

    public void setAuditLog(RepositoryAuditLog auditLog) {
        this.auditLog = auditLog;
    }
}
