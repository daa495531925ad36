package org.gdprretention.platform.catalogue;

import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CATEGORY;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CODE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CONSENT_LEAD_DAYS;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_DISPOSAL_MODE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_EXTENDABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_EXTENSION_PERIOD;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_LABEL_EN;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_LABEL_NL;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_MAX_EXTENSIONS;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_PERIOD;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_START_TRIGGER;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;

/**
 * Translates a {@code gdpr:retentionTypeDefinition} node's properties to the engine's {@link RetentionType} and
 * back. Every check is the engine's: a bad value fails with the engine's message, which names the field.
 * Optional fields left empty get the engine's defaults.
 */
public class RetentionTypeDefinitionMapper {

    public RetentionType toRetentionType(Map<QName, Serializable> properties) {
        RetentionType.Builder builder = RetentionType.builder()
                .code(text(properties, PROP_TYPE_CODE))
                .period(text(properties, PROP_TYPE_PERIOD))
                .startTrigger(StartTrigger.parse(text(properties, PROP_TYPE_START_TRIGGER)))
                .category(text(properties, PROP_TYPE_CATEGORY))
                .extendable(Boolean.TRUE.equals(properties.get(PROP_TYPE_EXTENDABLE)));
        label(builder, "en", properties.get(PROP_TYPE_LABEL_EN));
        label(builder, "nl", properties.get(PROP_TYPE_LABEL_NL));
        String extensionPeriod = text(properties, PROP_TYPE_EXTENSION_PERIOD);
        if (extensionPeriod != null) {
            builder.extensionPeriod(extensionPeriod);
        }
        Integer maxExtensions = number("maxExtensions", properties.get(PROP_TYPE_MAX_EXTENSIONS));
        if (maxExtensions != null) {
            builder.maxExtensions(maxExtensions);
        }
        Integer leadDays = number("consentLeadDays", properties.get(PROP_TYPE_CONSENT_LEAD_DAYS));
        if (leadDays != null) {
            builder.consentLeadDays(leadDays);
        }
        String disposalMode = text(properties, PROP_TYPE_DISPOSAL_MODE);
        if (disposalMode != null) {
            builder.disposalMode(disposalMode);
        }
        return builder.build();
    }

    /** Every catalogue field of the type as node properties (labels other than en and nl have no property). */
    public Map<QName, Serializable> toProperties(RetentionType type) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(PROP_TYPE_CODE, type.code());
        properties.put(PROP_TYPE_LABEL_EN, type.labels().get("en"));
        properties.put(PROP_TYPE_LABEL_NL, type.labels().get("nl"));
        properties.put(PROP_TYPE_PERIOD, type.period().toString());
        properties.put(PROP_TYPE_START_TRIGGER, type.startTrigger().toText());
        properties.put(PROP_TYPE_CATEGORY, type.category().name());
        properties.put(PROP_TYPE_EXTENDABLE, type.extendable());
        properties.put(PROP_TYPE_EXTENSION_PERIOD, type.extensionPeriod().toString());
        properties.put(PROP_TYPE_MAX_EXTENSIONS, type.maxExtensions());
        properties.put(PROP_TYPE_CONSENT_LEAD_DAYS, type.consentLeadDays());
        properties.put(PROP_TYPE_DISPOSAL_MODE, type.disposalMode().name());
        return properties;
    }

    // An empty label is left out, so that the engine reports the missing language rather than a blank one.
    private static void label(RetentionType.Builder builder, String language, Serializable value) {
        if (value != null && !value.toString().isBlank()) {
            builder.label(language, value.toString());
        }
    }

    private static String text(Map<QName, Serializable> properties, QName name) {
        Serializable value = properties.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Integer number(String field, Serializable value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidRetentionInputException(field, value, "must be a whole number");
        }
    }
}
