package org.gdprretention.platform.sweep;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.alfresco.repo.content.ContentStore;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.service.transaction.TransactionService;

/**
 * Keeps the {@code contentstore.deleted} sweep, which removes old files by age alone, away from the live content
 * store, where old files are the repository's documents. Two independent checks, both before anything is deleted:
 * <ul>
 * <li>by place: the directory to sweep must neither be, nor lie inside, nor contain a live store root
 * ({@code dir.contentstore}, the add-on's own {@code gdpr-retention.sweep.contentStoreRoot}, the root ACS's
 * {@code fileContentStore} bean reports), compared as real paths with every link followed;</li>
 * <li>by content: a live store's files have content URL rows in the database, a backup in
 * {@code contentstore.deleted} has none (ACS's cleaner deletes the row, then copies the file there). So up to
 * {@value #SAMPLE_SIZE} of the walked files, picked across the whole walk, are looked up with
 * {@code ContentDataDAO.getContentUrl}; one row refuses the run. This catches what no path comparison can: a
 * copy, a second mount, a bind mount of the live store. ({@code getContentUrl} answers through ACS's content URL
 * cache, which ACS does not clear when its cleaner deletes a row: a backup of a binary cleaned recently may still
 * be found there. That errs on the safe side: the run is refused and names the URL; the cache forgets it.)</li>
 * </ul>
 */
final class LiveStoreGuard {

    static final int SAMPLE_SIZE = 20;
    private static final int URLS_NAMED = 3;

    private final List<String> liveRoots;
    private final ContentStore liveStore;
    private final ContentDataDAO contentDataDAO;
    private final TransactionService transactionService;

    LiveStoreGuard(List<String> liveRoots, ContentStore liveStore, ContentDataDAO contentDataDAO,
            TransactionService transactionService) {
        this.liveRoots = liveRoots == null ? List.of() : List.copyOf(liveRoots);
        this.liveStore = liveStore;
        this.contentDataDAO = contentDataDAO;
        this.transactionService = transactionService;
    }

    /** Why {@code root} must not be swept because of where it is, or empty. */
    Optional<String> overlap(Path root) {
        Path real = RealPaths.of(root);
        for (Path live : liveLocations()) {
            Path liveReal = RealPaths.of(live);
            String relation = real.equals(liveReal) ? "is"
                    : real.startsWith(liveReal) ? "lies inside"
                    : liveReal.startsWith(real) ? "contains" : null;
            if (relation != null) {
                return Optional.of("'" + root + "' (really " + real + ") " + relation + " the live content store ("
                        + live + (live.equals(liveReal) ? "" : ", really " + liveReal) + "): this sweep removes old"
                        + " files by age alone and may only be pointed at contentstore.deleted"
                        + " (gdpr-retention.sweep.deletedStoreRoot); nothing was deleted");
            }
        }
        return Optional.empty();
    }

    /** Why {@code root} must not be swept because the repository knows files in it, or empty. */
    Optional<String> knownFiles(Path root, List<String> sampledUrls) {
        if (sampledUrls.isEmpty()) {
            return Optional.empty();
        }
        List<String> known = transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            List<String> found = new ArrayList<>();
            for (String url : sampledUrls) {
                // only the row's existence counts, never its cached orphan time
                if (contentDataDAO.getContentUrl(url) != null) {
                    found.add(url);
                }
            }
            return found;
        }, true, false);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(known.size() + " of " + sampledUrls.size() + " sampled files in '" + root
                + "' have a content URL in the repository (" + String.join(", ", known.subList(0,
                Math.min(URLS_NAMED, known.size()))) + "): this is a live content store or a copy of one, not"
                + " contentstore.deleted, whose backups have none; nothing was deleted");
    }

    private Set<Path> liveLocations() {
        Set<Path> locations = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>(liveRoots);
        if (liveStore != null) {
            candidates.add(liveStore.getRootLocation());
        }
        for (String location : candidates) {
            if (location == null || location.isBlank()) {
                continue;
            }
            try {
                locations.add(Path.of(location.trim()));
            } catch (InvalidPathException e) {
                // not a directory path (an object store's location): nothing on this node to overlap with
            }
        }
        return locations;
    }
}
