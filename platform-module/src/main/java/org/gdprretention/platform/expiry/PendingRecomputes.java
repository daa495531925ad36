package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.platform.batch.KeyedQuery;
import org.gdprretention.platform.model.RetentionModel;

/**
 * The repository's record of folders whose documents are still to be recomputed after a change of the folder (a
 * dossier's data subject or end of relationship, a hold placed or lifted): {@code gdpr:recomputePending}, set in the
 * change's own transaction, so it commits and rolls back with the change, and removed by the recompute that
 * completed after it. The queue of runs is in one server's memory; this record is what survives a full queue and a
 * restart, and the daily recovery finds it with a database query ({@link #query()}).
 *
 * <p>The mark holds the time of the last change. A run remembers the mark it started with and removes it only if it
 * is still that one: a change committed during the run leaves a later mark (strictly later, even within the same
 * millisecond), which the next run or the recovery serves.
 */
final class PendingRecomputes {

    private final NodeService nodeService;
    private final BehaviourFilter behaviourFilter;
    private final Clock clock;

    PendingRecomputes(NodeService nodeService, BehaviourFilter behaviourFilter, Clock clock) {
        this.nodeService = nodeService;
        this.behaviourFilter = behaviourFilter;
        this.clock = clock;
    }

    /** In the current transaction: the documents below {@code folder} are to be recomputed. */
    void mark(NodeRef folder) {
        AuthenticationUtil.runAsSystem(() -> {
            Date previous = requestedAt(folder);
            Date now = Date.from(clock.instant());
            Date mark = previous != null && !now.after(previous) ? new Date(previous.getTime() + 1) : now;
            withoutAuditing(folder, () -> nodeService.addAspect(folder, RetentionModel.ASPECT_RECOMPUTE_PENDING,
                    Map.of(RetentionModel.PROP_RECOMPUTE_REQUESTED_AT, mark)));
            return null;
        });
    }

    /** The mark on {@code folder}, or null when nothing is pending (or the folder is gone). */
    Date requestedAt(NodeRef folder) {
        return AuthenticationUtil.runAsSystem(() -> {
            if (!nodeService.exists(folder)) {
                return null;
            }
            Serializable value = nodeService.getProperty(folder, RetentionModel.PROP_RECOMPUTE_REQUESTED_AT);
            return value instanceof Date date ? date : null;
        });
    }

    /** Removes the mark if it is still {@code seen}: the recompute that started with it has completed. */
    void clear(NodeRef folder, Date seen) {
        AuthenticationUtil.runAsSystem(() -> {
            if (seen != null && nodeService.exists(folder)
                    && nodeService.hasAspect(folder, RetentionModel.ASPECT_RECOMPUTE_PENDING)
                    && Objects.equals(requestedAt(folder), seen)) {
                withoutAuditing(folder,
                        () -> nodeService.removeAspect(folder, RetentionModel.ASPECT_RECOMPUTE_PENDING));
            }
            return null;
        });
    }

    /** The folders with a pending recompute, oldest change first; ACS answers it from the database. */
    static KeyedQuery query() {
        return KeyedQuery.select("SELECT * FROM gdpr:recomputePending", "gdpr:recomputeRequestedAt",
                RetentionModel.PROP_RECOMPUTE_REQUESTED_AT);
    }

    // Bookkeeping, not an edit of the folder: no new modifier (System) and no new version.
    private void withoutAuditing(NodeRef folder, Runnable write) {
        behaviourFilter.disableBehaviour(folder, ContentModel.ASPECT_AUDITABLE);
        behaviourFilter.disableBehaviour(folder, ContentModel.ASPECT_VERSIONABLE);
        try {
            write.run();
        } finally {
            behaviourFilter.enableBehaviour(folder, ContentModel.ASPECT_VERSIONABLE);
            behaviourFilter.enableBehaviour(folder, ContentModel.ASPECT_AUDITABLE);
        }
    }
}
