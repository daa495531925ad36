package org.gdprretention.alfrescoapi.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AcsReferenceDataTest {

    private static final Pattern CHECKSUM_ROW = Pattern.compile("\\| `([^`]+)` \\| `([0-9a-f]{64})` \\|");

    @Test
    void everyFileMatchesTheChecksumItsReadmeRecords() throws Exception {
        Map<String, String> recorded = recordedChecksums();
        assertThat(recorded.keySet()).containsExactlyInAnyOrderElementsOf(AcsReferenceData.FILES);
        for (String name : AcsReferenceData.FILES) {
            try (InputStream in = AcsReferenceData.open(name)) {
                assertThat(sha256(in)).as(name).isEqualTo(recorded.get(name));
            }
        }
    }

    @Test
    void unpackedFileHasTheSameBytesAsTheStream() throws Exception {
        byte[] unpacked = Files.readAllBytes(AcsReferenceData.file("method-security.tsv"));
        try (InputStream in = AcsReferenceData.open("method-security.tsv")) {
            assertThat(unpacked).isEqualTo(in.readAllBytes());
        }
        assertThat(new String(unpacked, java.nio.charset.StandardCharsets.UTF_8))
                .contains("org.alfresco.service.cmr.security.AuthorityService\tgetAuthoritiesForUser\tACL_METHOD.ROLE_ADMINISTRATOR");
    }

    @Test
    void signaturesDescribeTheDeclaredRelease() throws Exception {
        String header = new String(AcsReferenceData.open("signatures.tsv").readNBytes(4096),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(header).contains(AcsReferenceData.ACS_VERSION);
    }

    @Test
    void unknownFileIsRefusedWithItsName() {
        assertThatThrownBy(() -> AcsReferenceData.file("nodes.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nodes.tsv'");
    }

    private static Map<String, String> recordedChecksums() throws IOException {
        String readme;
        try (InputStream in = AcsReferenceData.class.getResourceAsStream("/acs-reference/README.md")) {
            assertThat(in).as("acs-reference/README.md on the class path").isNotNull();
            readme = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Map<String, String> checksums = new java.util.TreeMap<>();
        Matcher matcher = CHECKSUM_ROW.matcher(readme);
        while (matcher.find()) {
            checksums.put(matcher.group(1), matcher.group(2));
        }
        return checksums;
    }

    private static String sha256(InputStream in) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
