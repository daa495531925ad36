package org.gdprretention.benchmark.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.junit.jupiter.api.Test;

/** The engine's results over the report's whole mix equal those of the rules restated in plain java.time. */
class ExpiryChecksumTest {

    @Test
    void theEngineAgreesWithThePlainRulesOnTheMillionDocumentsOfTheReport() {
        DocumentMix mix = DocumentMix.generate(ExpiryBenchmark.DOCUMENTS, DocumentMix.DEFAULT_SEED);

        assertThat(ExpiryChecksum.ofEngine(mix.facts(), DocumentMix.REFERENCE_NOW, ExpiryCalculator.DEFAULT_ZONE))
                .isEqualTo(ExpiryChecksum.ofPlainRules(mix.facts(), DocumentMix.REFERENCE_NOW,
                        ExpiryCalculator.DEFAULT_ZONE));
    }

    // Printed by the report before the engine's hot path was reworked for speed; any change of any result of the
    // million documents changes it.
    private static final long CHECKSUM_BEFORE_THE_SPEED_WORK = 0x0347b0d81992ebbdL;

    @Test
    void theMillionResultsAreTheSameAsBeforeTheSpeedWork() {
        DocumentMix mix = DocumentMix.generate(ExpiryBenchmark.DOCUMENTS, DocumentMix.DEFAULT_SEED);

        assertThat(ExpiryChecksum.ofEngine(mix.facts(), DocumentMix.REFERENCE_NOW, ExpiryCalculator.DEFAULT_ZONE))
                .isEqualTo(CHECKSUM_BEFORE_THE_SPEED_WORK);
    }

    @Test
    void theSinkPathGivesTheMillionResultsOfBeforeTheSpeedWork() {
        DocumentMix mix = DocumentMix.generate(ExpiryBenchmark.DOCUMENTS, DocumentMix.DEFAULT_SEED);

        assertThat(ExpiryChecksum.ofEngineIntoSink(mix.facts(), DocumentMix.REFERENCE_NOW,
                ExpiryCalculator.DEFAULT_ZONE)).isEqualTo(CHECKSUM_BEFORE_THE_SPEED_WORK);
    }

    @Test
    void theSinkPathAgreesInAZoneWhoseClocksJumpAcrossMidnight() {
        ZoneId zone = ZoneId.of("America/Santiago");
        DocumentMix mix = DocumentMix.generate(200_000, 7);

        assertThat(ExpiryChecksum.ofEngineIntoSink(mix.facts(), DocumentMix.REFERENCE_NOW, zone))
                .isEqualTo(ExpiryChecksum.ofPlainRules(mix.facts(), DocumentMix.REFERENCE_NOW, zone));
    }

    @Test
    void theEngineAgreesInAZoneWhoseClocksJumpAcrossMidnight() {
        ZoneId zone = ZoneId.of("America/Santiago");
        DocumentMix mix = DocumentMix.generate(200_000, 7);

        assertThat(ExpiryChecksum.ofEngine(mix.facts(), DocumentMix.REFERENCE_NOW, zone))
                .isEqualTo(ExpiryChecksum.ofPlainRules(mix.facts(), DocumentMix.REFERENCE_NOW, zone));
    }

    @Test
    void theChecksumSeesASingleDifferentResult() {
        DocumentMix mix = DocumentMix.generate(1_000, 3);
        long before = ExpiryChecksum.ofEngine(mix.facts(), DocumentMix.REFERENCE_NOW, ExpiryCalculator.DEFAULT_ZONE);
        mix.facts()[500] = mix.facts()[500].withOnHold(!mix.facts()[500].onHold());

        assertThat(ExpiryChecksum.ofEngine(mix.facts(), DocumentMix.REFERENCE_NOW, ExpiryCalculator.DEFAULT_ZONE))
                .isNotEqualTo(before);
    }
}
