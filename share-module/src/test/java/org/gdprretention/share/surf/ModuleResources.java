package org.gdprretention.share.surf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The module's own files as Share reads them: from the class path (the built JAR's content). */
public final class ModuleResources {

    public static final String DASHLET_DIR = "alfresco/web-extension/site-webscripts/org/gdprretention/components/dashlets/";
    public static final String DASHLET = DASHLET_DIR + "retention-overview.get";
    public static final String GLOBAL_BUNDLE = "alfresco/web-extension/messages/gdpr-retention-share";
    public static final String SHARE_CONFIG = "META-INF/share-config-custom.xml";
    public static final String SHARE_CONTEXT = "alfresco/web-extension/gdpr-retention-share-context.xml";
    public static final String EXTENSION_MODULE = "alfresco/web-extension/site-data/extensions/gdpr-retention.xml";
    public static final String WEB_RESOURCES = "META-INF/resources/";

    private ModuleResources() {
    }

    public static boolean exists(String path) {
        return ModuleResources.class.getClassLoader().getResource(path) != null;
    }

    public static byte[] bytes(String path) {
        try (InputStream in = ModuleResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("Not in the module: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** One properties file, as written (no fallback). */
    public static Map<String, String> properties(String path) {
        Properties properties = new Properties();
        try (InputStream in = ModuleResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("Not in the module: " + path);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> result = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> result.put(key, properties.getProperty(key)));
        return result;
    }

    /**
     * The messages of a bundle in a language as Surf resolves them: the language file over the default (English) one.
     * {@code language} "en" is the default file alone.
     */
    public static Map<String, String> messages(String bundle, String language) {
        Map<String, String> result = new LinkedHashMap<>(properties(bundle + ".properties"));
        if (!language.equals("en")) {
            result.putAll(properties(bundle + "_" + language + ".properties"));
        }
        return result;
    }
}
