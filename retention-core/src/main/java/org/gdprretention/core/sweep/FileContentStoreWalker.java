package org.gdprretention.core.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * Walks a file content store laid out as {@code <root>/yyyy/M/d/H/m[/bucket]/<uuid>.bin} (see
 * {@link FileStoreLayout}) and hands out every binary as a {@link StoredBinary} named by its content URL, in
 * ascending {@link String#compareTo} order of that URL, which is the order {@link OrphanPlanner} needs.
 *
 * <p>Symbolic links are neither followed nor handed out, and neither is anything outside the layout; both are
 * counted. A directory or entry that cannot be read is reported and the walk goes on. Deciding which binaries are
 * old enough to remove is not the walker's job; it reports each file's size and last modification for that.
 */
public final class FileContentStoreWalker {

    /** How many unreadable entries a walk lists by name; all of them are counted. */
    public static final int DEFAULT_UNREADABLE_SAMPLE_LIMIT = 100;

    /**
     * How many subdirectories per level a walk reads ahead of itself at most: enough to keep the reading threads
     * busy across the small minute directories of a store (a few files each). Fewer when directories are large
     * ({@link StoreWalk#READ_AHEAD_ENTRY_BUDGET}).
     */
    static final int DEFAULT_READ_AHEAD = 128;

    /**
     * Threads reading directories ahead of a walk. The work is system calls, which overlap on two cores and more;
     * more threads also hide latency where the store is on a network file system.
     */
    static final int DEFAULT_READ_THREADS = 2;

    private final Path root;
    private final int unreadableSampleLimit;
    private final StoreFileAccess access;
    private final int readAhead;
    private final int readThreads;

    /** A walker that lists up to {@link #DEFAULT_UNREADABLE_SAMPLE_LIMIT} unreadable entries. */
    public FileContentStoreWalker(Path root) {
        this(root, DEFAULT_UNREADABLE_SAMPLE_LIMIT);
    }

    public FileContentStoreWalker(Path root, int unreadableSampleLimit) {
        this(root, unreadableSampleLimit, StoreFileAccess.DEFAULT);
    }

    FileContentStoreWalker(Path root, int unreadableSampleLimit, StoreFileAccess access) {
        this(root, unreadableSampleLimit, access, DEFAULT_READ_AHEAD, DEFAULT_READ_THREADS);
    }

    /** @param readAhead subdirectories read ahead per level; 0 reads each directory only when the walk reaches it */
    FileContentStoreWalker(Path root, int unreadableSampleLimit, StoreFileAccess access, int readAhead,
                           int readThreads) {
        if (root == null) {
            throw new InvalidRetentionInputException("root", null, "is required: the content store directory");
        }
        if (unreadableSampleLimit < 0) {
            throw new InvalidRetentionInputException("unreadableSampleLimit", unreadableSampleLimit,
                    "must be zero or positive");
        }
        this.root = root;
        this.unreadableSampleLimit = unreadableSampleLimit;
        this.access = access;
        this.readAhead = readAhead;
        this.readThreads = readThreads;
    }

    /**
     * Why a path cannot be walked as a file content store, or empty when it can. A store that is not a
     * directory here is usually not a file store at all (object storage, a content store selector that is not
     * mounted on this node), and a sweep must say so rather than report an empty store.
     */
    public static Optional<String> rootProblem(Path root) {
        if (root == null) {
            return Optional.of("no content store directory is configured");
        }
        if (!Files.exists(root)) {
            return Optional.of("'" + root + "' does not exist on this node: the content store is not a file store"
                    + " mounted here, or the path is wrong");
        }
        if (!Files.isDirectory(root)) {
            return Optional.of("'" + root + "' is not a directory: the content store is not a file store");
        }
        if (!Files.isReadable(root)) {
            return Optional.of("'" + root + "' cannot be read by this process");
        }
        return Optional.empty();
    }

    /**
     * Starts a walk. The root is listed now; the directories below it are read ahead of the walk on daemon threads
     * that end with it, a bounded number per level (see {@link StoreWalk}).
     */
    public StoreWalk walk() {
        Optional<String> problem = rootProblem(root);
        if (problem.isPresent()) {
            throw new InvalidRetentionInputException("root", root, problem.get());
        }
        return new StoreWalk(root, access, unreadableSampleLimit, readAhead, readThreads);
    }

    /** The file that holds a content URL of this store (see {@link FileStoreLayout#pathOf}). */
    public Path pathOf(String contentUrl) {
        return FileStoreLayout.pathOf(root, contentUrl);
    }

    public Path root() {
        return root;
    }
}
