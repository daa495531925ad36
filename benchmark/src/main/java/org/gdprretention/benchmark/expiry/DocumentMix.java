package org.gdprretention.benchmark.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.catalogue.StartTrigger;
import org.gdprretention.core.expiry.RetentionFacts;

/**
 * A generated repository of documents under the default Dutch retention types, shaped like a staffing agency's:
 * mostly timesheets and payroll, start dates spread over the last ten years, some relationships not ended yet
 * (start unknown), some extensions granted, a few legal holds.
 *
 * <p>Alongside the engine's facts it keeps, per document, the start date and the type's period as bare
 * {@code java.time} values, so that the baseline loop adds the same periods to the same dates. A document whose
 * start is unknown still has a date there: the baseline does the addition the engine can skip.
 */
public final class DocumentMix {

    /** Fixed, so that the mix and its statuses are the same on every run. */
    public static final Instant REFERENCE_NOW = Instant.parse("2026-06-15T10:00:00Z");
    public static final long DEFAULT_SEED = 20_260_615L;

    static final int HISTORY_DAYS = 3_652;
    static final int RELATIONSHIP_ONGOING_PERCENT = 15;
    static final int EXTENDED_PERCENT = 25;
    static final int ON_HOLD_PERCENT = 2;

    // Relative frequencies of the default types; a type not listed (an administrator's own) gets weight 1.
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("TIMESHEETS", 30), Map.entry("PAYROLL", 15), Map.entry("PERSONNEL_FILE", 10),
            Map.entry("CANDIDATE_PROFILE", 10), Map.entry("APPLICATION", 8), Map.entry("CERTIFICATE", 8),
            Map.entry("ID_EMPLOYEE", 5), Map.entry("ID_CANDIDATE", 4), Map.entry("PAYROLL_TAX_DECLARATION", 3),
            Map.entry("ABSENCE", 3), Map.entry("VOG", 2), Map.entry("WORK_PERMIT", 2));

    private final RetentionFacts[] facts;
    private final LocalDate[] startDates;
    private final Period[] periods;

    private DocumentMix(RetentionFacts[] facts, LocalDate[] startDates, Period[] periods) {
        this.facts = facts;
        this.startDates = startDates;
        this.periods = periods;
    }

    /** {@code count} documents from the shipped catalogue, the same ones for the same seed. */
    public static DocumentMix generate(int count, long seed) {
        return generate(count, seed, DefaultRetentionTypes.netherlands().all());
    }

    public static DocumentMix generate(int count, long seed, List<RetentionType> types) {
        if (count < 1) {
            throw new InvalidRetentionInputException("documents", count, "must be at least 1");
        }
        if (types.isEmpty()) {
            throw new InvalidRetentionInputException("types", types, "must not be empty");
        }
        RetentionType[] weighted = weightedTable(types);
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.ofInstant(REFERENCE_NOW, ZoneOffset.UTC);
        RetentionFacts[] facts = new RetentionFacts[count];
        LocalDate[] startDates = new LocalDate[count];
        Period[] periods = new Period[count];
        for (int i = 0; i < count; i++) {
            RetentionType type = weighted[random.nextInt(weighted.length)];
            LocalDate start = today.minusDays(random.nextInt(HISTORY_DAYS));
            boolean startKnown = type.startTrigger() == StartTrigger.CREATION_DATE
                    || random.nextInt(100) >= RELATIONSHIP_ONGOING_PERCENT;
            startDates[i] = start;
            periods[i] = type.period().period();
            facts[i] = new RetentionFacts(DocumentId.of("workspace://SpacesStore/doc-" + i), type,
                    startKnown ? start : null, grantedExtensions(type, random), random.nextInt(100) < ON_HOLD_PERCENT,
                    false);
        }
        return new DocumentMix(facts, startDates, periods);
    }

    private static RetentionType[] weightedTable(List<RetentionType> types) {
        List<RetentionType> table = new ArrayList<>();
        for (RetentionType type : types) {
            int weight = WEIGHTS.getOrDefault(type.code(), 1);
            for (int w = 0; w < weight; w++) {
                table.add(type);
            }
        }
        return table.toArray(new RetentionType[0]);
    }

    private static List<RetentionPeriod> grantedExtensions(RetentionType type, SplittableRandom random) {
        if (!type.extendable() || type.maxExtensions() < 1 || random.nextInt(100) >= EXTENDED_PERCENT) {
            return List.of();
        }
        int granted = 1 + random.nextInt(type.maxExtensions());
        List<RetentionPeriod> extensions = new ArrayList<>(granted);
        for (int e = 0; e < granted; e++) {
            extensions.add(type.extensionPeriod());
        }
        return extensions;
    }

    public int size() {
        return facts.length;
    }

    /** The engine's input; the array is shared, not copied, because a benchmark loops over it. */
    public RetentionFacts[] facts() {
        return facts;
    }

    /** The baseline's dates, one per document (also for documents whose start the engine does not know). */
    public LocalDate[] startDates() {
        return startDates;
    }

    /** The baseline's periods: each document's type period. */
    public Period[] periods() {
        return periods;
    }
}
