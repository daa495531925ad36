package org.gdprretention.platform.consent;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.util.transaction.TransactionListenerAdapter;

/**
 * A stand-in for ACS's {@code mail} action (MailActionExecuter), doing with the parameters what it does with them
 * for a single recipient and a classpath template: the template is rendered with FreeMarker configured as ACS's
 * FreeMarkerProcessor configures it (classpath loader, incompatible improvements 2.3.20, errors rethrown), with
 * the supplied model (ACS adds its own objects under other names) and the locale; the subject, from and to are taken
 * as given; a body that looks like HTML is sent as HTML; with {@code send_after_commit} the message leaves only
 * after the current transaction commits. It sends through a real SMTP server.
 */
final class AcsMailAction {

    private final Configuration freemarker = acsFreemarker();
    /** Sends that failed after commit, which ACS only logs. */
    int failedAfterCommit;
    private final String smtpHost;
    private final int smtpPort;

    AcsMailAction(String smtpHost, int smtpPort) {
        this.smtpHost = smtpHost;
        this.smtpPort = smtpPort;
    }

    /** FreeMarker as ACS's FreeMarkerProcessor sets it up, loading templates from the class path. */
    static Configuration acsFreemarker() {
        Configuration configuration = new Configuration(new Version(2, 3, 20));
        configuration.setClassForTemplateLoading(AcsMailAction.class, "/");
        configuration.setIncompatibleImprovements(new Version(2, 3, 20));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLocalizedLookup(false);
        configuration.setDefaultEncoding("UTF-8");
        return configuration;
    }

    /** Makes {@code actionService} create mail actions whose execution this stand-in carries out. */
    void serve(ActionService actionService) {
        Map<Action, Map<String, Serializable>> parameters = new IdentityHashMap<>();
        when(actionService.createAction(MailActionExecuter.NAME)).thenAnswer(call -> {
            Map<String, Serializable> values = new HashMap<>();
            Action action = mock(Action.class);
            doAnswer(set -> values.put(set.getArgument(0), set.getArgument(1)))
                    .when(action).setParameterValue(anyString(), any());
            when(action.getParameterValue(anyString())).thenAnswer(get -> values.get(get.<String>getArgument(0)));
            parameters.put(action, values);
            return action;
        });
        doAnswer(call -> {
            execute(parameters.get(call.<Action>getArgument(0)));
            return null;
        }).when(actionService).executeAction(any(Action.class), isNull());
    }

    void execute(Map<String, Serializable> parameters) throws Exception {
        MimeMessage message = prepare(parameters);
        if (Boolean.TRUE.equals(parameters.get(MailActionExecuter.PARAM_SEND_AFTER_COMMIT))) {
            AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
                @Override
                public void afterCommit() {
                    // ACS sends in a new transaction after commit; TransactionSupportUtil catches and only logs what
                    // an afterCommit listener throws: a failed send changes nothing that was committed
                    try {
                        send(message);
                    } catch (RuntimeException e) {
                        failedAfterCommit++;
                    }
                }
            });
        } else {
            send(message);
        }
    }

    /** The body ACS would send: the template rendered with the supplied model. */
    String render(String template, Map<?, ?> model, Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        freemarker.getTemplate(template, locale).process(model, out);
        return out.toString();
    }

    private MimeMessage prepare(Map<String, Serializable> parameters) throws Exception {
        Session session = Session.getInstance(smtpProperties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress((String) parameters.get(MailActionExecuter.PARAM_FROM)));
        message.setRecipient(Message.RecipientType.TO,
                new InternetAddress((String) parameters.get(MailActionExecuter.PARAM_TO)));
        message.setSubject((String) parameters.get(MailActionExecuter.PARAM_SUBJECT), "UTF-8");
        String text = render((String) parameters.get(MailActionExecuter.PARAM_TEMPLATE),
                (Map<?, ?>) parameters.get(MailActionExecuter.PARAM_TEMPLATE_MODEL),
                (Locale) parameters.get(MailActionExecuter.PARAM_LOCALE));
        // MailActionExecuter.isHTML: only a body that starts (trimmed) with <html or <!DOCTYPE goes out as text/html
        String start = text.trim().toLowerCase(Locale.ROOT);
        boolean html = start.startsWith("<html") || start.startsWith("<!doctype");
        message.setText(text, "UTF-8", html ? "html" : "plain");
        return message;
    }

    private void send(MimeMessage message) {
        try {
            Transport.send(message);
        } catch (Exception e) {
            throw new IllegalStateException("SMTP send failed", e);
        }
    }

    private Properties smtpProperties() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtpHost);
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        return properties;
    }
}
