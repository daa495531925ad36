package org.gdprretention.platform.sweep;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.Optional;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.sweep.TrashcanRule;
import org.gdprretention.core.sweep.TrashcanVerdict;
import org.gdprretention.platform.hold.HeldAncestors;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Judges one item of the trashcan together with everything below it. Only the top node of a deleted hierarchy
 * carries {@code sys:archived} and is listed, but purging it removes the whole subtree; so the top node is judged
 * by the {@link TrashcanRule} (expired, or deleted longer ago than the maximum age, and not on hold, also not through a
 * held folder it was deleted from: {@link HeldAncestors}), and every node
 * below it (primary children, recursively) must be neither on legal hold nor under a retention that has not expired.
 * One such node keeps the whole hierarchy, and the reason names it.
 */
final class ArchivedHierarchy {

    /** The verdict on a hierarchy, with its binaries' total size. */
    record Judgement(boolean purges, String keptBecause, long bytes) {
    }

    private final NodeService nodeService;
    private final TrashcanRule rule;
    private final ExpiryCalculator calculator;
    private final ZoneId zone;
    private final HeldAncestors heldAncestors;

    ArchivedHierarchy(NodeService nodeService, TrashcanRule rule, ExpiryCalculator calculator) {
        this.nodeService = nodeService;
        this.rule = rule;
        this.calculator = calculator;
        this.zone = calculator.zone();
        this.heldAncestors = new HeldAncestors(nodeService);
    }

    Judgement judge(NodeRef top, Instant now) {
        Date archivedDate = (Date) nodeService.getProperty(top, ContentModel.PROP_ARCHIVED_DATE);
        // held by its own hold or, through where it was deleted from, by one on a folder above it
        boolean onHold = heldAncestors.isHeld(top);
        TrashcanVerdict verdict = rule.judge(archivedDate == null ? null : archivedDate.toInstant(),
                expiryOf(top), onHold, now);
        if (!verdict.purges()) {
            return new Judgement(false, null, 0);
        }
        long bytes = contentSize(top);
        Deque<NodeRef> below = new ArrayDeque<>(primaryChildren(top));
        while (!below.isEmpty()) {
            NodeRef node = below.pop();
            Optional<String> blocker = blocker(node, now);
            if (blocker.isPresent()) {
                return new Judgement(false, top + " kept: " + blocker.get(), 0);
            }
            bytes += contentSize(node);
            below.addAll(primaryChildren(node));
        }
        return new Judgement(true, null, bytes);
    }

    private Optional<String> blocker(NodeRef node, Instant now) {
        if (nodeService.hasAspect(node, RetentionModel.ASPECT_LEGAL_HOLD)) {
            return Optional.of(node + " inside it is on legal hold");
        }
        LocalDate expiry = expiryOf(node);
        if (expiry != null && calculator.expiredFrom(expiry).isAfter(now)) {
            return Optional.of(node + " inside it is retained until " + expiry);
        }
        return Optional.empty();
    }

    private java.util.List<NodeRef> primaryChildren(NodeRef node) {
        return nodeService.getChildAssocs(node).stream().filter(ChildAssociationRef::isPrimary)
                .map(ChildAssociationRef::getChildRef).toList();
    }

    /** A d:date is stored as the start of its day in the retention zone; reading it back in that zone gives the day. */
    private LocalDate expiryOf(NodeRef node) {
        Date date = (Date) nodeService.getProperty(node, RetentionModel.PROP_EXPIRY_DATE);
        return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
    }

    private long contentSize(NodeRef node) {
        Serializable content = nodeService.getProperty(node, ContentModel.PROP_CONTENT);
        return content instanceof ContentData data ? data.getSize() : 0L;
    }
}
