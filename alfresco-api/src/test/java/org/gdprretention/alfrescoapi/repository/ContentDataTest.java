package org.gdprretention.alfrescoapi.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.alfresco.service.cmr.repository.ContentData;
import org.junit.jupiter.api.Test;

class ContentDataTest {

    private static final String URL = "store://2026/5/1/12/30/abc.bin";

    @Test
    void exposesTheBinaryDetails() {
        ContentData data = new ContentData(URL, "application/pdf", 2048L, "UTF-8", Locale.ENGLISH);

        assertThat(data.getContentUrl()).isEqualTo(URL);
        assertThat(data.getMimetype()).isEqualTo("application/pdf");
        assertThat(data.getSize()).isEqualTo(2048L);
        assertThat(data.getEncoding()).isEqualTo("UTF-8");
        assertThat(data.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(data).hasToString("contentUrl=" + URL + "|mimetype=application/pdf|size=2048|encoding=UTF-8"
                + "|locale=en");
    }

    @Test
    void usesTheBinaryMimetypeWhenAUrlComesWithoutOne() {
        assertThat(new ContentData(URL, null, 1L, "UTF-8").getMimetype()).isEqualTo("application/octet-stream");
        assertThat(new ContentData(null, null, 0L, null).getMimetype()).isNull();
    }

    @Test
    void comparesMimetypeAndEncodingIgnoringCase() {
        ContentData lower = new ContentData(URL, "application/pdf", 1L, "utf-8", Locale.ENGLISH);
        ContentData upper = new ContentData(URL, "APPLICATION/PDF", 1L, "UTF-8", Locale.ENGLISH);

        assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
        assertThat(lower).isNotEqualTo(new ContentData(URL, "application/pdf", 2L, "utf-8", Locale.ENGLISH));
    }

    @Test
    void tellsWhetherThereIsABinary() {
        assertThat(ContentData.hasContent(new ContentData(URL, "text/plain", 0L, "UTF-8"))).isTrue();
        assertThat(ContentData.hasContent(new ContentData(null, null, 0L, null))).isFalse();
        assertThat(ContentData.hasContent(null)).isFalse();
    }

    @Test
    void refusesAUrlWithTheSeparatorCharacterNamingTheUrl() {
        assertThatThrownBy(() -> new ContentData("store://a|b", "text/plain", 0L, "UTF-8"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("store://a|b");
    }
}
