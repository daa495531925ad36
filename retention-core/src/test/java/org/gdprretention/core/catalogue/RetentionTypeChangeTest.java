package org.gdprretention.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.function.UnaryOperator;
import org.gdprretention.core.DisposalMode;
import org.gdprretention.core.RetentionCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetentionTypeChangeTest {

    private static final RetentionType BASE = RetentionType.builder().code("APPLICATION").period("P4W")
            .startTrigger(StartTrigger.property("gdpr:relationshipEnd")).category(RetentionCategory.OTHER)
            .extendable(true).extensionPeriod("P48W").maxExtensions(1).consentLeadDays(30)
            .label("en", "Application").label("nl", "Sollicitatie").build();

    static java.util.stream.Stream<Arguments> changesThatReachDocuments() {
        return java.util.stream.Stream.of(
                Arguments.of("period", edit(b -> b.period("P8W"))),
                Arguments.of("startTrigger", edit(b -> b.startTrigger(StartTrigger.CREATION_DATE))),
                Arguments.of("category", edit(b -> b.category(RetentionCategory.CERTIFICATES))),
                Arguments.of("consentLeadDays", edit(b -> b.consentLeadDays(14))),
                Arguments.of("extendable", edit(b -> b.extendable(false).maxExtensions(0))),
                Arguments.of("extensionPeriod", edit(b -> b.extensionPeriod("P1Y"))),
                Arguments.of("maxExtensions", edit(b -> b.maxExtensions(2))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesThatReachDocuments")
    void aChangeOfAFieldDocumentsDependOnRequiresARecompute(String field, RetentionType after) {
        assertThat(RetentionTypeChange.requiresRecompute(BASE, after)).as(field).isTrue();
    }

    @Test
    void labelsAndDisposalModeAloneDoNotRequireARecompute() {
        RetentionType relabelled = edit(b -> b.label("en", "Job application").disposalMode(DisposalMode.AUTO_PURGE));

        assertThat(RetentionTypeChange.requiresRecompute(BASE, relabelled)).isFalse();
        assertThat(RetentionTypeChange.requiresRecompute(BASE, BASE)).isFalse();
    }

    @Test
    void periodsAreComparedByLengthNotByText() {
        assertThat(RetentionTypeChange.requiresRecompute(BASE, edit(b -> b.period("P28D")))).isFalse();
    }

    @Test
    void refusesMissingTypes() {
        assertThatNullPointerException().isThrownBy(() -> RetentionTypeChange.requiresRecompute(null, BASE));
        assertThatNullPointerException().isThrownBy(() -> RetentionTypeChange.requiresRecompute(BASE, null));
    }

    private static RetentionType edit(UnaryOperator<RetentionType.Builder> change) {
        return change.apply(BASE.toBuilder()).build();
    }
}
