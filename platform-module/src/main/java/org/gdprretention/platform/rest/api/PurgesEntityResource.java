package org.gdprretention.platform.rest.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.rest.JsonBodies;
import org.gdprretention.platform.disposal.PurgeOptions;
import org.gdprretention.platform.disposal.PurgeOutcome;
import org.gdprretention.platform.disposal.PurgeReport;
import org.gdprretention.platform.disposal.PurgeService;
import org.gdprretention.platform.rest.NodeIds;
import org.gdprretention.platform.rest.QueryParams;
import org.gdprretention.platform.rest.RestErrors;
import org.gdprretention.platform.rest.model.Purge;
import org.gdprretention.platform.rest.model.PurgeOutcomeEntry;
import org.gdprretention.platform.security.GdprOfficers;
import org.springframework.beans.factory.InitializingBean;

/**
 * {@code POST /purges}: hard-deletes documents through {@link PurgeService}, or with {@code dryRun} (the default:
 * only {@code "dryRun": false} deletes) reports what a purge would do. Officers and administrators only; at most
 * {@code gdpr-retention.rest.purge.maxNodes} ids per call. The request runs in the framework's transaction, so a
 * real purge is decided now and carried out once it commits: its outcomes are SCHEDULED (or REFUSED), and the
 * disposal records and the audit log show the result.
 */
@EntityResource(name = "purges", title = "Purges (hard delete with proof)")
public class PurgesEntityResource implements EntityResourceAction.Create<Purge>, InitializingBean {

    /** The most characters of a force reason. */
    public static final int MAX_REASON = 1000;

    private PurgeService purgeService;
    private AuthorityService authorityService;
    private int maxNodes = 500;
    private int batchLimit = 500;
    private GdprOfficers officers;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "purgeService", purgeService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        if (maxNodes < 1 || batchLimit < 1) {
            throw new IllegalArgumentException("maxNodes and batchLimit must be at least 1");
        }
        officers = new GdprOfficers(authorityService);
    }

    @Override
    public List<Purge> create(List<Purge> entity, Parameters parameters) {
        if (!officers.includes(GdprOfficers.currentPerson())) {
            throw RestErrors.officersOnly();
        }
        QueryParams.of(parameters).allowOnly(Set.of());
        JsonBodies.require(parameters);
        if (entity == null || entity.size() != 1 || entity.get(0) == null) {
            throw RestErrors.invalid("onePurge");
        }
        Purge request = entity.get(0);
        List<NodeRef> nodes = nodes(request.getNodeIds());
        String forceReason = QueryParams.checkedText("forceReason", request.getForceReason(), MAX_REASON);
        boolean dryRun = !Boolean.FALSE.equals(request.getDryRun());
        PurgeReport report = purgeService.purge(nodes, new PurgeOptions(dryRun, forceReason, batchLimit));
        Purge answer = new Purge();
        answer.setDryRun(report.dryRun());
        List<PurgeOutcomeEntry> outcomes = new ArrayList<>();
        for (PurgeOutcome outcome : report.outcomes()) {
            outcomes.add(entry(outcome));
        }
        answer.setOutcomes(outcomes);
        return List.of(answer);
    }

    private List<NodeRef> nodes(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw RestErrors.invalid("nodeIdsRequired");
        }
        if (ids.size() > maxNodes) {
            throw RestErrors.invalid("tooManyNodes", maxNodes);
        }
        List<NodeRef> nodes = new ArrayList<>(ids.size());
        for (String id : ids) {
            nodes.add(NodeIds.parse(id, "nodeIds"));
        }
        return nodes;
    }

    // PurgeService words a refusal "CODE: sentence"; the code is the stable part for scripts and the UI.
    static PurgeOutcomeEntry entry(PurgeOutcome outcome) {
        PurgeOutcomeEntry entry = new PurgeOutcomeEntry();
        entry.setNodeId(outcome.nodeRef().getId());
        entry.setOutcome(outcome.result().name());
        String text = outcome.reason();
        int colon = text.indexOf(": ");
        if (colon > 0 && text.substring(0, colon).matches("[A-Z][A-Z_]*")) {
            entry.setReason(text.substring(0, colon));
            entry.setMessage(text.substring(colon + 2));
        } else {
            entry.setMessage(text);
        }
        entry.setBinariesRemoved(outcome.binariesRemoved().size());
        entry.setBinariesKept(outcome.binariesKept().size());
        return entry;
    }

    public void setPurgeService(PurgeService purgeService) {
        this.purgeService = purgeService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    /** The most node ids one call may name ({@code gdpr-retention.rest.purge.maxNodes}). */
    public void setMaxNodes(int maxNodes) {
        this.maxNodes = maxNodes;
    }

    /** The most documents one call purges ({@code gdpr-retention.purge.batchLimit}); the rest are refused. */
    public void setBatchLimit(int batchLimit) {
        this.batchLimit = batchLimit;
    }
}
