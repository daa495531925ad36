package org.gdprretention.core.sweep;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One directory of the store read completely: its entries sorted in content URL order, with each entry's kind, size
 * and last modification, and what could not be read, in the order the file system refused it.
 *
 * <p>Reading touches nothing but the file system, so it may run on another thread than the walk; the walk takes the
 * problems into its counts only when it reaches the directory, which keeps counts and samples in walk order.
 *
 * @param entries          the sorted entries, or null when the directory itself could not be read (then nothing in
 *                         it is judged: a partial listing is dropped whole)
 * @param problems         entries, and last the directory itself, that the file system refused
 * @param firstChildren    when read ahead: the listings of the first subdirectories the walk will enter, in order,
 *                         read with this one so that the walk does not wait for them when it arrives; else empty
 * @param firstChildrenEnd the index in {@code entries} just after the last of those subdirectories
 */
record DirectoryListing(StoreEntry[] entries, List<UnreadableEntry> problems, DirectoryListing[] firstChildren,
                        int firstChildrenEnd) {

    private static final DirectoryListing[] NONE = new DirectoryListing[0];

    DirectoryListing(StoreEntry[] entries, List<UnreadableEntry> problems) {
        this(entries, problems, NONE, 0);
    }

    /**
     * This directory, at level {@code depth}, read with up to {@code count} of the first subdirectories the walk
     * will enter.
     */
    static DirectoryListing readWithFirstChildren(StoreFileAccess access, Path directory, String relativePrefix,
                                                  int depth, int count) {
        DirectoryListing listing = read(access, directory, relativePrefix, depth);
        if (listing.entries() == null) {
            return listing;
        }
        List<DirectoryListing> children = new ArrayList<>(count);
        int end = 0;
        while (children.size() < count && end < listing.entries().length) {
            StoreEntry entry = listing.entries()[end++];
            if (StoreWalk.entered(depth, entry)) {
                children.add(read(access, directory.resolve(entry.name()), relativePrefix + entry.name() + '/',
                        depth + 1));
            }
        }
        return children.isEmpty() ? listing
                : new DirectoryListing(listing.entries(), listing.problems(), children.toArray(NONE), end);
    }

    /** @param depth the directory's level below the store root (0 for the root), which decides what a binary is */
    static DirectoryListing read(StoreFileAccess access, Path directory, String relativePrefix, int depth) {
        List<StoreEntry> entries = new ArrayList<>();
        List<UnreadableEntry> problems = new ArrayList<>(0);
        try (DirectoryStream<Path> stream = access.list(directory)) {
            for (Path path : stream) {
                StoreEntry entry = describe(access, stream, path, relativePrefix, depth, problems);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            problems.add(new UnreadableEntry(withoutTrailingSlash(relativePrefix), reason(e)));
            return new DirectoryListing(null, problems);
        }
        StoreEntry[] sorted = entries.toArray(new StoreEntry[0]);
        Arrays.sort(sorted, StoreEntry.URL_ORDER);
        return new DirectoryListing(sorted, problems);
    }

    private static StoreEntry describe(StoreFileAccess access, DirectoryStream<Path> listing, Path path,
                                       String relativePrefix, int depth, List<UnreadableEntry> problems) {
        String name = path.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = access.attributes(listing, path);
        } catch (IOException | SecurityException e) {
            problems.add(new UnreadableEntry(relativePrefix + name, reason(e)));
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
        StoredBinary binary = kind == StoreEntry.Kind.FILE && FileStoreLayout.isBinaryDepth(depth)
                && FileStoreLayout.isBinaryFileName(name)
                ? new StoredBinary(FileStoreLayout.STORE_PROTOCOL + relativePrefix + name, attributes.size(),
                        attributes.lastModifiedTime().toInstant())
                : null;
        return StoreEntry.of(name, kind, binary);
    }

    private static String reason(Exception cause) {
        Throwable reported = cause instanceof DirectoryIteratorException ? cause.getCause() : cause;
        String message = reported.getMessage();
        return reported.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String withoutTrailingSlash(String relativePrefix) {
        return relativePrefix.isEmpty() ? "" : relativePrefix.substring(0, relativePrefix.length() - 1);
    }
}
