package org.gdprretention.platform.consent;

/**
 * What one run of the consent job did.
 *
 * @param dryRun           true while the job is switched off: planned and logged, nothing sent or written
 * @param planned          consent requests (data subjects) the engine planned
 * @param plannedDocuments documents those requests cover
 * @param mailed           requests stored and handed to the mail action
 * @param documentsAsked   documents with a CONSENT_REQUESTED contact moment from this run
 * @param addressProblems  documents not asked about because of their subject's address (reported to officers)
 * @param notified         whether the officers were sent the list of address problems
 * @param expired          open requests closed by this run because nobody answered them in time
 * @param complete         false when the run stopped early or a batch failed (the next run carries on)
 */
public record ConsentRun(boolean dryRun, long planned, long plannedDocuments, long mailed, long documentsAsked,
        long addressProblems, boolean notified, long expired, boolean complete) {

    public String summary() {
        return String.format("%splanned %d request(s) for %d document(s), mailed %d covering %d document(s),"
                + " %d document(s) with address problems, officers notified: %s, %d unanswered request(s) expired%s",
                dryRun ? "DRY RUN: " : "", planned, plannedDocuments, mailed, documentsAsked, addressProblems,
                notified ? "yes" : "no", expired, complete ? "" : ", INCOMPLETE");
    }
}
