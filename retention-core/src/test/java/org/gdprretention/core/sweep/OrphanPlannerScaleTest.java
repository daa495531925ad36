package org.gdprretention.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/**
 * Two million stored binaries streamed from generators that hold one number each: if the planner collected
 * either side it would have to build millions of objects, which the pull count below would reveal as reading
 * ahead; instead it reads each side exactly once, in step.
 */
class OrphanPlannerScaleTest {

    private static final int FILES = 2_000_000;
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    /** Zero-padded, so String order equals number order. */
    private static String url(int i) {
        String digits = Integer.toString(i);
        return "store://2024/" + "000000000".substring(digits.length()) + digits + ".bin";
    }

    @Test
    void streamsTwoMillionFilesAndCountsExactly() {
        // every 3rd file referenced (multiples of 6 twice, as copies do); every 10th file modified yesterday
        Generated<StoredBinary> stored = new Generated<>(FILES, i -> new StoredBinary(url(i), 100,
                i % 10 == 7 ? NOW.minus(Duration.ofDays(1)) : NOW.minus(Duration.ofDays(400))));
        ReferencedEveryThird referenced = new ReferencedEveryThird();
        OrphanSweep sweep = new OrphanPlanner(Duration.ofDays(14)).orphans(stored, referenced, NOW);

        long orphans = 0;
        long readAhead = 0;
        while (sweep.hasNext()) {
            StoredBinary orphan = sweep.next();
            orphans++;
            if (stored.produced - 1 != Integer.parseInt(orphan.contentUrl().substring(13, 22))) {
                readAhead++;
            }
        }

        assertThat(readAhead).as("orphans handed out after reading stored files beyond them").isZero();

        long referencedFiles = (FILES + 2) / 3;
        long unreferenced = FILES - referencedFiles;
        long youngUnreferenced = countYoungUnreferenced();
        assertThat(sweep.summary()).isEqualTo(new OrphanSweepSummary(FILES, referencedFiles, youngUnreferenced,
                unreferenced - youngUnreferenced, (unreferenced - youngUnreferenced) * 100, true));
        assertThat(orphans).isEqualTo(unreferenced - youngUnreferenced);
        assertThat(referenced.produced).as("the referenced side is read to its end exactly once")
                .isEqualTo(referencedFiles + (FILES + 5) / 6);
    }

    private static long countYoungUnreferenced() {
        long count = 0;
        for (int i = 0; i < FILES; i++) {
            if (i % 3 != 0 && i % 10 == 7) {
                count++;
            }
        }
        return count;
    }

    /** Multiples of 3, with multiples of 6 listed twice (copies share a URL); keeps one number. */
    private static final class ReferencedEveryThird implements Iterator<String> {
        private int file;
        private boolean repeated;
        private long produced;

        @Override
        public boolean hasNext() {
            return file < FILES;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            produced++;
            String url = url(file);
            if (file % 6 == 0 && !repeated) {
                repeated = true;
            } else {
                repeated = false;
                file += 3;
            }
            return url;
        }
    }

    /** An iterator that makes each element when asked and keeps nothing. */
    private static final class Generated<T> implements Iterator<T> {
        private final int size;
        private final IntFunction<T> maker;
        private int produced;

        Generated(int size, IntFunction<T> maker) {
            this.size = size;
            this.maker = maker;
        }

        @Override
        public boolean hasNext() {
            return produced < size;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return maker.apply(produced++);
        }
    }
}
