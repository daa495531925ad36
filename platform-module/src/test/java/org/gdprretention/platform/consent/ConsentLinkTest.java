package org.gdprretention.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import org.alfresco.repo.admin.SysAdminParams;
import org.junit.jupiter.api.Test;

class ConsentLinkTest {

    private final SysAdminParams params = mock(SysAdminParams.class);

    @Test
    void theRepositorysOwnAddressLeavesOutTheDefaultPort() {
        when(params.getAlfrescoProtocol()).thenReturn("https");
        when(params.getAlfrescoHost()).thenReturn("dms.example.org");
        when(params.getAlfrescoPort()).thenReturn(443);
        when(params.getAlfrescoContext()).thenReturn("alfresco");

        assertThat(ConsentLink.page(params, "")).isEqualTo("https://dms.example.org/alfresco/s/gdpr/consent");
    }

    @Test
    void anotherPortIsNamed() {
        when(params.getAlfrescoProtocol()).thenReturn("http");
        when(params.getAlfrescoHost()).thenReturn("localhost");
        when(params.getAlfrescoPort()).thenReturn(8080);
        when(params.getAlfrescoContext()).thenReturn("alfresco");

        assertThat(ConsentLink.page(params, null)).isEqualTo("http://localhost:8080/alfresco/s/gdpr/consent");
    }

    @Test
    void aConfiguredPageAddressWinsAndTheTokenIsAppended() {
        String page = ConsentLink.page(params, " https://privacy.example.org/toestemming ");

        assertThat(page).isEqualTo("https://privacy.example.org/toestemming");
        assertThat(ConsentLink.withToken(page, "abc_DEF-1")).isEqualTo(page + "?token=abc_DEF-1");
        assertThat(ConsentLink.withToken(page + "?x=1", "t")).isEqualTo(page + "?x=1&token=t");
    }

    @Test
    void theLanguageSettingTakesDutchOrEnglishAndRefusesOthersClearly() {
        assertThat(ConsentLanguages.parse("nl")).isEqualTo(new Locale("nl"));
        assertThat(ConsentLanguages.parse("nl_NL")).isEqualTo(new Locale("nl"));
        assertThat(ConsentLanguages.parse("en-GB")).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> ConsentLanguages.parse("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gdpr-retention.consent.defaultLocale 'de'");
        assertThat(ConsentLanguages.choose("EN", ConsentLanguages.DUTCH)).isEqualTo(Locale.ENGLISH);
        assertThat(ConsentLanguages.choose("fr", Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(ConsentLanguages.choose(null, null)).isEqualTo(ConsentLanguages.DUTCH);
    }
}
