package org.springframework.extensions.webscripts;

import java.util.Map;

/**
 * Which URI template matched a request, with its variables. A real value class: tests of web scripts build one
 * and let the mocked request return it.
 */
public final class Match {

    private final String templatePath;
    private final Map<String, String> templateVars;
    private final String matchPath;
    private final WebScript script;

    public Match(String templatePath, Map<String, String> templateVars, String matchPath) {
        this(templatePath, templateVars, matchPath, null);
    }

    public Match(String templatePath, Map<String, String> templateVars, String matchPath, WebScript script) {
        this.templatePath = templatePath;
        this.templateVars = templateVars;
        this.matchPath = matchPath;
        this.script = script;
    }

    /** {@link Kind#FULL} when a web script matched, {@link Kind#URI} when only the URI did. */
    public Kind getKind() {
        return script == null ? Kind.URI : Kind.FULL;
    }

    public String getTemplate() {
        return templatePath;
    }

    public Map<String, String> getTemplateVars() {
        return templateVars;
    }

    public String getPath() {
        return matchPath;
    }

    public WebScript getWebScript() {
        return script;
    }

    @Override
    public String toString() {
        return templatePath;
    }

    public enum Kind {
        URI, FULL
    }
}
