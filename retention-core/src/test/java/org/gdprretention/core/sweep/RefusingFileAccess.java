package org.gdprretention.core.sweep;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real file system, except for the paths a test makes it refuse; counts the listings it makes (from any thread:
 * a walk reads directories ahead on threads of its own).
 */
final class RefusingFileAccess implements StoreFileAccess {

    private final Set<Path> refusedListings = new HashSet<>();
    private final Set<Path> refusedAttributes = new HashSet<>();
    final AtomicInteger listings = new AtomicInteger();

    RefusingFileAccess refuseListing(Path directory) {
        refusedListings.add(directory);
        return this;
    }

    RefusingFileAccess refuseAttributes(Path entry) {
        refusedAttributes.add(entry);
        return this;
    }

    @Override
    public DirectoryStream<Path> list(Path directory) throws IOException {
        if (refusedListings.contains(directory)) {
            throw new AccessDeniedException(directory.toString());
        }
        listings.incrementAndGet();
        return DEFAULT.list(directory);
    }

    @Override
    public BasicFileAttributes attributes(DirectoryStream<Path> listing, Path entry) throws IOException {
        if (refusedAttributes.contains(entry)) {
            throw new AccessDeniedException(entry.toString());
        }
        return DEFAULT.attributes(listing, entry);
    }
}
