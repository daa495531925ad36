package org.gdprretention.benchmark.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gdprretention.benchmark.pairs.PairedRatio;
import org.gdprretention.core.consent.ConsentCandidate;
import org.gdprretention.core.consent.ConsentExclusion;
import org.gdprretention.core.consent.ConsentPlan;
import org.gdprretention.core.consent.ConsentPlanner;
import org.gdprretention.core.consent.ConsentRequest;
import org.junit.jupiter.api.Test;

class ConsentSectionTest {

    @Test
    void theStreamIsSortedBySubjectRepeatableAndMixesRequestsAndExclusions() {
        ConsentCandidate[] candidates = ConsentStream.generate(20_000, 5);

        for (int i = 1; i < candidates.length; i++) {
            assertThat(candidates[i].subjectId()).isGreaterThanOrEqualTo(candidates[i - 1].subjectId());
        }
        assertThat(ConsentStream.generate(20_000, 5)).containsExactly(candidates);
        ConsentPlan plan = ConsentPlanner.plan(Arrays.asList(candidates), ConsentStream.TODAY);
        assertThat(plan.requests()).hasSizeGreaterThan(100);
        assertThat(plan.exclusions()).hasSizeGreaterThan(100);
    }

    @Test
    void theStreamedPlanOfTheBenchmarkMixEqualsTheListPlan() {
        ConsentCandidate[] candidates = ConsentStream.generate(20_000, 5);
        List<ConsentRequest> requests = new ArrayList<>();
        List<ConsentExclusion> exclusions = new ArrayList<>();

        ConsentPlanner.planGroupedBySubject(new ConsentStream(20_000, 5), ConsentStream.TODAY, requests::add,
                exclusions::add);

        ConsentPlan plan = ConsentPlanner.plan(Arrays.asList(candidates), ConsentStream.TODAY);
        assertThat(requests).containsExactlyInAnyOrderElementsOf(plan.requests());
        assertThat(exclusions).containsExactlyInAnyOrderElementsOf(plan.exclusions());
    }

    @Test
    void aStreamedPlanHoldsLittleWhileAListWouldHoldEveryDocument() {
        assertThat(ConsentSection.streamedLiveGrowth(200_000)).isLessThan(8L * 1024 * 1024);
    }

    @Test
    void theTablePrintsRatioSpreadGrowthAndVerdicts() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ConsentSection.Result result = new ConsentSection.Result(
                new PairedRatio(new double[] {3, 2, 4}, new double[] {10, 10, 10}), 70L * 1024 * 1024, 12, 34);

        ConsentSection.print(new PrintStream(buffer, true, StandardCharsets.UTF_8), result);

        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("requests 12, exclusions 34", "0.30",
                "target >= 0.30   PASS", "70.0 MiB", "target < 64.0 MiB   FAIL", "0.20 - 0.40");
    }
}
