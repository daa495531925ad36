package org.gdprretention.platform.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/**
 * Deletes one file of a store after looking at it once more, immediately before: still a regular file (never a
 * symbolic link, never what a link points to) and still last modified before the cutoff. A file rewritten since
 * the walk saw it is left alone. Directories are never removed: Alfresco writes new files (and its backups of
 * old binaries) into existing, old directories, and removing one under it would make such a write fail.
 */
final class StoreFileRemover {

    enum Outcome { DELETED, ALREADY_GONE, CHANGED_SINCE_WALK, FAILED }

    record Removal(Outcome outcome, long bytes, String problem) {
    }

    private StoreFileRemover() {
    }

    static Removal remove(Path file, Instant modifiedBefore) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || !attributes.lastModifiedTime().toInstant().isBefore(modifiedBefore)) {
                return new Removal(Outcome.CHANGED_SINCE_WALK, 0, null);
            }
            Files.delete(file);
            return new Removal(Outcome.DELETED, attributes.size(), null);
        } catch (NoSuchFileException e) {
            return new Removal(Outcome.ALREADY_GONE, 0, null);
        } catch (IOException | SecurityException e) {
            return new Removal(Outcome.FAILED, 0, file + ": " + e);
        }
    }
}
