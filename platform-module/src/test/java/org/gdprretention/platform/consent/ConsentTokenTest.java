package org.gdprretention.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentTokenTest {

    @Test
    void aTokenIs32RandomBytesInBase64UrlWithoutPadding() {
        Set<String> tokens = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            String token = ConsentToken.generate(random);
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(ConsentToken.isWellFormed(token)).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void theStoredFormIsTheLowerCaseHexSha256OfTheToken() {
        // SHA-256 of the 43 ASCII characters "AAAA...A", computed independently (sha256sum)
        String token = "A".repeat(43);

        assertThat(ConsentToken.hash(token))
                .isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a")
                .hasSize(64);
        assertThat(ConsentToken.matches(ConsentToken.hash(token), ConsentToken.hash(token))).isTrue();
        assertThat(ConsentToken.matches(ConsentToken.hash(token).toUpperCase(), ConsentToken.hash(token))).isTrue();
        assertThat(ConsentToken.matches(ConsentToken.hash(token), ConsentToken.hash("B".repeat(43)))).isFalse();
        assertThat(ConsentToken.matches(null, ConsentToken.hash(token))).isFalse();
    }

    @Test
    void textThatIsNotShapedLikeATokenIsRefusedBeforeHashing() {
        for (String text : new String[] {null, "", "A".repeat(42), "A".repeat(44), "A".repeat(42) + "=",
                "A".repeat(42) + "+", "A".repeat(42) + "/", " " + "A".repeat(42), "A".repeat(42) + "\u00e9"}) {
            assertThat(ConsentToken.isWellFormed(text)).as(String.valueOf(text)).isFalse();
        }
        assertThatThrownBy(() -> ConsentToken.hash("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 43 Base64URL characters").hasMessageNotContaining("short");
    }
}
