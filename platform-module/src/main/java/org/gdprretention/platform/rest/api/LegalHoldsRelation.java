package org.gdprretention.platform.rest.api;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.rest.framework.core.exceptions.RelationshipResourceNotFoundException;
import org.alfresco.rest.framework.resource.RelationshipResource;
import org.alfresco.rest.framework.resource.actions.interfaces.RelationshipResourceAction;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.rest.JsonBodies;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.hold.LegalHoldService;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.overview.RetentionOverview;
import org.gdprretention.platform.rest.NodeIds;
import org.gdprretention.platform.rest.QueryParams;
import org.gdprretention.platform.rest.RestErrors;
import org.gdprretention.platform.rest.RetentionEntities;
import org.gdprretention.platform.rest.model.EntryValues;
import org.gdprretention.platform.rest.model.LegalHold;
import org.gdprretention.platform.security.GdprOfficers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * {@code POST /retentions/{nodeId}/legal-holds} places a hold (reason required; 409 when one is already placed);
 * {@code DELETE /retentions/{nodeId}/legal-holds/current} lifts it (204; 404 when there is none). Officers and
 * administrators only, through {@link LegalHoldService}, which records the contact moment and the audit entry.
 */
@RelationshipResource(name = "legal-holds", entityResource = RetentionsEntityResource.class,
        title = "The legal hold of a document")
public class LegalHoldsRelation implements RelationshipResourceAction.Create<LegalHold>,
        RelationshipResourceAction.Delete, InitializingBean {

    /** The id of the one hold a document can have. */
    public static final String CURRENT = "current";
    public static final int MAX_REASON = 1000;

    private static final Logger LOGGER = LoggerFactory.getLogger(LegalHoldsRelation.class);

    private LegalHoldService legalHoldService;
    private RetentionOverview overview;
    private NodeService nodeService;
    private PermissionService permissionService;
    private AuthorityService authorityService;
    private RetentionStatusEvaluator statusEvaluator;
    private GdprOfficers officers;
    private RetentionEntities entities;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "legalHoldService", legalHoldService);
        PropertyCheck.mandatory(this, "overview", overview);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "permissionService", permissionService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
        officers = new GdprOfficers(authorityService);
        ZoneId zone = statusEvaluator.calculator().zone();
        entities = new RetentionEntities(nodeService, permissionService, zone);
    }

    @Override
    public List<LegalHold> create(String nodeId, List<LegalHold> entity, Parameters parameters) {
        requireOfficer();
        QueryParams.of(parameters).allowOnly(Set.of());
        JsonBodies.require(parameters);
        NodeRef node = NodeIds.parse(nodeId, "nodeId");
        if (entity == null || entity.size() != 1 || entity.get(0) == null) {
            throw RestErrors.invalid("oneHold");
        }
        String reason = QueryParams.checkedText("reason", entity.get(0).getReason(), MAX_REASON);
        if (reason == null || reason.isBlank()) {
            throw RestErrors.invalid("reasonRequired");
        }
        readableRetention(nodeId, node);
        boolean placed;
        try {
            placed = legalHoldService.placeHold(node, reason);
        } catch (InvalidRetentionInputException e) {
            throw RestErrors.invalid("holdRefused", e.getMessage());
        } catch (AccessDeniedException e) {
            throw RestErrors.officersOnly();
        }
        if (!placed) {
            throw RestErrors.refused("alreadyHeld");
        }
        return List.of(hold(node));
    }

    @Override
    public void delete(String nodeId, String id, Parameters parameters) {
        requireOfficer();
        String reason = QueryParams.of(parameters).allowOnly(Set.of("reason")).text("reason");
        NodeRef node = NodeIds.parse(nodeId, "nodeId");
        if (!CURRENT.equals(id)) {
            throw new RelationshipResourceNotFoundException(nodeId, id);
        }
        readableRetention(nodeId, node);
        boolean lifted;
        try {
            lifted = legalHoldService.liftHold(node);
        } catch (AccessDeniedException e) {
            throw RestErrors.officersOnly();
        }
        if (!lifted) {
            throw new RelationshipResourceNotFoundException(nodeId, id);
        }
        LOGGER.info("Legal hold on {} lifted by {}{}", node, GdprOfficers.currentPerson(),
                reason == null ? "" : " (" + reason.replaceAll("[\\r\\n]", " ") + ")");
    }

    private void requireOfficer() {
        if (!officers.includes(GdprOfficers.currentPerson())) {
            throw RestErrors.officersOnly();
        }
    }

    // The same 404 for a document that is not there, not retainable or not readable: the answer says nothing more.
    private void readableRetention(String nodeId, NodeRef node) {
        if (overview.row(node).isEmpty()) {
            throw RestErrors.notFound(nodeId);
        }
    }

    private LegalHold hold(NodeRef node) {
        Map<org.alfresco.service.namespace.QName, Serializable> properties = nodeService.getProperties(node);
        LegalHold hold = new LegalHold();
        Serializable reason = properties.get(RetentionModel.PROP_HOLD_REASON);
        Serializable since = properties.get(RetentionModel.PROP_HOLD_SINCE);
        Serializable by = properties.get(RetentionModel.PROP_HOLD_BY);
        hold.setReason(EntryValues.text(reason));
        hold.setSince(since instanceof Date date ? entities.moment(date.toInstant()) : null);
        hold.setBy(EntryValues.text(by));
        return hold;
    }

    public void setLegalHoldService(LegalHoldService legalHoldService) {
        this.legalHoldService = legalHoldService;
    }

    public void setOverview(RetentionOverview overview) {
        this.overview = overview;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }
}
