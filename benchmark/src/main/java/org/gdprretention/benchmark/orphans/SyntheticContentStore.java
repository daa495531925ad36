package org.gdprretention.benchmark.orphans;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.sweep.OrphanSweepSummary;
import org.gdprretention.core.sweep.StoredBinary;

/**
 * A content store and a repository database of {@code size} entries each, produced lazily in content URL order,
 * so that millions of entries cost no memory before the merge reads them.
 *
 * <p>Shape: the second half of the stored binaries is referenced and the referenced side runs on past the store
 * by half its size (references to binaries on another store volume); every sixteenth reference repeats the one
 * before it, as a copy sharing its binary does, which leaves that binary's own stored neighbour unreferenced;
 * every tenth stored binary was written within the protect window. {@link #expectedSummary()} derives the counts
 * from these rules one index at a time, without the merge.
 */
public final class SyntheticContentStore {

    /** Alfresco's default {@code system.content.orphanProtectDays}. */
    public static final Duration PROTECT_WINDOW = Duration.ofDays(14);
    public static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private static final String URL_PREFIX = "store://2026/6/15/9/";
    private static final String URL_SUFFIX = ".bin";
    private static final int URL_DIGITS = 10;
    private static final int COPY_EVERY = 16;
    private static final int YOUNG_EVERY = 10;
    private static final Instant YOUNG = NOW.minus(Duration.ofHours(1));
    private static final Instant OLD = NOW.minus(Duration.ofDays(30));

    private final int size;
    private final int referencedFrom;

    public SyntheticContentStore(int size) {
        if (size < 1) {
            throw new InvalidRetentionInputException("size", size, "must be at least 1");
        }
        this.size = size;
        this.referencedFrom = size / 2;
    }

    public int size() {
        return size;
    }

    /** A fresh pass over the stored binaries, strictly ascending by content URL. */
    public Iterator<StoredBinary> storedBinaries() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public StoredBinary next() {
                if (next >= size) {
                    throw new NoSuchElementException("all " + size + " stored binaries read");
                }
                int index = next++;
                return new StoredBinary(contentUrl(index), sizeBytes(index), isYoung(index) ? YOUNG : OLD);
            }
        };
    }

    /** A fresh pass over the referenced content URLs, ascending, with the repeats of shared binaries. */
    public Iterator<String> referencedUrls() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public String next() {
                if (next >= size) {
                    throw new NoSuchElementException("all " + size + " references read");
                }
                int entry = next++;
                return contentUrl(referencedFrom + (isCopy(entry) ? entry - 1 : entry));
            }
        };
    }

    /** The counts a correct merge must report, computed from the generation rules instead of by merging. */
    public OrphanSweepSummary expectedSummary() {
        long referenced = 0;
        long young = 0;
        long orphans = 0;
        long orphanBytes = 0;
        for (int index = 0; index < size; index++) {
            if (isReferenced(index)) {
                referenced++;
            } else if (isYoung(index)) {
                young++;
            } else {
                orphans++;
                orphanBytes += sizeBytes(index);
            }
        }
        return new OrphanSweepSummary(size, referenced, young, orphans, orphanBytes, true);
    }

    private boolean isReferenced(int storedIndex) {
        return storedIndex >= referencedFrom && !isCopy(storedIndex - referencedFrom);
    }

    private static boolean isCopy(int referenceEntry) {
        return referenceEntry % COPY_EVERY == 1;
    }

    private static boolean isYoung(int storedIndex) {
        return storedIndex % YOUNG_EVERY == 0;
    }

    private static long sizeBytes(int storedIndex) {
        return 1_024L + (storedIndex % 1_000) * 97L;
    }

    // Zero-padded so that String order is index order, as the merge requires.
    static String contentUrl(int index) {
        String digits = Integer.toString(index);
        StringBuilder url = new StringBuilder(URL_PREFIX.length() + URL_DIGITS + URL_SUFFIX.length());
        url.append(URL_PREFIX);
        for (int pad = digits.length(); pad < URL_DIGITS; pad++) {
            url.append('0');
        }
        return url.append(digits).append(URL_SUFFIX).toString();
    }
}
