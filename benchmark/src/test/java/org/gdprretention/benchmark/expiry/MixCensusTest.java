package org.gdprretention.benchmark.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.expiry.RetentionFacts;
import org.junit.jupiter.api.Test;

class MixCensusTest {

    private final DocumentMix mix = DocumentMix.generate(10_000, DocumentMix.DEFAULT_SEED);
    private final MixCensus census = MixCensus.of(mix, DocumentMix.REFERENCE_NOW);

    @Test
    void everyDocumentIsCountedOnce() {
        assertThat(census.byStatus().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
        assertThat(census.documents()).isEqualTo(10_000);
    }

    @Test
    void heldAndStartlessDocumentsAreCountedAsTheirFactsSay() {
        RetentionFacts[] facts = mix.facts();
        long held = Arrays.stream(facts).filter(RetentionFacts::onHold).count();
        long pending = Arrays.stream(facts).filter(f -> !f.startKnown() && !f.onHold()).count();
        long extended = Arrays.stream(facts).filter(f -> !f.grantedExtensions().isEmpty()).count();

        assertThat(census.count(RetentionStatus.ON_HOLD)).isEqualTo(held);
        assertThat(census.count(RetentionStatus.PENDING_START)).isEqualTo(pending);
        assertThat(census.withExtensions()).isEqualTo(extended);
    }

    @Test
    void theMixHasActiveExpiringAndExpiredDocuments() {
        assertThat(census.count(RetentionStatus.ACTIVE)).isPositive();
        assertThat(census.count(RetentionStatus.EXPIRING)).isPositive();
        assertThat(census.count(RetentionStatus.EXPIRED)).isPositive();
        assertThat(census.count(RetentionStatus.PURGED)).isZero();
    }

    @Test
    void theDescriptionGivesSharesInEnumOrderAndLeavesOutEmptyStatuses() {
        String text = census.describe();

        assertThat(text).startsWith("PENDING_START ").contains("ACTIVE ", "EXPIRED ", "with granted extensions ")
                .doesNotContain("PURGED");
        assertThat(text.indexOf("ACTIVE")).isLessThan(text.indexOf("EXPIRED"));
    }
}
