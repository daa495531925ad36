package org.alfresco.repo.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.alfresco.service.cmr.action.ParameterDefinition;

/**
 * Compile-only copy of the ACS 26.3 signature. The setters that the Spring parent {@code action-executer} uses
 * keep their values, and {@link #getParameterDefintions()} collects the subclass's definitions once, as ACS does,
 * so that the add-on's actions can be wired and their parameters checked in tests.
 */
public abstract class ParameterizedItemAbstractBase extends CommonResourceAbstractBase {

    protected static final String DISPLAY_LABEL = "display-label";

    protected RuntimeActionService runtimeActionService;

    protected boolean adhocPropertiesAllowed = false;

    private Set<Locale> locales;
    private List<ParameterDefinition> parameterDefinitions;

    public void setRuntimeActionService(RuntimeActionService runtimeActionService) {
        this.runtimeActionService = runtimeActionService;
    }

    public void setLocales(Set<Locale> locales) {
        this.locales = locales;
    }

    public void setAdhocPropertiesAllowed(boolean allowed) {
        this.adhocPropertiesAllowed = allowed;
    }

    protected boolean getAdhocPropertiesAllowed() {
        return adhocPropertiesAllowed;
    }

    /** The subclass adds one definition per parameter it accepts. */
    protected abstract void addParameterDefinitions(List<ParameterDefinition> paramList);

    /** Spelled as in ACS. */
    protected List<ParameterDefinition> getParameterDefintions() {
        if (parameterDefinitions == null) {
            List<ParameterDefinition> collected = new ArrayList<>();
            addParameterDefinitions(collected);
            parameterDefinitions = collected;
        }
        return parameterDefinitions;
    }

    /**
     * ACS reads the label from its message bundles under {@code <name>.<param>.display-label} and answers null
     * when the key is missing; no bundles are loaded at compile time, so this answers null as well.
     */
    protected String getParamDisplayLabel(String paramName) {
        return null;
    }

    protected String getTitleKey() {
        return name + ".title";
    }

    protected String getDescriptionKey() {
        return name + ".description";
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[name=" + name + ", locales=" + locales + "]";
    }
}
