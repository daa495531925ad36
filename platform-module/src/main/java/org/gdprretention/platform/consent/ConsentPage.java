package org.gdprretention.platform.consent;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * The public consent page ({@code /gdpr/consent}, authentication none): GET shows what a consent request is about,
 * POST records the answer. The token comes in the mail's link (GET) and in the form's body (POST).
 *
 * <p>A token that does not open an open, unexpired request (malformed, forged, mutated, already used, expired) gets
 * one neutral page, the same for every such token in a language, with the same status: the response says nothing
 * about which it was, and nothing is written. GET never answers (mail scanners follow links); only the form's POST
 * does. Nothing about a document is read before the token has matched, and then as the system user. Every
 * response carries {@code Cache-Control: no-store} and {@code Referrer-Policy: no-referrer} (the token is in the
 * address), and the page needs no JavaScript.
 */
public class ConsentPage extends AbstractWebScript implements InitializingBean {

    static final String PARAM_TOKEN = "token";
    static final String PARAM_ANSWER = "answer";
    static final String PARAM_LANG = "lang";
    static final String ANSWER_CONSENT = "consent";
    static final String ANSWER_REFUSE = "refuse";

    private ConsentRequestStore store;
    private ConsentDocuments documents;
    private ConsentDecision decision;
    private ConsentPageRenderer renderer = new ConsentPageRenderer();
    private Clock clock = Clock.systemUTC();
    private String organisation;
    private Locale defaultLocale = ConsentLanguages.DUTCH;
    private boolean answering;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "store", store);
        PropertyCheck.mandatory(this, "documents", documents);
        PropertyCheck.mandatory(this, "decision", decision);
        PropertyCheck.mandatory(this, "organisation", organisation);
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String token = req.getParameter(PARAM_TOKEN);
        Optional<OpenConsentRequest> request = store.findOpen(token, clock.instant());
        Locale locale = ConsentLanguages.choose(req.getParameter(PARAM_LANG),
                request.map(OpenConsentRequest::locale).orElse(defaultLocale));
        Map<String, Object> model = request.isEmpty() ? neutral(locale)
                : answering ? answer(request.get(), req.getParameter(PARAM_ANSWER), token, locale)
                : ask(request.get(), token, locale);
        write(res, renderer.render(model, locale));
    }

    private Map<String, Object> ask(OpenConsentRequest request, String token, Locale locale) {
        Map<String, Object> model = base("ask", locale);
        DateTimeFormatter dates = dates(locale);
        List<Map<String, String>> rows = AuthenticationUtil.runAsSystem(() -> {
            List<Map<String, String>> shown = new ArrayList<>();
            for (NodeRef document : request.documents()) {
                documents.kind(document, locale).ifPresent(kind -> shown.add(Map.of("kind", kind.kind(),
                        "expiryDate", format(dates, kind.expiryDate()))));
            }
            return shown;
        });
        model.put("documents", rows);
        model.put("answerBefore", dates.format(LocalDate.ofInstant(request.expiresAt(), documents.zone())));
        model.put("token", token);
        return model;
    }

    private Map<String, Object> answer(OpenConsentRequest request, String answer, String token, Locale locale) {
        if (ANSWER_CONSENT.equals(answer) || ANSWER_REFUSE.equals(answer)) {
            boolean consent = ANSWER_CONSENT.equals(answer);
            decision.answer(request, consent);
            return base(consent ? "consented" : "refused", locale);
        }
        // neither button: nothing is recorded, the question is shown again
        return ask(request, token, locale);
    }

    private Map<String, Object> neutral(Locale locale) {
        return base("invalid", locale);
    }

    private Map<String, Object> base(String view, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("lang", locale.getLanguage());
        model.put("organisation", organisation);
        model.put("documents", List.of());
        model.put("answerBefore", "");
        model.put("token", "");
        return model;
    }

    private static void write(WebScriptResponse res, String html) throws IOException {
        res.setStatus(200);
        res.setContentType("text/html;charset=UTF-8");
        res.setContentEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("Pragma", "no-cache");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
                + " frame-ancestors 'none'; base-uri 'none'");
        Writer writer = res.getWriter();
        writer.write(html);
        writer.flush();
    }

    private static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    private static String format(DateTimeFormatter dates, LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public void setStore(ConsentRequestStore store) {
        this.store = store;
    }

    public void setDocuments(ConsentDocuments documents) {
        this.documents = documents;
    }

    public void setDecision(ConsentDecision decision) {
        this.decision = decision;
    }

    void setRenderer(ConsentPageRenderer renderer) {
        this.renderer = renderer;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** {@code gdpr-retention.consent.organisation}. */
    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    /** {@code gdpr-retention.consent.defaultLocale}: the page's language when the request does not say. */
    public void setDefaultLocale(String defaultLocale) {
        this.defaultLocale = ConsentLanguages.parse(defaultLocale);
    }

    /** True for the POST bean: records the answer; false for GET, which only shows. */
    public void setAnswering(boolean answering) {
        this.answering = answering;
    }
}
