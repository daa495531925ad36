package org.gdprretention.share.surf;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a Surf web script template ({@code .ftl}) with the real FreeMarker and stand-ins for the Surf directives it
 * uses ({@code markup}, {@code link}, {@code script}, {@code inlineScript}, {@code createWidgets},
 * {@code uniqueIdDiv}) and for {@code msg(...)}. A missing variable fails the rendering, and so does a message key
 * the bundle lacks (Surf would show the bare key).
 */
public final class SurfTemplate {

    private final Configuration configuration;

    public SurfTemplate() {
        configuration = new Configuration(Configuration.VERSION_2_3_31);
        configuration.setClassForTemplateLoading(SurfTemplate.class, "/");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_31).build());
    }

    /**
     * @param model the controller's model ({@code widgets} among it)
     * @param args the web script's arguments ({@code htmlid} at least)
     */
    public String render(String templatePath, Map<String, Object> model, Map<String, String> args,
            Map<String, String> messages) {
        Map<String, Object> root = new HashMap<>(model);
        root.put("args", args);
        root.put("url", Map.of("context", "/share"));
        root.put("msg", (TemplateMethodModelEx) arguments -> message(messages, arguments));
        root.put("messages", WidgetJson.write(messages));
        root.put("markup", (TemplateDirectiveModel) (env, params, loopVars, body) -> renderBody(body));
        root.put("link", (TemplateDirectiveModel) (env, params, loopVars, body) -> env.getOut()
                .write("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + param(params, "href") + "\"/>\n"));
        root.put("script", (TemplateDirectiveModel) (env, params, loopVars, body) -> env.getOut()
                .write("<script type=\"text/javascript\" src=\"" + param(params, "src") + "\"></script>\n"));
        root.put("inlineScript", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            env.getOut().write("<script type=\"text/javascript\">");
            renderBody(body);
            env.getOut().write("</script>\n");
        });
        root.put("uniqueIdDiv", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            env.getOut().write("<div id=\"" + args.get("htmlid") + "\">");
            renderBody(body);
            env.getOut().write("</div>\n");
        });
        root.put("createWidgets", (TemplateDirectiveModel) (env, params, loopVars, body) ->
                env.getOut().write(widgets(model, args, messages)));
        try {
            Template template = configuration.getTemplate(templatePath, Locale.ROOT);
            StringWriter out = new StringWriter();
            template.process(root, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("FreeMarker failed on " + templatePath + ": " + e.getMessage(), e);
        }
    }

    private static void renderBody(TemplateDirectiveBody body) throws TemplateException, IOException {
        if (body != null) {
            body.render(Environment.getCurrentEnvironment().getOut());
        }
    }

    private static String param(Map<?, ?> params, String name) throws TemplateModelException {
        Object value = params.get(name);
        if (value == null) {
            throw new TemplateModelException("missing parameter " + name);
        }
        return DeepUnwrap.unwrap((TemplateModel) value).toString();
    }

    private static Object message(Map<String, String> messages, List<?> arguments) throws TemplateModelException {
        Object key = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        String text = messages.get(key.toString());
        if (text == null) {
            throw new TemplateModelException("message key not in the bundle: " + key);
        }
        if (arguments.size() == 1) {
            return new SimpleScalar(text);
        }
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        return new SimpleScalar(new MessageFormat(text, Locale.ROOT).format(values));
    }

    /** What Surf's createWidgets writes: one constructor call per widget of the model. */
    @SuppressWarnings("unchecked")
    private static String widgets(Map<String, Object> model, Map<String, String> args, Map<String, String> messages)
            throws TemplateModelException {
        Object widgets = model.get("widgets");
        if (!(widgets instanceof List<?> list)) {
            throw new TemplateModelException("createWidgets without model.widgets");
        }
        StringBuilder out = new StringBuilder("<script type=\"text/javascript\">\n");
        for (Object item : list) {
            Map<String, Object> widget = (Map<String, Object>) item;
            List<Object> initArgs = (List<Object>) widget.get("initArgs");
            String construct = initArgs == null ? SurfController.quote(args.get("htmlid"))
                    : String.join(",", initArgs.stream().map(Object::toString).toList());
            out.append("new ").append(widget.get("name")).append('(').append(construct).append(')');
            if (widget.get("options") != null) {
                out.append(".setOptions(").append(WidgetJson.write(widget.get("options"))).append(')');
            }
            if (!Boolean.FALSE.equals(widget.get("useMessages"))) {
                out.append(".setMessages(").append(WidgetJson.write(messages)).append(')');
            }
            out.append(";\n");
        }
        return out.append("</script>\n").toString();
    }

}
