package org.gdprretention.core.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisposalInputTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void batchLimitMustBePositive(int limit) {
        assertThatThrownBy(() -> new DisposalRequest(false, limit, SharedBinaryPolicy.KEEP_BINARY, "officer", "r"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessage("Invalid batchLimit '" + limit + "': must be greater than 0");
    }

    @Test
    void requestMustNameWhoAsks() {
        assertThatThrownBy(() -> new DisposalRequest(false, 5, null, " ", "r"))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid requestedBy ' '");
    }

    @Test
    void requestDefaultsToKeepingSharedBinaries() {
        DisposalRequest request = new DisposalRequest(false, 5, null, "officer", null);

        assertThat(request.sharedBinaryPolicy()).isEqualTo(SharedBinaryPolicy.KEEP_BINARY);
        assertThat(request.reason()).isEmpty();
    }

    @Test
    void blankContentUrlIsRefusedNamingFieldAndDocument() {
        assertThatThrownBy(() -> DisposalCandidate.of(DocumentId.of("doc-9"), RetentionStatus.EXPIRED, false,
                List.of("store://ok", " ")))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid contentUrl ' '")
                .hasMessageContaining("doc-9");
    }

    @Test
    void missingStatusIsRefusedNamingTheField() {
        assertThatThrownBy(() -> DisposalCandidate.of(DocumentId.of("doc-9"), null, false, List.of()))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid status 'null'");
    }

    @Test
    void missingBinaryListIsRefusedNamingTheField() {
        assertThatThrownBy(() -> DisposalCandidate.of(DocumentId.of("doc-9"), RetentionStatus.EXPIRED, false, null))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageStartingWith("Invalid binaries 'null'");
    }

    @Test
    void repeatedUrlOfNodeAndLatestVersionIsListedOnce() {
        DisposalCandidate candidate = DisposalCandidate.of(DocumentId.of("doc"), RetentionStatus.EXPIRED, false,
                Arrays.asList("store://current", "store://v1", "store://current"));

        assertThat(candidate.binaries()).containsExactly("store://current", "store://v1");
    }

    @Test
    void missingPlannerInputIsRefusedNamingTheField() {
        DisposalRequest request = new DisposalRequest(true, 5, null, "officer", null);
        DisposalPlanner planner = new DisposalPlanner((url, purging) -> false);

        assertField(() -> new DisposalPlanner(null), "references");
        assertField(() -> planner.plan(null, request), "candidates");
        assertField(() -> planner.plan(List.of(), null), "request");
        assertField(() -> planner.plan(Arrays.asList((DisposalCandidate) null), request), "candidates");
    }

    private static void assertField(Runnable step, String field) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidRetentionInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
