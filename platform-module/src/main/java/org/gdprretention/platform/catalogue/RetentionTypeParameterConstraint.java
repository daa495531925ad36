package org.gdprretention.platform.catalogue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.alfresco.repo.action.constraint.BaseParameterConstraint;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.catalogue.RetentionType;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * Action parameter constraint {@value #NAME}: the catalogue's retention types, code to label in the caller's
 * language (English when the type has no label in it), sorted by code. Share's action form and the rule editor show it as a drop-down, and ACS refuses an
 * action whose value is not listed. Read on every call (ACS's {@code action-constraint} parent switches caching off),
 * so a type added to the catalogue is offered at once, on every server.
 */
public class RetentionTypeParameterConstraint extends BaseParameterConstraint implements InitializingBean {

    public static final String NAME = "gdpr-retention.retention-types";

    private RepositoryRetentionCatalogue catalogue;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "catalogue", catalogue);
    }

    @Override
    protected Map<String, String> getAllowableValuesImpl() {
        Locale locale = I18NUtil.getLocale();
        Map<String, String> values = new LinkedHashMap<>();
        for (RetentionType type : catalogue.current().all()) {
            values.put(type.code(), label(type, locale));
        }
        return values;
    }

    private static String label(RetentionType type, Locale locale) {
        String label = type.label(locale);
        return label == null || label.isBlank() ? type.code() : label;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }
}
