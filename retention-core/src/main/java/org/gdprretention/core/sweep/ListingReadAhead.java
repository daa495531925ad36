package org.gdprretention.core.sweep;

import java.nio.file.Path;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads directories of one walk ahead of it, on a few daemon threads, so that the file system calls of the next
 * directories (one listing plus one {@code lstat} per entry) overlap with each other and with the merge that
 * consumes the walk. Only reading is done ahead; the walk still takes each listing in its own order, so what it
 * hands out and counts is the same as reading each directory when reached.
 *
 * <p>The threads end a second after their last read, so a walk that is abandoned half way (a stopped sweep)
 * leaves nothing running; a walk that ends closes them at once. A read ahead holds its directory open only while
 * reading it, never between reads.
 */
final class ListingReadAhead {

    private static final AtomicInteger WALKS = new AtomicInteger();

    private final StoreFileAccess access;
    private final ThreadPoolExecutor readers;

    ListingReadAhead(StoreFileAccess access, int threads) {
        this.access = access;
        int walk = WALKS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread reader = new Thread(task,
                            "gdpr-retention-store-walk-" + walk + "-" + thread.incrementAndGet());
                    reader.setDaemon(true);
                    return reader;
                });
        readers.allowCoreThreadTimeOut(true);
    }

    /**
     * Reads the directories, siblings at level {@code depth}, one after the other on one thread: the minute
     * directories of a store hold a few files each, and handing each to a thread of its own would cost more than
     * reading it. Each is read with its first few subdirectories, so that the walk, entering it, finds those
     * ready instead of waiting for them (it would otherwise wait at every hour of the store).
     */
    Future<DirectoryListing[]> read(Path[] directories, String[] relativePrefixes, int depth) {
        return readers.submit(() -> {
            DirectoryListing[] listings = new DirectoryListing[directories.length];
            for (int i = 0; i < directories.length; i++) {
                listings[i] = DirectoryListing.readWithFirstChildren(access, directories[i], relativePrefixes[i],
                        depth, StoreWalk.READ_GROUP);
            }
            return listings;
        });
    }

    void close() {
        readers.shutdown();
    }
}
