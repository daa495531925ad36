package org.gdprretention.core.sweep;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One lazy walk of a file content store, handing out its binaries in ascending content URL order.
 *
 * <p>The walk holds one sorted directory listing per level of the path it is on (at most seven), plus, when it
 * reads ahead, up to {@code readAhead} listings per level of the directories it will enter next, so its memory
 * depends on the widest directory, never on the number of files in the store.
 *
 * <p>Reading ahead is what makes the walk as fast as {@code find | sort}: the time goes into system calls (one
 * listing per directory, one {@code lstat} per entry for its kind, size and age), and directories read on other
 * threads overlap. The order stays exact without merging anything: each level keeps the read-ahead listings of its
 * subdirectories in a queue in its own sorted order, and the walk takes them from the head as it reaches each
 * subdirectory, so it sees the same listings in the same order as when it reads each directory itself. Every
 * file's attributes are still read, by the same call, so what is handed out, skipped and counted does not change.
 *
 * <p>Why every file's {@code lstat} stays, although the directory names already tell the time: a directory
 * {@code yyyy/M/d/H/m} is named for when the store created the file, while the protect window is about the file's
 * last modification, and the two do not bound each other. The store writes a file's last byte when the upload ends,
 * minutes or hours after the name was given (a slow upload over midnight lies in yesterday's directory with today's
 * time), and a store restored or copied without its times gets any modification time. Planning by the name would
 * make such a young file an orphan. The {@code lstat} is also what tells a regular file from a symbolic link that
 * must not be followed or removed, which a name cannot. So the speed comes from overlapping the calls, not from
 * leaving them out; leaving out the call for files the repository references (only unreferenced files need their
 * age) would need the attributes read lazily by the planner, a change of {@link StoredBinary}'s contract.
 */
public final class StoreWalk implements Iterator<StoredBinary> {

    /** Subdirectories read one after the other by one reading thread. */
    static final int READ_GROUP = 8;

    /**
     * About how many entries the listings read ahead of one level may hold: the read-ahead shrinks as the
     * directories grow (a store written at thousands of files a minute), so memory stays a few MiB.
     */
    static final int READ_AHEAD_ENTRY_BUDGET = 16_384;

    private final StoreFileAccess access;
    private final int unreadableSampleLimit;
    private final int readAhead;
    private final ListingReadAhead readers;
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
    private long listingsTaken;
    private long entriesTaken;

    StoreWalk(Path root, StoreFileAccess access, int unreadableSampleLimit, int readAhead, int readThreads) {
        this.access = access;
        this.unreadableSampleLimit = unreadableSampleLimit;
        this.readAhead = readAhead;
        this.readers = readAhead > 0 ? new ListingReadAhead(access, readThreads) : null;
        enter(root, 0, "", DirectoryListing.read(access, root, "", 0));
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
        finish();
        return null;
    }

    private void finish() {
        complete = true;
        if (readers != null) {
            readers.close();
        }
    }

