package org.gdprretention.share.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The packaged Share JAR (for Share's WEB-INF/lib) and AMP (for the Module Management Tool), after {@code package}. */
class SharePackageTest {

    private static final Path JAR = Path.of(System.getProperty("gdpr.jar.file", "target/none.jar"));
    private static final Path AMP = Path.of(System.getProperty("gdpr.amp.file", "target/none.amp"));
    private static final String VERSION = System.getProperty("gdpr.project.version", "");

    @Test
    void theJarCarriesConfigurationScriptsMessagesAndModuleProperties() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            List<String> names = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("META-INF/share-config-custom.xml",
                    "alfresco/web-extension/gdpr-retention-share-context.xml",
                    "alfresco/web-extension/site-data/extensions/gdpr-retention.xml",
                    "alfresco/web-extension/messages/gdpr-retention-share_nl.properties",
                    "alfresco/web-extension/site-webscripts/org/gdprretention/components/dashlets/retention-overview.get.html.ftl",
                    "META-INF/resources/gdpr-retention/components/dashlets/retention-overview.js",
                    "META-INF/resources/gdpr-retention/components/documentlibrary/gdpr-actions.js",
                    "alfresco/module/gdpr-retention-share/module.properties");
            assertThat(names).noneMatch(n -> n.contains("yui2") || n.endsWith(".class") || n.startsWith("browser/"));
            assertThat(moduleProperties(jar, "alfresco/module/gdpr-retention-share/module.properties")
                    .getProperty("module.version")).isEqualTo(VERSION);
        }
    }

    @Test
    void theAmpHasTheModulePropertiesAtItsRootAndTheJarInLib() throws IOException {
        try (ZipFile amp = new ZipFile(AMP.toFile())) {
            Properties module = moduleProperties(amp, "module.properties");
            assertThat(module.getProperty("module.id")).isEqualTo("gdpr-retention-share");
            assertThat(module.getProperty("module.version")).isEqualTo(VERSION).doesNotContain("${");
            assertThat(module.getProperty("module.repo.version.min")).doesNotContain("${");
            assertThat(amp.getEntry("lib/" + JAR.getFileName())).isNotNull();
        }
    }

    private static Properties moduleProperties(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        Properties properties = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            properties.load(in);
        }
        return properties;
    }
}
