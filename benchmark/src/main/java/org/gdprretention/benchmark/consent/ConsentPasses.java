package org.gdprretention.benchmark.consent;

import java.time.LocalDate;
import java.util.Arrays;
import org.gdprretention.benchmark.pairs.InterleavedPairs.Pass;
import org.gdprretention.core.consent.ConsentCandidate;
import org.gdprretention.core.consent.ConsentPlanner;

/** The consent planner over the candidates, against the least any planner must do: decide per document if due. */
public final class ConsentPasses {

    private ConsentPasses() {
    }

    public static Pass planner(ConsentCandidate[] bySubject, LocalDate today) {
        return blackhole -> ConsentPlanner.planGroupedBySubject(Arrays.asList(bySubject).iterator(), today,
                blackhole::consume, blackhole::consume);
    }

    /** The floor: read each document and compare its expiry, less the type's lead days, with today. */
    public static Pass bare(ConsentCandidate[] bySubject, LocalDate today) {
        return blackhole -> {
            for (ConsentCandidate candidate : bySubject) {
                LocalDate expiry = candidate.expiryDate();
                blackhole.consume(expiry != null && !today.isBefore(expiry.minusDays(candidate.type().consentLeadDays())));
            }
        };
    }
}
