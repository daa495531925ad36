package org.gdprretention.platform.disposal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the HMAC-SHA256 of binaries, keyed with the repository's secret ({@link HmacSecret}), before they are
 * removed, so that a disposal record can show exactly which content was destroyed without letting someone who holds
 * a copy confirm it from the record. Read through the content service, i.e. through whatever store (file, S3,
 * encrypted) holds it.
 */
class BinaryHasher {

    private static final Logger LOGGER = LoggerFactory.getLogger(BinaryHasher.class);
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final String ALGORITHM = "HmacSHA256";

    private final ContentService contentService;
    private final HmacSecret secret;

    BinaryHasher(ContentService contentService, HmacSecret secret) {
        this.contentService = contentService;
        this.secret = secret;
    }

    /** Hashes by content URL; a binary missing from the store has no hash (and is logged). */
    Map<String, String> hashAll(List<String> contentUrls) {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (contentUrls.isEmpty()) {
            return hashes;
        }
        byte[] key = secret.key();
        for (String url : contentUrls) {
            ContentReader reader = contentService.getRawReader(url);
            if (reader == null || !reader.exists()) {
                LOGGER.warn("Binary {} is not in the content store; its disposal record has no hash for it", url);
                continue;
            }
            hashes.put(url, hmac(key, reader));
        }
        return hashes;
    }

    private static String hmac(byte[] key, ContentReader reader) {
        Mac digest = newMac(key);
        byte[] buffer = new byte[BUFFER_SIZE];
        try (InputStream in = reader.getContentInputStream()) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read binary " + reader.getContentUrl() + " to hash it", e);
        }
        return HexFormat.of().formatHex(digest.doFinal());
    }

    private static Mac newMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform must provide " + ALGORITHM, e);
        }
    }
}
