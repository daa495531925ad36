package org.gdprretention.platform.consent;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;

/**
 * The consent e-mail as a call of ACS's {@code mail} action: an HTML body rendered by ACS's template service from
 * the module's classpath template for the subject's language ({@value #TEMPLATE_EN} or {@value #TEMPLATE_NL}),
 * sent at once (not {@code send_after_commit}), before the request is recorded, so that a refused mail is no
 * record. The model names the kinds of document and their expiry dates, never a document's name.
 */
public final class ConsentMail {

    static final String TEMPLATES = "alfresco/module/gdpr-retention-platform/templates/";
    static final String TEMPLATE_EN = TEMPLATES + "consent-request.ftl";
    static final String TEMPLATE_NL = TEMPLATES + "consent-request_nl.ftl";

    private ConsentMail() {
    }

    /** What the mail says; {@code link} carries the token and exists only in the mail. */
    public record Content(String to, String subjectName, Locale locale, String organisation, String from,
            String link, LocalDate answerBefore, List<ConsentDocuments.DocumentKind> documents) {
    }

    public static Action create(ActionService actionService, Content content) {
        boolean dutch = isDutch(content.locale());
        Action mail = actionService.createAction(MailActionExecuter.NAME);
        mail.setParameterValue(MailActionExecuter.PARAM_TO, content.to());
        if (content.from() != null && !content.from().isBlank()) {
            mail.setParameterValue(MailActionExecuter.PARAM_FROM, content.from());
        }
        mail.setParameterValue(MailActionExecuter.PARAM_SUBJECT, subject(dutch, content.organisation()));
        mail.setParameterValue(MailActionExecuter.PARAM_TEMPLATE, dutch ? TEMPLATE_NL : TEMPLATE_EN);
        mail.setParameterValue(MailActionExecuter.PARAM_TEMPLATE_MODEL, model(content, dutch));
        mail.setParameterValue(MailActionExecuter.PARAM_LOCALE, dutch ? new Locale("nl") : Locale.ENGLISH);
        // Sent now, not after commit: ACS only logs a send that fails after commit, when the request is recorded
        // already; sent now, a refused mail throws and the job records nothing (see ConsentJobExecuter.send).
        mail.setParameterValue(MailActionExecuter.PARAM_SEND_AFTER_COMMIT, Boolean.FALSE);
        return mail;
    }

    static boolean isDutch(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage());
    }

    static String subject(boolean dutch, String organisation) {
        return dutch ? "Mogen wij uw gegevens langer bewaren? - " + organisation
                : "May we keep your data longer? - " + organisation;
    }

    /**
     * The template model: plain strings, lists and maps only (action parameters must be serialisable, and the keys
     * avoid the names ACS's mail action puts in every model: person, to, document, space, date, url, shareUrl).
     */
    static HashMap<String, Serializable> model(Content content, boolean dutch) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(dutch ? new Locale("nl") : Locale.ENGLISH);
        ArrayList<HashMap<String, String>> documents = new ArrayList<>();
        for (ConsentDocuments.DocumentKind document : content.documents()) {
            HashMap<String, String> row = new HashMap<>();
            row.put("kind", document.kind());
            row.put("expiryDate", document.expiryDate() == null ? "" : dates.format(document.expiryDate()));
            documents.add(row);
        }
        HashMap<String, Serializable> model = new HashMap<>();
        model.put("organisation", content.organisation());
        model.put("subjectName", content.subjectName() == null ? "" : content.subjectName());
        model.put("consentLink", content.link());
        model.put("answerBefore", dates.format(content.answerBefore()));
        model.put("documents", documents);
        return model;
    }
}
