package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.junit.jupiter.api.Test;

class BinaryHasherTest {

    private final ContentService contentService = mock(ContentService.class);
    private final AttributeService attributes = mock(AttributeService.class);
    private final BinaryHasher hasher = new BinaryHasher(contentService, new HmacSecret(attributes, null));

    @Test
    void theHashIsTheHmacSha256OfTheStoredBytesUnderTheRepositorysKey() {
        // the key kept in the attribute store is "Jefe" (RFC 4231, test case 2)
        when(attributes.getAttribute(HmacSecret.KEYS)).thenReturn(
                java.util.Base64.getEncoder().encodeToString("Jefe".getBytes(StandardCharsets.US_ASCII)));
        ContentReader reader = mock(ContentReader.class);
        when(reader.exists()).thenReturn(true);
        when(reader.getContentInputStream()).thenReturn(new ByteArrayInputStream(
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)));
        when(contentService.getRawReader("store://rfc4231.bin")).thenReturn(reader);

        // RFC 4231's HMAC-SHA256 for that key and data
        assertThat(hasher.hashAll(List.of("store://rfc4231.bin"))).containsExactly(java.util.Map.entry(
                "store://rfc4231.bin", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    @Test
    void aBinaryMissingFromTheStoreHasNoHash() {
        ContentReader reader = mock(ContentReader.class);
        when(reader.exists()).thenReturn(false);
        when(contentService.getRawReader("store://gone.bin")).thenReturn(reader);

        assertThat(hasher.hashAll(List.of("store://gone.bin"))).isEmpty();
    }
}
