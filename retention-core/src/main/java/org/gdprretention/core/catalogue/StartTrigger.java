package org.gdprretention.core.catalogue;

import java.util.Locale;
import java.util.regex.Pattern;
import org.gdprretention.core.InvalidRetentionInputException;

/**
 * The moment a document's retention period starts counting. Stored as text: {@code CREATION_DATE},
 * {@code PROPERTY:gdpr:relationshipEnd} or {@code EXPLICIT_DATE}.
 */
public sealed interface StartTrigger permits StartTrigger.CreationDate, StartTrigger.DateProperty,
        StartTrigger.ExplicitDate {

    String FIELD = "startTrigger";
    String PROPERTY_PREFIX = "PROPERTY:";

    CreationDate CREATION_DATE = new CreationDate();
    ExplicitDate EXPLICIT_DATE = new ExplicitDate();

    /** The text form used for storage. */
    String toText();

    static DateProperty property(String propertyName) {
        return new DateProperty(propertyName);
    }

    /** Parses the stored text form; keywords are case-insensitive, the property name is not. */
    static StartTrigger parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRetentionInputException(FIELD, text,
                    "must be CREATION_DATE, EXPLICIT_DATE or PROPERTY:<prefix:name>");
        }
        String trimmed = text.trim();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.equals(CREATION_DATE.toText())) {
            return CREATION_DATE;
        }
        if (upper.equals(EXPLICIT_DATE.toText())) {
            return EXPLICIT_DATE;
        }
        if (upper.startsWith(PROPERTY_PREFIX)) {
            String name = trimmed.substring(PROPERTY_PREFIX.length());
            if (!DateProperty.NAME.matcher(name).matches()) {
                throw new InvalidRetentionInputException(FIELD, text,
                        "the property must be a prefixed name such as gdpr:relationshipEnd");
            }
            return new DateProperty(name);
        }
        throw new InvalidRetentionInputException(FIELD, text,
                "must be CREATION_DATE, EXPLICIT_DATE or PROPERTY:<prefix:name>");
    }

    /** Retention starts when the document was created (or received, or copied). */
    record CreationDate() implements StartTrigger {
        @Override
        public String toText() {
            return "CREATION_DATE";
        }
    }

    /**
     * Retention starts at the date held in a date property of the document (or its dossier), e.g. the end of
     * employment; while the property is empty the start is unknown and the document is never purged.
     */
    record DateProperty(String propertyName) implements StartTrigger {

        static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*:[A-Za-z][A-Za-z0-9_]*");

        public DateProperty {
            if (propertyName == null || !NAME.matcher(propertyName).matches()) {
                throw new InvalidRetentionInputException(FIELD, propertyName,
                        "the property must be a prefixed name such as gdpr:relationshipEnd");
            }
        }

        @Override
        public String toText() {
            return PROPERTY_PREFIX + propertyName;
        }
    }

    /** Retention starts at a date someone sets explicitly on the document. */
    record ExplicitDate() implements StartTrigger {
        @Override
        public String toText() {
            return "EXPLICIT_DATE";
        }
    }
}
