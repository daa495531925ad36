package org.gdprretention.alfrescoapi.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The ACS reference data the tests check the add-on against ({@code signatures.tsv}, {@code beans.tsv}, ...), kept
 * gzip-compressed on the test class path under {@code /acs-reference/} so that the build needs nothing outside the
 * project. Where the data came from is in {@code acs-reference/README.md}.
 *
 * <p>Consumers want files (schema validation, line streams), so each one is unpacked once per JVM into a temporary
 * directory that is removed when the JVM exits.
 */
public final class AcsReferenceData {

    /** The ACS release the data describes. */
    public static final String ACS_VERSION = "26.3.0.32";

    /** Every file the data set holds, by its uncompressed name. */
    public static final List<String> FILES = List.of("signatures.tsv", "signatures-supertypes.tsv", "beans.tsv",
            "method-security.tsv", "modelSchema.xsd");

    private static final String RESOURCE_DIR = "/acs-reference/";
    private static final Map<String, Path> UNPACKED = new ConcurrentHashMap<>();
    private static Path directory;

    private AcsReferenceData() {
    }

    /** The uncompressed file of that name; fails with the name when the data set has no such file. */
    public static Path file(String name) {
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException("No ACS reference file '" + name + "'; known: " + FILES);
        }
        return UNPACKED.computeIfAbsent(name, AcsReferenceData::unpack);
    }

    /** The uncompressed bytes, streamed from the class path. */
    public static InputStream open(String name) throws IOException {
        InputStream compressed = AcsReferenceData.class.getResourceAsStream(RESOURCE_DIR + name + ".gz");
        if (compressed == null) {
            throw new IllegalStateException("ACS reference file " + RESOURCE_DIR + name + ".gz is not on the class path");
        }
        return new GZIPInputStream(compressed, 1 << 16);
    }

    private static Path unpack(String name) {
        try (InputStream in = open(name)) {
            Path target = unpackDirectory().resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack ACS reference file " + name, e);
        }
    }

    private static synchronized Path unpackDirectory() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory("acs-reference-" + ACS_VERSION + "-");
            directory.toFile().deleteOnExit();
        }
        return directory;
    }
}
