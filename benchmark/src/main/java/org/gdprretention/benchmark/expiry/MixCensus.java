package org.gdprretention.benchmark.expiry;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionFacts;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;

/**
 * What the generated documents look like to the engine: how many end up in each status and how many carry
 * granted extensions. Printed next to the throughput so a reader can judge whether the mix is realistic.
 */
public record MixCensus(int documents, Map<RetentionStatus, Integer> byStatus, int withExtensions) {

    public MixCensus {
        byStatus = Map.copyOf(byStatus);
    }

    public static MixCensus of(DocumentMix mix, Instant now) {
        RetentionStatusEvaluator.Moment moment = new RetentionStatusEvaluator(new ExpiryCalculator()).at(now);
        Map<RetentionStatus, Integer> counts = new EnumMap<>(RetentionStatus.class);
        int extended = 0;
        for (RetentionFacts facts : mix.facts()) {
            counts.merge(moment.evaluate(facts).status(), 1, Integer::sum);
            if (!facts.grantedExtensions().isEmpty()) {
                extended++;
            }
        }
        return new MixCensus(mix.size(), counts, extended);
    }

    public int count(RetentionStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** e.g. {@code ACTIVE 41.2%, EXPIRING 1.1%, ...} in the enum's order, leaving out statuses nobody has. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (RetentionStatus status : RetentionStatus.values()) {
            int count = count(status);
            if (count > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(status).append(' ').append(percent(count));
            }
        }
        return text + "; with granted extensions " + percent(withExtensions);
    }

    private String percent(int count) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / documents);
    }
}
