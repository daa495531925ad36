package org.gdprretention.platform.job;

import java.util.ArrayList;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;

/**
 * The one e-mail per expiry run to the GDPR officers (the group, expanded by ACS's mail action): how many
 * documents expired and wait for their approval, by retention type. It names no document and no person, so the
 * mail itself carries no personal data; the officers look the documents up in the retention overview.
 * In Dutch and English, as the rest of the product.
 */
final class OfficerNotification {

    static final String OFFICERS_GROUP = "GROUP_GDPR_OFFICERS";

    private OfficerNotification() {
    }

    static Action mail(ActionService actionService, long newlyExpired, long awaiting,
            SortedMap<String, Long> newlyExpiredByType) {
        Action mail = actionService.createAction(MailActionExecuter.NAME);
        ArrayList<String> recipients = new ArrayList<>();
        recipients.add(OFFICERS_GROUP);
        mail.setParameterValue(MailActionExecuter.PARAM_TO_MANY, recipients);
        mail.setParameterValue(MailActionExecuter.PARAM_SUBJECT, subject(newlyExpired));
        mail.setParameterValue(MailActionExecuter.PARAM_TEXT, text(newlyExpired, awaiting, newlyExpiredByType));
        return mail;
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
