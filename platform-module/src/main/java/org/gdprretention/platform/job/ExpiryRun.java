package org.gdprretention.platform.job;

import java.util.Map;

/**
 * What one run of the expiry job did.
 *
 * @param checked            documents whose expiry date was reached, looked at
 * @param newlyExpired       documents marked EXPIRED by this run
 * @param autoPurged         documents of AUTO_PURGE types purged (with a disposal record each)
 * @param purgeRefused       AUTO_PURGE documents the purge service refused or failed (they stay, and are reported)
 * @param awaitingApproval   expired documents that wait for an officer, this run's included
 * @param newlyExpiredByType newly expired documents awaiting approval, by retention type code
 * @param notified           whether the officers were sent the summary
 * @param complete           false when the run stopped early
 */
public record ExpiryRun(long checked, long newlyExpired, long autoPurged, long purgeRefused, long awaitingApproval,
                        Map<String, Long> newlyExpiredByType, boolean notified, boolean complete) {

    public ExpiryRun {
        newlyExpiredByType = Map.copyOf(newlyExpiredByType);
    }

    public String summary() {
        return String.format("checked %d, newly expired %d, auto-purged %d, purge refused %d, awaiting approval %d,"
                + " officers notified: %s%s", checked, newlyExpired, autoPurged, purgeRefused, awaitingApproval,
                notified ? "yes" : "no", complete ? "" : ", INCOMPLETE");
    }
}
