package org.gdprretention.platform.extension;

/** Where the review task's decision goes: the repository's record of the request (see ExtensionRequestService). */
@FunctionalInterface
public interface ReviewDecisions {

    /**
     * Decides the pending request {@code requestId} as the person completing the review task. Refuses (and so rolls
     * the task's completion back) a person who is not a GDPR officer or an administrator, and a request that is no
     * longer pending.
     */
    void decideFromTask(String requestId, ReviewOutcome outcome, String comment);
}
