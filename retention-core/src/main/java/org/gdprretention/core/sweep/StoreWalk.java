package org.gdprretention.core.sweep;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One lazy walk of a file content store, handing out its binaries in ascending content URL order.
 *
 * <p>The walk holds one sorted directory listing per level of the path it is on (at most seven), so its memory
 * depends on the widest directory, never on the number of files in the store. A directory is listed only when
 * the walk reaches it.
 */
public final class StoreWalk implements Iterator<StoredBinary> {

    private final StoreFileAccess access;
    private final int unreadableSampleLimit;
    private final Deque<Level> stack = new ArrayDeque<>();
    private final List<UnreadableEntry> unreadableSample = new ArrayList<>();

    private StoredBinary pending;
    private boolean complete;

    private long binaries;
    private long binaryBytes;
    private long directories;
    private long symbolicLinksSkipped;
    private long otherEntriesSkipped;
    private long unreadableEntries;

    StoreWalk(Path root, StoreFileAccess access, int unreadableSampleLimit) {
        this.access = access;
        this.unreadableSampleLimit = unreadableSampleLimit;
        enter(root, 0, "");
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !complete) {
            pending = nextBinary();
        }
        return pending != null;
    }

    @Override
    public StoredBinary next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more binaries in the store");
        }
        StoredBinary binary = pending;
        pending = null;
        return binary;
    }

    /** The counts so far; final once {@link StoreWalkSummary#complete()} is true. */
    public StoreWalkSummary summary() {
        return new StoreWalkSummary(binaries, binaryBytes, directories, symbolicLinksSkipped, otherEntriesSkipped,
                unreadableEntries, unreadableSample, complete);
    }

    private StoredBinary nextBinary() {
        while (!stack.isEmpty()) {
            Level level = stack.peek();
            if (level.next == level.entries.length) {
                stack.pop();
                continue;
            }
            StoreEntry entry = level.entries[level.next];
            // let the entry go as soon as it is judged: only the rest of each listing stays in memory
            level.entries[level.next++] = null;
            StoredBinary binary = judge(level, entry);
            if (binary != null) {
                return binary;
            }
        }
        complete = true;
        return null;
    }

    private StoredBinary judge(Level level, StoreEntry entry) {
        switch (entry.kind()) {
            case DIRECTORY -> {
                if (level.depth < FileStoreLayout.MAX_DIRECTORY_LEVELS
                        && FileStoreLayout.isLayoutDirectoryName(entry.name())) {
                    enter(level.directory.resolve(entry.name()), level.depth + 1,
                            level.relativePrefix + entry.name() + '/');
                } else {
                    otherEntriesSkipped++;
                }
                return null;
            }
            case FILE -> {
                if (FileStoreLayout.isBinaryDepth(level.depth) && FileStoreLayout.isBinaryFileName(entry.name())) {
                    binaries++;
                    binaryBytes += entry.size();
                    return new StoredBinary(FileStoreLayout.STORE_PROTOCOL + level.relativePrefix + entry.name(),
                            entry.size(), entry.lastModified().toInstant());
                }
                otherEntriesSkipped++;
                return null;
            }
            case SYMBOLIC_LINK -> {
                symbolicLinksSkipped++;
                return null;
            }
            default -> {
                otherEntriesSkipped++;
                return null;
            }
        }
    }

    private void enter(Path directory, int depth, String relativePrefix) {
        StoreEntry[] entries = list(directory, relativePrefix);
        if (entries != null) {
            directories++;
            stack.push(new Level(directory, depth, relativePrefix, entries));
        }
    }

    /** The sorted listing, or null when the directory cannot be read (reported, and the walk goes on). */
    private StoreEntry[] list(Path directory, String relativePrefix) {
        List<StoreEntry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = access.list(directory)) {
            for (Path path : stream) {
                StoreEntry entry = describe(stream, path, relativePrefix);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            // a partial listing is dropped whole: what was not seen completely is not judged at all
            unreadable(withoutTrailingSlash(relativePrefix), e);
            return null;
        }
        StoreEntry[] sorted = entries.toArray(new StoreEntry[0]);
        Arrays.sort(sorted, StoreEntry.URL_ORDER);
        return sorted;
    }

    private StoreEntry describe(DirectoryStream<Path> listing, Path path, String relativePrefix) {
        String name = path.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = access.attributes(listing, path);
        } catch (IOException | SecurityException e) {
            unreadable(relativePrefix + name, e);
            return null;
        }
        StoreEntry.Kind kind;
        if (attributes.isSymbolicLink()) {
            kind = StoreEntry.Kind.SYMBOLIC_LINK;
        } else if (attributes.isDirectory()) {
            kind = StoreEntry.Kind.DIRECTORY;
        } else if (attributes.isRegularFile()) {
            kind = StoreEntry.Kind.FILE;
        } else {
            kind = StoreEntry.Kind.OTHER;
        }
        return StoreEntry.of(name, kind, attributes.size(), attributes.lastModifiedTime());
    }

    private void unreadable(String relativePath, Exception cause) {
        unreadableEntries++;
        if (unreadableSample.size() < unreadableSampleLimit) {
            unreadableSample.add(new UnreadableEntry(relativePath, describe(cause)));
        }
    }

    private static String describe(Exception cause) {
        Throwable reported = cause instanceof DirectoryIteratorException ? cause.getCause() : cause;
        String message = reported.getMessage();
        return reported.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String withoutTrailingSlash(String relativePrefix) {
        return relativePrefix.isEmpty() ? "" : relativePrefix.substring(0, relativePrefix.length() - 1);
    }

    /** A directory being walked: its sorted listing and how far the walk has got in it. */
    private static final class Level {
        final Path directory;
        final int depth;
        final String relativePrefix;
        final StoreEntry[] entries;
        int next;

        Level(Path directory, int depth, String relativePrefix, StoreEntry[] entries) {
            this.directory = directory;
            this.depth = depth;
            this.relativePrefix = relativePrefix;
            this.entries = entries;
        }
    }
}
