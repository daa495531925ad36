package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gdprretention.core.sweep.StoreWalkSummary;
import org.gdprretention.core.sweep.UnreadableEntry;
import org.junit.jupiter.api.Test;

class SweepProblemsTest {

    @Test
    void namesEachUnreadableEntryOfTheSampleAndCountsAll() {
        StoreWalkSummary walk = new StoreWalkSummary(10, 100, 5, 0, 0, 3, List.of(
                new UnreadableEntry("2025/3", "AccessDeniedException: /store/2025/3"),
                new UnreadableEntry("", "AccessDeniedException: /store")), true);

        assertThat(SweepProblems.of(walk)).containsExactly(
                "3 entries could not be read and were left alone",
                "unreadable: 2025/3 (AccessDeniedException: /store/2025/3)",
                "unreadable: (store root) (AccessDeniedException: /store)");
    }

    @Test
    void aCleanWalkHasNoProblems() {
        assertThat(SweepProblems.of(new StoreWalkSummary(1, 1, 1, 2, 3, 0, List.of(), true))).isEmpty();
    }
}
