package org.gdprretention.platform.consent;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders the consent page from its classpath FreeMarker template and message bundles (next to the web script's
 * descriptor), in the language the page shows. The template declares the HTML output format, so every value is
 * escaped. A missing value is an error, never a silently empty page.
 */
public final class ConsentPageRenderer {

    static final String FOLDER = "/alfresco/extension/templates/webscripts/org/gdprretention/consent";
    static final String TEMPLATE = "consent-page.html.ftl";
    static final String MESSAGES = "alfresco.extension.templates.webscripts.org.gdprretention.consent.consent-page";

    private final Configuration configuration;

    public ConsentPageRenderer() {
        configuration = new Configuration(Configuration.VERSION_2_3_31);
        configuration.setClassForTemplateLoading(ConsentPageRenderer.class, FOLDER);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setLocalizedLookup(false);
    }

    /** The page for {@code model} (see {@link ConsentPage}), with the messages of {@code locale} as {@code text}. */
    public String render(Map<String, Object> model, Locale locale) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("text", messages(locale));
        try {
            Template template = configuration.getTemplate(TEMPLATE);
            StringWriter out = new StringWriter();
            template.process(all, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("The consent page template failed: " + e.getMessage(), e);
        }
    }

    // No fallback to the server's default locale: an English page on a Dutch server stays English.
    static Map<String, String> messages(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(MESSAGES, locale, ConsentPageRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> messages = new HashMap<>();
        for (String key : bundle.keySet()) {
            messages.put(key, bundle.getString(key));
        }
        return messages;
    }
}
