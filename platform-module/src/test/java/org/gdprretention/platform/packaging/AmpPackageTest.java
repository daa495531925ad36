package org.gdprretention.platform.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AMP an administrator installs with apply_amps: the Module Management Tool reads module.properties at the
 * root and copies lib/ into WEB-INF/lib. Runs after packaging (its own surefire execution in the verify phase).
 */
class AmpPackageTest {

    private static Path amp;

    @BeforeAll
    static void locateTheBuiltAmp() {
        String file = System.getProperty("gdpr.amp.file");
        assertThat(file).as("system property gdpr.amp.file (set by the package-check execution)").isNotBlank();
        amp = Path.of(file);
        assertThat(amp).as("the AMP built in the package phase").isRegularFile();
    }

    @Test
    void moduleDescriptorAtTheRootCarriesTheModuleIdAndTheBuiltVersion() throws IOException {
        try (ZipFile zip = new ZipFile(amp.toFile())) {
            ZipEntry descriptor = zip.getEntry("module.properties");
            assertThat(descriptor).as("module.properties at the root").isNotNull();
            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(descriptor)) {
                properties.load(in);
            }
            assertThat(properties.getProperty("module.id")).isEqualTo("gdpr-retention-platform");
            assertThat(properties.getProperty("module.version")).isEqualTo(System.getProperty("gdpr.project.version"));
        }
    }

    @Test
    void libHoldsTheModuleAndItsEngineButNothingAcsAlreadyShips() throws IOException {
        List<String> libraries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(amp.toFile())) {
            zip.stream().map(ZipEntry::getName).filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
                    .forEach(libraries::add);
        }
        assertThat(libraries).hasSize(2).anyMatch(name -> name.startsWith("lib/gdpr-retention-platform-"))
                .anyMatch(name -> name.startsWith("lib/retention-core-"))
                .noneMatch(name -> name.contains("alfresco-api") || name.contains("slf4j"));
    }

    @Test
    void theModuleJarInsideCarriesTheSpringContextAndTheModel() throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(amp.toFile())) {
            ZipEntry moduleJar = zip.stream()
                    .filter(entry -> entry.getName().startsWith("lib/gdpr-retention-platform-")).findFirst()
                    .orElseThrow();
            try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(moduleJar))) {
                for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                    entries.add(entry.getName());
                }
            }
        }
        assertThat(entries).contains(
                "alfresco/module/gdpr-retention-platform/module-context.xml",
                "alfresco/module/gdpr-retention-platform/model/retentionModel.xml",
                "alfresco/module/gdpr-retention-platform/alfresco-global.properties",
                "org/gdprretention/platform/disposal/PurgeService.class");
        assertThat(Files.size(amp)).isPositive();
    }
}
