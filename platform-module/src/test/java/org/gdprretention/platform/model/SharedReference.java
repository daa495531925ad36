package org.gdprretention.platform.model;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only reference data (modelSchema.xsd, beans.tsv, signatures.tsv) that surefire points to. */
public final class SharedReference {

    public static final String SYSTEM_PROPERTY = "gdpr.shared.dir";

    private SharedReference() {
    }

    /** A file under {@code <shared>/alfresco-api/}; fails with the path it looked at when it is missing. */
    public static Path alfrescoApiFile(String fileName) {
        String dir = System.getProperty(SYSTEM_PROPERTY);
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("System property " + SYSTEM_PROPERTY
                    + " is not set; run the tests through Maven (surefire sets it)");
        }
        Path file = Path.of(dir, "alfresco-api", fileName).toAbsolutePath().normalize();
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("Reference file '" + file + "' (from " + SYSTEM_PROPERTY
                    + ") cannot be read");
        }
        return file;
    }
}
