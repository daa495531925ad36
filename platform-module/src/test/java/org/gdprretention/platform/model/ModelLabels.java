package org.gdprretention.platform.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The model's label bundles as ACS's message service reads them, and the keys its dictionary looks up
 * ({@code M2Label}: {@code <model>.<kind>.<prefix_name>.<title|description>}; list values:
 * {@code listconstraint.<prefix_constraint>.<value>}).
 */
public final class ModelLabels {

    public static final String BUNDLE = "alfresco/module/gdpr-retention-platform/messages/retentionModel";

    private ModelLabels() {
    }

    /** The bundle for a locale suffix: "" for the default (English), "_nl" for Dutch. */
    public static Properties load(String localeSuffix) {
        String resource = BUNDLE + localeSuffix + ".properties";
        try (InputStream in = ModelLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Invalid label bundle '" + resource + "': not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String classKey(ModelClass modelClass, String label) {
        String kind = modelClass.kind() == ModelClass.Kind.TYPE ? "type" : "aspect";
        return key(kind, modelClass.name(), label);
    }

    public static String propertyKey(String propertyName, String label) {
        return key("property", propertyName, label);
    }

    public static String associationKey(String associationName, String label) {
        return key("association", associationName, label);
    }

    public static String listValueKey(String constraintName, String value) {
        return "listconstraint." + underscored(constraintName) + "." + value;
    }

    private static String key(String kind, String prefixedName, String label) {
        return underscored(ContentModelXml.retentionModel().name()) + "." + kind + "." + underscored(prefixedName) + "."
                + label;
    }

    private static String underscored(String prefixedName) {
        return prefixedName.replace(':', '_');
    }
}
