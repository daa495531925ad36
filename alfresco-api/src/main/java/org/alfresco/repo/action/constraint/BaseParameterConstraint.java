package org.alfresco.repo.action.constraint;

import java.util.Map;

import org.alfresco.repo.action.RuntimeActionService;
import org.alfresco.service.cmr.action.ParameterConstraint;
import org.springframework.beans.factory.BeanNameAware;

/**
 * Compile-only copy of the ACS 26.3 signature, with ACS's behaviour so tests see what production does: the name is
 * the bean name, {@code init} registers with the action service, and the allowable values are kept after the first
 * call unless caching is switched off (ACS's abstract bean {@code action-constraint} switches it off).
 */
public abstract class BaseParameterConstraint implements ParameterConstraint, BeanNameAware {

    protected String name;
    protected RuntimeActionService actionService;
    protected boolean cache = true;
    protected Map<String, String> allowableValues;

    public void init() {
        actionService.registerParameterConstraint(this);
    }

    public void setActionService(RuntimeActionService actionService) {
        this.actionService = actionService;
    }

    public void setCacheAllowableValues(boolean cache) {
        this.cache = cache;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setBeanName(String name) {
        this.name = name;
    }

    @Override
    public Map<String, String> getAllowableValues() {
        if (!cache) {
            return getAllowableValuesImpl();
        }
        if (allowableValues == null) {
            allowableValues = getAllowableValuesImpl();
        }
        return allowableValues;
    }

    protected abstract Map<String, String> getAllowableValuesImpl();

    @Override
    public String getValueDisplayLabel(String value) {
        return getAllowableValues().get(value);
    }

    @Override
    public boolean isValidValue(String value) {
        return getAllowableValues().containsKey(value);
    }
}
