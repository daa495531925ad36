package org.gdprretention.platform.disposal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the SHA-256 of binaries before they are removed, so that a disposal record can show exactly which content
 * was destroyed. Read through the content service, i.e. through whatever store (file, S3, encrypted) holds it.
 */
class BinaryHasher {

    private static final Logger LOGGER = LoggerFactory.getLogger(BinaryHasher.class);
    private static final int BUFFER_SIZE = 64 * 1024;

    private final ContentService contentService;

    BinaryHasher(ContentService contentService) {
        this.contentService = contentService;
    }

    /** Hashes by content URL; a binary missing from the store has no hash (and is logged). */
    Map<String, String> hashAll(List<String> contentUrls) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String url : contentUrls) {
            ContentReader reader = contentService.getRawReader(url);
            if (reader == null || !reader.exists()) {
                LOGGER.warn("Binary {} is not in the content store; its disposal record has no hash for it", url);
                continue;
            }
            hashes.put(url, sha256(reader));
        }
        return hashes;
    }

    private static String sha256(ContentReader reader) {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER_SIZE];
        try (InputStream in = reader.getContentInputStream()) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read binary " + reader.getContentUrl() + " to hash it", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
