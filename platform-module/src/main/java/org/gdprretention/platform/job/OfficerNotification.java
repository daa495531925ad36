package org.gdprretention.platform.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.gdprretention.core.consent.ConsentExclusion;
import org.gdprretention.core.proof.AuditHead;
import org.gdprretention.platform.proof.AuditLogCheck;

/**
 * The e-mails to the GDPR officers. The one e-mail per expiry run to the GDPR officers (the group, expanded by ACS's mail action): how many
 * documents expired and wait for their approval, by retention type. It names no document and no person, so the
 * mail itself carries no personal data; the officers look the documents up in the retention overview.
 * In Dutch and English, as the rest of the product. And the alarm of the audit log check.
 */
public final class OfficerNotification {

    static final String OFFICERS_GROUP = org.gdprretention.platform.security.GdprOfficers.GROUP;
    /** A mail lists at most this many documents; the count says how many more there are. */
    static final int MAX_LISTED = 200;

    private OfficerNotification() {
    }

    /**
     * The summary of an expiry run. It also names the audit log's current head (last entry and its hash): kept in
     * the officers' mailboxes, it is one more record outside the repository that a cut log would contradict.
     */
    static Action mail(ActionService actionService, long newlyExpired, long awaiting,
            SortedMap<String, Long> newlyExpiredByType, AuditHead auditHead) {
        return toOfficers(actionService, subject(newlyExpired),
                text(newlyExpired, awaiting, newlyExpiredByType) + headText(auditHead));
    }

    /** The alarm of the audit log check: what is wrong, from which entry, and both heads. */
    static Action auditProblem(ActionService actionService, AuditLogCheck check) {
        String trail = check.trailHead() == null ? "-" : describe(check.trailHead());
        return toOfficers(actionService, "Auditlog niet intact / Audit log not intact: " + check.outcome(),
                "De controle van het auditlog vond een probleem (" + check.outcome() + ") vanaf regel "
                        + check.entry() + ".\n"
                        + "The audit log check found a problem (" + check.outcome() + ") from entry "
                        + check.entry() + ":\n  " + check.explanation() + "\n\n"
                        + "Kop in de repository / Head in the repository: " + describe(check.repositoryHead()) + "\n"
                        + "Kop in het ACS-audittrail / Head in ACS's audit trail: " + trail + "\n");
    }

    /**
     * The consent job's list of documents whose data subject could not be mailed (no subject, no address, an
     * invalid one, or conflicting ones), by node reference and reason: no names, no addresses. The officers fix the
     * subject's address; the next run asks them.
     */
    public static Action consentAddressProblems(ActionService actionService, List<ConsentExclusion> problems) {
        String lines = problems.stream().limit(MAX_LISTED)
                .map(problem -> "  " + problem.documentId().value() + "  " + problem.reason())
                .collect(Collectors.joining("\n"));
        String more = problems.size() > MAX_LISTED ? "\n  ... (+" + (problems.size() - MAX_LISTED) + ")" : "";
        return toOfficers(actionService, "Toestemming niet gevraagd / Consent not requested: " + problems.size()
                + " document(en/s)",
                "Voor deze documenten is geen toestemming gevraagd: de betrokkene heeft geen, een ongeldig of"
                        + " tegenstrijdige e-mailadressen (NO_SUBJECT, NO_EMAIL, INVALID_EMAIL, CONFLICTING_EMAIL)."
                        + " Corrigeer het adres; de volgende run vraagt het alsnog.\n"
                        + "No consent was requested for these documents: their data subject has no, an invalid or"
                        + " conflicting e-mail addresses. Correct the address; the next run asks.\n\n"
                        + lines + more + "\n");
    }

    private static Action toOfficers(ActionService actionService, String subject, String text) {
        Action mail = actionService.createAction(MailActionExecuter.NAME);
        ArrayList<String> recipients = new ArrayList<>();
        recipients.add(OFFICERS_GROUP);
        mail.setParameterValue(MailActionExecuter.PARAM_TO_MANY, recipients);
        mail.setParameterValue(MailActionExecuter.PARAM_SUBJECT, subject);
        mail.setParameterValue(MailActionExecuter.PARAM_TEXT, text);
        return mail;
    }

    static String headText(AuditHead head) {
        String described = head == null ? "-" : describe(head);
        return "\nHuidige kop van het auditlog / Current head of the audit log: " + described + "\n";
    }

    private static String describe(AuditHead head) {
        return head.sequence() == 0 ? "(leeg / empty)" : "entry " + head.sequence() + ", hash " + head.hash();
    }

    static String subject(long newlyExpired) {
        return "Bewaartermijn verstreken / Retention expired: " + newlyExpired + " document(en/s)";
    }

    static String text(long newlyExpired, long awaiting, Map<String, Long> newlyExpiredByType) {
        String byType = newlyExpiredByType.entrySet().stream()
                .map(entry -> "  " + entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("\n"));
        return "Van " + newlyExpired + " document(en) is de bewaartermijn sinds de vorige controle verstreken. "
                + "In totaal wachten " + awaiting + " document(en) op uw goedkeuring om te verwijderen.\n"
                + "Per bewaartermijnsoort:\n" + byType + "\n"
                + "Bekijk ze in het dashlet 'Bewaartermijnen' in Share.\n\n"
                + newlyExpired + " document(s) reached the end of their retention period since the last check. "
                + "In all, " + awaiting + " document(s) await your approval to be purged.\n"
                + "By retention type:\n" + byType + "\n"
                + "Review them in the 'Retention overview' dashlet in Share.\n";
    }
}
