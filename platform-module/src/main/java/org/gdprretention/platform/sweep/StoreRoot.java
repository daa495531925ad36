package org.gdprretention.platform.sweep;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.alfresco.repo.content.ContentStore;
import org.gdprretention.core.sweep.FileContentStoreWalker;

/**
 * Where a store's files are: the directory configured for the add-on, or else the one ACS's own store bean
 * reports ({@code getRootLocation()}, which is {@code dir.contentstore} or {@code dir.contentstore.deleted}
 * unless an administrator changed the store). Taking it from the store bean means the sweep follows ACS's
 * configuration instead of repeating it.
 */
final class StoreRoot {

    /** The directory to walk, or the reason there is none. */
    record Resolved(Path directory, String display, Optional<String> problem) {
    }

    private StoreRoot() {
    }

    static Resolved resolve(String configured, ContentStore store, String property) {
        String location = configured != null && !configured.isBlank() ? configured.trim()
                : store == null ? null : store.getRootLocation();
        if (location == null || location.isBlank()) {
            return new Resolved(null, "(none)", Optional.of("no directory is configured (" + property
                    + ") and the content store reports no root location: it is not a file store"));
        }
        try {
            Path directory = Path.of(location);
            return new Resolved(directory, location, FileContentStoreWalker.rootProblem(directory));
        } catch (InvalidPathException e) {
            return new Resolved(null, location, Optional.of("'" + location
                    + "' is not a directory path: the content store is not a file store"));
        }
    }
}
