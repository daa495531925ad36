package org.gdprretention.platform.hold;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.core.extension.ContactChannel;
import org.gdprretention.core.extension.ContactKind;
import org.gdprretention.core.extension.ContactMoment;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.contact.ContactMomentWriter;
import org.gdprretention.platform.expiry.RecomputeScheduler;
import org.gdprretention.platform.expiry.RetentionApplier;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.springframework.beans.factory.InitializingBean;

/**
 * Places and lifts legal holds on documents and folders. A hold is the {@code gdpr:legalHold} aspect. A hold on a
 * folder holds everything below it ({@link HeldAncestors}): records management's hold on a dossier during a court
 * case, which an administrator and a GDPR officer expect to keep the whole dossier; anything other than a document
 * ({@code cm:content}) or a folder ({@code cm:folder}), and their subtypes, is refused.
 *
 * <p>The status of a held document (ON_HOLD, or back to what the dates say) is the engine's, through the retention
 * applier; after a folder's hold or lift commits, the documents below it are recomputed in batches. Each step is
 * recorded as a contact moment on a retained document and as an entry in the audit log ({@value #AUDIT_HOLD_SET},
 * {@value #AUDIT_HOLD_LIFTED}) with the reason and the person who did it, in the same transaction. Placing a hold
 * twice or lifting none changes nothing. Placing and lifting a hold both take a GDPR officer or an administrator
 * ({@link HoldPermission}). This is the only way a hold is placed: adding the aspect directly is refused
 * ({@link LegalHoldAdditionGuard}), and a copy never carries one ({@link LegalHoldCopyBehaviour}).
 */
public class LegalHoldService implements InitializingBean {

    public static final String REASON_FIELD = "reason";
    public static final String NODE_FIELD = "node";
    /**
     * What a hold may be placed on: documents and folders, with their subtypes, in the <code>{uri}local</code> form
     * of ACS's {@code ActionExecuterAbstractBase.setApplicableTypes}, so the hold actions declare the same.
     */
    static final String[] HOLDABLE_TYPES = {ContentModel.TYPE_CONTENT.toString(), ContentModel.TYPE_FOLDER.toString()};
    /** Audit log actions: who placed or lifted which hold, and why, is part of the proof. */
    public static final String AUDIT_HOLD_SET = "hold.set";
    public static final String AUDIT_HOLD_LIFTED = "hold.lifted";

