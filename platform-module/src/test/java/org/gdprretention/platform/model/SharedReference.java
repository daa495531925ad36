package org.gdprretention.platform.model;

import java.nio.file.Path;

import org.gdprretention.alfrescoapi.reference.AcsReferenceData;

/**
 * The ACS reference data (modelSchema.xsd, beans.tsv, signatures.tsv, method-security.tsv) the tests check against:
 * the project's own compressed copy, on the test class path through the alfresco-api module's test-jar.
 */
public final class SharedReference {

    private SharedReference() {
    }

    /** The reference file of that name, unpacked; fails with the name when there is no such file. */
    public static Path alfrescoApiFile(String fileName) {
        return AcsReferenceData.file(fileName);
    }
}
