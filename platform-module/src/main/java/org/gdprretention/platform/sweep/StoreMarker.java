package org.gdprretention.platform.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * A small file in a content store's root that names the repository the store belongs to, by the id ACS gives the
 * repository when it is created ({@code DescriptorService.getCurrentRepositoryDescriptor().getId()}, kept in the
 * database, the same on every node of a cluster). The content store sweep writes it once it has proof that the store
 * is this repository's (the repository knows files in it), and refuses every later run on a store marked for
 * another repository: a test system's sweep pointed at production's store, a store mounted on the wrong server.
 *
 * <p>The name starts with a dot and does not end in {@code .bin}, so no store walk ever takes it for a binary, and
 * ACS, which only reads and writes the paths its content URLs name, never touches it. A marker that is a link or
 * cannot be read is not trusted.
 */
final class StoreMarker {

    static final String FILE_NAME = ".gdpr-retention-repository";
    private static final String KEY = "repositoryId=";

    enum State { ABSENT, THIS_REPOSITORY, OTHER_REPOSITORY, NOT_TRUSTED }

    /** @param found the id in the marker, when one could be read */
    record Reading(State state, String found, String problem) {
    }

    private StoreMarker() {
    }

    static Path fileIn(Path root) {
        return root.resolve(FILE_NAME);
    }

    static boolean isPresent(Path root) {
        return Files.exists(fileIn(root), LinkOption.NOFOLLOW_LINKS);
    }

    static Reading read(Path root, String repositoryId) {
        Path marker = fileIn(root);
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            return new Reading(State.ABSENT, null, null);
        }
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return new Reading(State.NOT_TRUSTED, null, marker + " is not a regular file (a link?): the store's"
                    + " owner cannot be told; nothing was deleted");
        }
        try {
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            Optional<String> id = lines.stream().map(String::trim).filter(line -> line.startsWith(KEY))
                    .map(line -> line.substring(KEY.length()).trim()).findFirst();
            if (id.isEmpty() || id.get().isEmpty()) {
                return new Reading(State.NOT_TRUSTED, null, marker + " names no repository (no line "
                        + KEY + "...): the store's owner cannot be told; nothing was deleted");
            }
            return new Reading(id.get().equals(repositoryId) ? State.THIS_REPOSITORY : State.OTHER_REPOSITORY,
                    id.get(), null);
        } catch (IOException | SecurityException e) {
            return new Reading(State.NOT_TRUSTED, null, marker + " cannot be read (" + e
                    + "): the store's owner cannot be told; nothing was deleted");
        }
    }

    /** Marks the store as {@code repositoryId}'s, unless a marker appeared meanwhile; the problem, or empty. */
    static Optional<String> write(Path root, String repositoryId) {
        Path marker = fileIn(root);
        String text = "# This content store belongs to the Alfresco repository below. Written by the GDPR Retention"
                + " add-on's content store sweep, which refuses to run on a store marked for another repository.\n"
                + KEY + repositoryId + "\n";
        try {
            Files.writeString(marker, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return Optional.empty();
        } catch (FileAlreadyExistsException e) {
            // another node marked it first: the next run reads and checks what it wrote
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("could not mark " + root + " as this repository's store (" + marker + ": " + e
                    + "); the sweep deletes nothing in a store it cannot mark");
        }
    }
}