    private NodeService nodeService;
    private RetentionApplier applier;
    private ContactMomentWriter contactMoments;
    private RetentionStatusEvaluator statusEvaluator;
    private Clock clock;
    private AuthorityService authorityService;
    private HoldPermission permission;
    private RepositoryAuditLog auditLog;
    private DictionaryService dictionaryService;
    private RecomputeScheduler recomputeScheduler;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "applier", applier);
        PropertyCheck.mandatory(this, "contactMoments", contactMoments);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
        PropertyCheck.mandatory(this, "clock", clock);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "auditLog", auditLog);
        PropertyCheck.mandatory(this, "dictionaryService", dictionaryService);
        PropertyCheck.mandatory(this, "recomputeScheduler", recomputeScheduler);
        permission = new HoldPermission(authorityService);
    }

    /**
     * Places a hold with {@code reason}; returns false when the document was already on hold. Only a GDPR officer or
     * an administrator may place a hold: anyone else gets
     * {@link org.alfresco.repo.security.permissions.AccessDeniedException} and nothing changes.
     */
    public boolean placeHold(NodeRef document, String reason) {
        permission.checkMayPlace(document);
        checkHoldable(document);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRetentionInputException(REASON_FIELD, reason, "a legal hold needs a reason");
        }
        if (nodeService.hasAspect(document, RetentionModel.ASPECT_LEGAL_HOLD)) {
            return false;
        }
        Instant now = clock.instant();
        String actor = actor();
        Map<QName, Serializable> hold = new HashMap<>();
        hold.put(RetentionModel.PROP_HOLD_REASON, reason.trim());
        hold.put(RetentionModel.PROP_HOLD_SINCE, Date.from(now));
        hold.put(RetentionModel.PROP_HOLD_BY, actor);
        // the one addition of the aspect LegalHoldAdditionGuard lets through: checked above, recorded below
        PlacingHold.run(document, () -> nodeService.addAspect(document, RetentionModel.ASPECT_LEGAL_HOLD, hold));
        recomputeAndRecord(document, ContactKind.LEGAL_HOLD_SET, actor, now, reason.trim());
        recomputeBelow(document);
        auditLog.append(actor, AUDIT_HOLD_SET, document.toString(), Map.of(REASON_FIELD, reason.trim()));
        return true;
    }

    /**
     * Lifts the hold; returns false when the document was not on hold. Only a GDPR officer or an administrator may
     * lift a hold: anyone else gets {@link org.alfresco.repo.security.permissions.AccessDeniedException} and
     * nothing changes.
     */
    public boolean liftHold(NodeRef document) {
        permission.checkMayLift(document);
        if (!nodeService.hasAspect(document, RetentionModel.ASPECT_LEGAL_HOLD)) {
            return false;
        }
        Map<QName, Serializable> held = nodeService.getProperties(document);
        Serializable reason = held.get(RetentionModel.PROP_HOLD_REASON);
        String actor = actor();
        nodeService.removeAspect(document, RetentionModel.ASPECT_LEGAL_HOLD);
        recomputeAndRecord(document, ContactKind.LEGAL_HOLD_LIFTED, actor, clock.instant(),
                reason == null ? null : "Lifted hold: " + reason);
        recomputeBelow(document);
        auditLog.append(actor, AUDIT_HOLD_LIFTED, document.toString(), liftedHold(held));
        return true;
    }

    private void checkHoldable(NodeRef node) {
        QName type = nodeService.getType(node);
        if (!dictionaryService.isSubClass(type, ContentModel.TYPE_CONTENT)
                && !dictionaryService.isSubClass(type, ContentModel.TYPE_FOLDER)) {
            throw new InvalidRetentionInputException(NODE_FIELD, node, "a legal hold is placed on a document or a"
                    + " folder, not on a '" + type.getLocalName() + "'");
        }
    }

    // The documents below a folder take their status from its hold (HeldAncestors); once the hold commits, they are
    // recomputed in batches so that the overview and the expiry job see ON_HOLD, or their dates again after a lift.
    private void recomputeBelow(NodeRef node) {
        if (dictionaryService.isSubClass(nodeService.getType(node), ContentModel.TYPE_FOLDER)) {
            recomputeScheduler.recomputeDossierAfterCommit(node);
        }
    }

    // Contact moments hang off gdpr:retainable; a document without retention just gets (or loses) the aspect.
    private void recomputeAndRecord(NodeRef document, ContactKind kind, String actor, Instant at, String note) {
        if (!nodeService.hasAspect(document, RetentionModel.ASPECT_RETAINABLE)) {
            return;
        }
        applier.recompute(document);
        LocalDate expiry = RepositoryDates.toLocalDate(
                nodeService.getProperty(document, RetentionModel.PROP_EXPIRY_DATE), statusEvaluator.calculator().zone());
        contactMoments.write(document, new ContactMoment(DocumentId.of(document.toString()), kind, ContactChannel.TASK,
                actor, at, expiry, expiry, note));
    }

    /** What the lifted hold was, as far as it is known: a hold placed over another API may lack any of it. */
    private static Map<String, String> liftedHold(Map<QName, Serializable> held) {
        Map<String, String> details = new LinkedHashMap<>();
        Serializable reason = held.get(RetentionModel.PROP_HOLD_REASON);
        Serializable by = held.get(RetentionModel.PROP_HOLD_BY);
        Serializable since = held.get(RetentionModel.PROP_HOLD_SINCE);
        if (reason != null) {
            details.put(REASON_FIELD, reason.toString());
        }
        if (by != null) {
            details.put("heldBy", by.toString());
        }
        if (since instanceof Date date) {
            details.put("heldSince", date.toInstant().toString());
        }
        return details;
    }

    private static String actor() {
        String user = HoldPermission.currentPerson();
        return user != null ? user : AuthenticationUtil.getSystemUserName();
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setApplier(RetentionApplier applier) {
        this.applier = applier;
    }

    public void setContactMoments(ContactMomentWriter contactMoments) {
        this.contactMoments = contactMoments;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setAuditLog(RepositoryAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
    }

    public void setRecomputeScheduler(RecomputeScheduler recomputeScheduler) {
        this.recomputeScheduler = recomputeScheduler;
    }
}