    private StoredBinary judge(Level level, StoreEntry entry) {
        switch (entry.kind()) {
            case DIRECTORY -> {
                if (entered(level.depth, entry)) {
                    String prefix = level.relativePrefix + entry.name() + '/';
                    enter(level.directory.resolve(entry.name()), level.depth + 1, prefix, listingOf(level, entry));
                } else {
                    otherEntriesSkipped++;
                }
                return null;
            }
            case FILE -> {
                StoredBinary binary = entry.binary();
                if (binary != null) {
                    binaries++;
                    binaryBytes += binary.sizeBytes();
                    return binary;
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

    /**
     * An entry of a directory at level {@code depth} that the walk descends into: a numbered directory above the
     * binaries' deepest level.
     */
    static boolean entered(int depth, StoreEntry entry) {
        return entry.kind() == StoreEntry.Kind.DIRECTORY && depth < FileStoreLayout.MAX_DIRECTORY_LEVELS
                && FileStoreLayout.isLayoutDirectoryName(entry.name());
    }

    /** The listing of {@code entry}, a subdirectory of {@code level} that the walk enters now. */
    private DirectoryListing listingOf(Level level, StoreEntry entry) {
        Path directory = level.directory.resolve(entry.name());
        String prefix = level.relativePrefix + entry.name() + '/';
        if (readers == null) {
            return DirectoryListing.read(access, directory, prefix, level.depth + 1);
        }
        readAhead(level);
        ReadAhead head = level.ahead.poll();
        if (head == null || !head.name.equals(entry.name())) {
            // cannot happen while the queue follows the listing's order; reading it here keeps the walk exact anyway
            throw new IllegalStateException("read-ahead out of step at " + prefix);
        }
        readAhead(level);
        return await(head, prefix);
    }

    /**
     * Fills the level's read-ahead queue with the next subdirectories it will enter, in its sorted order, handing
     * them to the reading threads in groups of consecutive siblings.
     */
    private void readAhead(Level level) {
        int window = readAheadWindow();
        while (level.ahead.size() < window && level.aheadCursor < level.entries.length) {
            int room = Math.min(READ_GROUP, window - level.ahead.size());
            List<String> names = new ArrayList<>(room);
            while (names.size() < room && level.aheadCursor < level.entries.length) {
                StoreEntry entry = level.entries[level.aheadCursor++];
                if (entry != null && entered(level.depth, entry)) {
                    names.add(entry.name());
                }
            }
            if (names.isEmpty()) {
                return;
            }
            Path[] directories = new Path[names.size()];
            String[] prefixes = new String[names.size()];
            for (int i = 0; i < directories.length; i++) {
                directories[i] = level.directory.resolve(names.get(i));
                prefixes[i] = level.relativePrefix + names.get(i) + '/';
            }
            Future<DirectoryListing[]> group = readers.read(directories, prefixes, level.depth + 1);
            for (int i = 0; i < directories.length; i++) {
                level.ahead.add(new ReadAhead(names.get(i), group, i));
            }
        }
    }

    /** Queues the subdirectory listings that were read with the level's own listing, in their order. */
    private static void seed(Level level, DirectoryListing listing) {
        DirectoryListing[] children = listing.firstChildren();
        if (children.length == 0) {
            return;
        }
        Future<DirectoryListing[]> ready = CompletableFuture.completedFuture(children);
        int index = 0;
        while (level.aheadCursor < listing.firstChildrenEnd()) {
            StoreEntry entry = level.entries[level.aheadCursor++];
            if (entered(level.depth, entry)) {
                level.ahead.add(new ReadAhead(entry.name(), ready, index++));
            }
        }
    }

    /** How many subdirectories to read ahead: the configured number, fewer when directories are large. */
    private int readAheadWindow() {
        long averageEntries = listingsTaken == 0 ? READ_AHEAD_ENTRY_BUDGET / READ_GROUP
                : Math.max(1, entriesTaken / listingsTaken);
        return (int) Math.max(1, Math.min(readAhead, READ_AHEAD_ENTRY_BUDGET / averageEntries));
    }

    private static DirectoryListing await(ReadAhead ahead, String prefix) {
        try {
            return ahead.group.get()[ahead.index];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + prefix + "; the walk is not complete", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading " + prefix + " failed; the walk is not complete", e.getCause());
        }
    }

    private void enter(Path directory, int depth, String relativePrefix, DirectoryListing listing) {
        listing.problems().forEach(this::unreadable);
        if (listing.entries() != null) {
            directories++;
            listingsTaken++;
            entriesTaken += listing.entries().length;
            Level level = new Level(directory, depth, relativePrefix, listing.entries());
            stack.push(level);
            if (readers != null) {
                seed(level, listing);
                readAhead(level);
            }
        }
    }

    private void unreadable(UnreadableEntry entry) {
        unreadableEntries++;
        if (unreadableSample.size() < unreadableSampleLimit) {
            unreadableSample.add(entry);
        }
    }

    /** A subdirectory being read ahead. */
    private record ReadAhead(String name, Future<DirectoryListing[]> group, int index) {
    }

    /** A directory being walked: its sorted listing, how far the walk has got in it and what is read ahead. */
    private static final class Level {
        final Path directory;
        final int depth;
        final String relativePrefix;
        final StoreEntry[] entries;
        final Deque<ReadAhead> ahead = new ArrayDeque<>();
        int next;
        int aheadCursor;

        Level(Path directory, int depth, String relativePrefix, StoreEntry[] entries) {
            this.directory = directory;
            this.depth = depth;
            this.relativePrefix = relativePrefix;
            this.entries = entries;
        }
    }
}
