package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.junit.jupiter.api.Test;

class BinaryHasherTest {

    private final ContentService contentService = mock(ContentService.class);
    private final BinaryHasher hasher = new BinaryHasher(contentService);

    @Test
    void theHashIsTheSha256OfTheStoredBytes() {
        ContentReader reader = mock(ContentReader.class);
        when(reader.exists()).thenReturn(true);
        when(reader.getContentInputStream())
                .thenReturn(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
        when(contentService.getRawReader("store://abc.bin")).thenReturn(reader);

        // the published SHA-256 test vector for "abc"
        assertThat(hasher.hashAll(List.of("store://abc.bin"))).containsExactly(java.util.Map.entry("store://abc.bin",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    @Test
    void aBinaryMissingFromTheStoreHasNoHash() {
        ContentReader reader = mock(ContentReader.class);
        when(reader.exists()).thenReturn(false);
        when(contentService.getRawReader("store://gone.bin")).thenReturn(reader);

        assertThat(hasher.hashAll(List.of("store://gone.bin"))).isEmpty();
    }
}
