package org.gdprretention.benchmark.consent;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.consent.ConsentCandidate;

/**
 * Consent candidates generated lazily in subject order, as a query sorted by subject would stream them: four
 * documents per subject, expiry dates from 60 days ago to 400 days ahead (so about a tenth is due), every type of
 * the default catalogue, one subject in 25 without an e-mail address, some already asked, a few held. The same
 * documents for the same count and seed.
 */
public final class ConsentStream implements Iterator<ConsentCandidate> {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final long DEFAULT_SEED = 20_260_615L;
    static final int DOCUMENTS_PER_SUBJECT = 4;

    private static final List<RetentionType> TYPES = DefaultRetentionTypes.netherlands().all();

    private final int count;
    private final SplittableRandom random;
    private int next;

    public ConsentStream(int count, long seed) {
        this.count = count;
        this.random = new SplittableRandom(seed);
    }

    /** All of them at once, for the timed passes (which should not time the generation). */
    public static ConsentCandidate[] generate(int count, long seed) {
        ConsentCandidate[] candidates = new ConsentCandidate[count];
        ConsentStream stream = new ConsentStream(count, seed);
        for (int i = 0; i < count; i++) {
            candidates[i] = stream.next();
        }
        return candidates;
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public ConsentCandidate next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int index = next++;
        int subjectIndex = index / DOCUMENTS_PER_SUBJECT;
        // Zero-padded, so that the text order of the subject ids is the generation order.
        String subject = String.format("subject-%08d", subjectIndex);
        String email = subjectIndex % 25 == 0 ? null : subject + "@example.nl";
        LocalDate expiry = TODAY.plusDays(random.nextInt(-60, 400));
        boolean asked = random.nextInt(10) == 0;
        return new ConsentCandidate(DocumentId.of("workspace://SpacesStore/doc-" + index), subject, email,
                "Name " + subjectIndex, TYPES.get(random.nextInt(TYPES.size())), expiry, random.nextInt(3),
                asked ? ConsentState.REQUESTED : ConsentState.NONE, asked ? expiry : null,
                random.nextInt(100) < 2, false);
    }
}
