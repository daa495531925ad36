package org.gdprretention.benchmark.filesystem;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.sweep.OrphanSweepSummary;

/**
 * A file content store tree on disk in Alfresco's layout ({@code yyyy/M/d/H/m/<uuid>.bin}), built once and reused:
 * building 200,000 files takes far longer than walking them. Beside the tree lie the sorted list of the URLs the
 * "repository" references (every second file, as a database cursor would stream them) and the counts a correct
 * sweep must find. The files are sparse: their sizes are real to the walker but take no disk blocks.
 *
 * <p>File {@code i} was written at {@code 2024-01-01T00:00Z + 17 i} seconds (so about three and a half files per
 * minute directory); one file in ten is younger than the protect window instead.
 */
public final class StoreLayoutTree {

    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    public static final Duration PROTECT_WINDOW = Duration.ofHours(24);
    private static final Instant FIRST_WRITE = Instant.parse("2024-01-01T00:00:00Z");
    private static final int SECONDS_BETWEEN_FILES = 17;
    private static final String READY = ".ready";
    private static final String REFERENCED = ".referenced";

    private final Path root;
    private final int files;
    private final OrphanSweepSummary expected;

    private StoreLayoutTree(Path root, int files, OrphanSweepSummary expected) {
        this.root = root;
        this.files = files;
        this.expected = expected;
    }

    /** The tree of {@code files} files under {@code parent}, built now unless a complete one is already there. */
    public static StoreLayoutTree prepare(Path parent, int files) {
        if (files < 1) {
            throw new InvalidRetentionInputException("files", files, "must be at least 1");
        }
        Path root = parent.resolve("store-" + files);
        Path ready = parent.resolve("store-" + files + READY);
        try {
            if (Files.isRegularFile(ready)) {
                return new StoreLayoutTree(root, files, readCounts(ready));
            }
            return build(root, ready, parent.resolve("store-" + files + REFERENCED), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public int files() {
        return files;
    }

    /** The sorted URLs the repository references, one per line. */
    public Path referencedList() {
        return root.resolveSibling(root.getFileName() + REFERENCED);
    }

    /** What a correct planning pass over this tree reports. */
    public OrphanSweepSummary expected() {
        return expected;
    }

    private static StoreLayoutTree build(Path root, Path ready, Path referenced, int files) throws IOException {
        if (Files.exists(root)) {
            throw new IllegalStateException(root + " exists but was not completed (no " + ready.getFileName()
                    + "); delete it and run again");
        }
        Random random = new Random(files);
        List<Entry> entries = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            Instant written = FIRST_WRITE.plusSeconds((long) SECONDS_BETWEEN_FILES * i);
            ZonedDateTime at = written.atZone(ZoneOffset.UTC);
            String relative = at.getYear() + "/" + at.getMonthValue() + "/" + at.getDayOfMonth() + "/" + at.getHour()
                    + "/" + at.getMinute() + "/" + new UUID(random.nextLong(), random.nextLong()) + ".bin";
            Instant modified = i % 10 == 9 ? NOW.minus(Duration.ofHours(1)) : written;
            entries.add(new Entry("store://" + relative, relative, 1024 + random.nextInt(64 * 1024), modified));
        }
        entries.sort((a, b) -> a.url().compareTo(b.url()));
        long scanned = 0;
        long referencedCount = 0;
        long young = 0;
        long orphans = 0;
        long orphanBytes = 0;
        try (BufferedWriter list = Files.newBufferedWriter(referenced, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                Path file = root.resolve(entry.relative());
                Files.createDirectories(file.getParent());
                try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                    sparse.setLength(entry.size());
                }
                Files.setLastModifiedTime(file, FileTime.from(entry.modified()));
                scanned++;
                if (i % 2 == 0) {
                    list.write(entry.url());
                    list.newLine();
                    referencedCount++;
                } else if (entry.modified().isAfter(NOW.minus(PROTECT_WINDOW))) {
                    young++;
                } else {
                    orphans++;
                    orphanBytes += entry.size();
                }
            }
        }
        OrphanSweepSummary expected = new OrphanSweepSummary(scanned, referencedCount, young, orphans, orphanBytes,
                true);
        writeCounts(ready, expected);
        return new StoreLayoutTree(root, files, expected);
    }

    private static void writeCounts(Path ready, OrphanSweepSummary expected) throws IOException {
        Properties counts = new Properties();
        counts.setProperty("scanned", Long.toString(expected.scanned()));
        counts.setProperty("referenced", Long.toString(expected.referenced()));
        counts.setProperty("protectedTooYoung", Long.toString(expected.protectedTooYoung()));
        counts.setProperty("orphans", Long.toString(expected.orphans()));
        counts.setProperty("orphanBytes", Long.toString(expected.orphanBytes()));
        try (OutputStream out = Files.newOutputStream(ready)) {
            counts.store(out, "complete store tree; delete this file and the tree to rebuild");
        }
    }

    private static OrphanSweepSummary readCounts(Path ready) throws IOException {
        Properties counts = new Properties();
        try (InputStream in = Files.newInputStream(ready)) {
            counts.load(in);
        }
        return new OrphanSweepSummary(Long.parseLong(counts.getProperty("scanned")),
                Long.parseLong(counts.getProperty("referenced")),
                Long.parseLong(counts.getProperty("protectedTooYoung")),
                Long.parseLong(counts.getProperty("orphans")), Long.parseLong(counts.getProperty("orphanBytes")),
                true);
    }

    private record Entry(String url, String relative, int size, Instant modified) {
    }
}
