package org.gdprretention.platform.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The docker stack of the README's run command agrees with the build: the images copy exactly the JARs this build
 * makes, readable by ACS's user, and the ACS and Share releases the stack starts are inside the range the modules
 * declare in module.properties. No Docker engine is needed: the files are read as text.
 */
class DockerStackTest {

    private static final Path DOCKER = Path.of(System.getProperty("basedir", "."), "..", "docker").normalize();
    private static final Pattern TAG_DEFAULT = Pattern.compile("\\$\\{(ACS_TAG|SHARE_TAG):-([0-9.]+)}");

    @Test
    void envNamesTheProjectAndTheVersionThisBuildMakes() throws IOException {
        Properties env = load(DOCKER.resolve(".env"));
        assertThat(env.getProperty("COMPOSE_PROJECT_NAME")).isEqualTo("gdpr-retention");
        assertThat(env.getProperty("GDPR_RETENTION_VERSION"))
                .as("docker/.env GDPR_RETENTION_VERSION must follow the Maven version")
                .isEqualTo(moduleProperties().getProperty("module.version"));
    }

    @Test
    void repositoryImageCopiesTheExactJarsOwnedByRootAndReadableByGroupAlfresco() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("acs/Dockerfile"));
        assertThat(copiedSources(dockerfile)).containsExactly(
                "platform-module/target/gdpr-retention-platform-${GDPR_RETENTION_VERSION}.jar",
                "retention-core/target/retention-core-${GDPR_RETENTION_VERSION}.jar");
        assertThat(dockerfile).contains("ARG GROUPNAME=Alfresco").contains("COPY --chown=root:${GROUPNAME}")
                .containsPattern("RUN chmod 0640 [^\\n]*gdpr-retention-platform-\\$\\{GDPR_RETENTION_VERSION}\\.jar")
                .containsPattern("(?s)USER root.*USER \\$\\{IMAGEUSERNAME}\\s*$");
    }

    @Test
    void shareImageCopiesTheExactJar() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("share/Dockerfile"));
        assertThat(copiedSources(dockerfile))
                .containsExactly("share-module/target/gdpr-retention-share-${GDPR_RETENTION_VERSION}.jar");
        assertThat(dockerfile).contains("RUN chmod 0644");
    }

    @Test
    void stackDefaultsToReleasesInsideTheDeclaredRange() throws IOException {
        Properties module = moduleProperties();
        String min = module.getProperty("module.repo.version.min");
        String max = module.getProperty("module.repo.version.max");
        assertThat(min).matches("[0-9.]+");
        assertThat(max).matches("[0-9.]+");

        String compose = Files.readString(DOCKER.resolve("docker-compose.yml"));
        Matcher tags = TAG_DEFAULT.matcher(compose);
        List<String> defaults = new ArrayList<>();
        while (tags.find()) {
            String tag = tags.group(2);
            defaults.add(tags.group(1) + "=" + tag);
            assertThat(compare(tag, min)).as(tags.group(1) + " " + tag + " >= min " + min).isGreaterThanOrEqualTo(0);
            assertThat(compare(tag, max)).as(tags.group(1) + " " + tag + " <= max " + max).isLessThanOrEqualTo(0);
        }
        assertThat(defaults).containsExactlyInAnyOrder("ACS_TAG=26.2.0", "SHARE_TAG=26.2.0");
        // the Dockerfiles' own defaults (a plain docker build) are the same releases
        assertThat(Files.readString(DOCKER.resolve("acs/Dockerfile"))).contains("ARG ACS_TAG=26.2.0");
        assertThat(Files.readString(DOCKER.resolve("share/Dockerfile"))).contains("ARG SHARE_TAG=26.2.0");
        // the API the module is checked against (ACS 26.3) is inside the range too
        assertThat(compare("26.3", max)).isLessThanOrEqualTo(0);
    }

    @Test
    void versionsCompareNumericallyByComponent() {
        assertThat(compare("26.2.0", "26.2")).isZero();
        assertThat(compare("26.10", "26.9")).isPositive();
        assertThat(compare("26.1.0", "26.2")).isNegative();
        assertThat(compare("27.0", "26.99")).isPositive();
    }

    /** Source paths of every COPY line (continuation lines joined), without the destination and the flags. */
    private static List<String> copiedSources(String dockerfile) {
        List<String> sources = new ArrayList<>();
        for (String instruction : dockerfile.replace("\\\n", " ").split("\n")) {
            String[] words = instruction.trim().split("\\s+");
            if (words.length > 0 && words[0].equals("COPY")) {
                for (int i = 1; i < words.length - 1; i++) {
                    if (!words[i].startsWith("--")) {
                        sources.add(words[i]);
                    }
                }
            }
        }
        assertThat(sources).as("COPY sources").noneMatch(source -> source.contains("*"));
        return sources;
    }

    static int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? Integer.parseInt(a[i]) : 0;
            int y = i < b.length ? Integer.parseInt(b[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static Properties moduleProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DockerStackTest.class.getResourceAsStream(
                "/alfresco/module/gdpr-retention-platform/module.properties")) {
            assertThat(in).as("filtered module.properties on the class path").isNotNull();
            properties.load(in);
        }
        return properties;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
