package org.gdprretention.platform.sweep;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;

/**
 * Deletes files of one store after looking at each once more, immediately before: still a regular file (never a
 * symbolic link, never what a link points to) and still last modified before the cutoff. A file rewritten since
 * the walk saw it is left alone. Directories are never removed: Alfresco writes new files (and its backups of
 * old binaries) into existing, old directories, and removing one under it would make such a write fail.
 *
 * <p>Every look and every deletion is made relative to an open handle of the file's directory
 * ({@link SecureDirectoryStream}: {@code openat}, {@code fstatat}, {@code unlinkat} on Linux), reached from the
 * store root one directory at a time without following links. A directory swapped for a link to elsewhere after
 * it was opened cannot redirect the deletion: the handle still names the directory that was looked at, so the file
 * that was judged is the one deleted, and nothing outside the store is. A directory that is already a link when it
 * is reached is not entered. The handle of the directory last used is kept for the next file, since the walk hands
 * out files directory by directory.
 *
 * <p>Where the platform offers no such handle (the JDK provides it on Linux; not on Windows, nor everywhere else),
 * this class deletes nothing and says why ({@link #unsupported}): a path-based deletion would follow a swapped
 * link, and the sweeps' safety must not depend on where they run. The sweeps check this before their counting pass.
 */
final class StoreFileRemover implements AutoCloseable {

    enum Outcome { DELETED, ALREADY_GONE, CHANGED_SINCE_WALK, FAILED }

    record Removal(Outcome outcome, long bytes, String problem) {
    }

    /** Opens a directory for listing; the platform's own, or a test's that offers no secure stream. */
    @FunctionalInterface
    interface DirectoryOpener {
        DirectoryStream<Path> open(Path directory) throws IOException;
    }

    /** Runs between the last look at a file and its deletion: where a test plays a swapped directory. */
    @FunctionalInterface
    interface BetweenCheckAndDelete {
        void run(Path file) throws IOException;
    }

    private final Path root;
    private final DirectoryOpener opener;
    private final BetweenCheckAndDelete between;

    private SecureDirectoryStream<Path> rootHandle;
    private Path openDirectory;
    private SecureDirectoryStream<Path> directoryHandle;

    StoreFileRemover(Path root) {
        this(root, Files::newDirectoryStream, file -> { });
    }

    StoreFileRemover(Path root, DirectoryOpener opener, BetweenCheckAndDelete between) {
        this.root = root;
        this.opener = opener;
        this.between = between;
    }

    /** Why files under {@code root} cannot be deleted safely on this platform, or empty. */
    static Optional<String> unsupported(Path root) {
        return unsupported(root, Files::newDirectoryStream);
    }

    static Optional<String> unsupported(Path root, DirectoryOpener opener) {
        try (DirectoryStream<Path> listing = opener.open(root)) {
            return listing instanceof SecureDirectoryStream ? Optional.empty() : Optional.of(notSecure(root));
        } catch (IOException | SecurityException e) {
            return Optional.of("cannot open " + root + " to delete in it: " + e);
        }
    }

    private static String notSecure(Path root) {
        return "this platform cannot delete relative to an open directory (no java.nio.file.SecureDirectoryStream"
                + " for " + root + "), so a directory swapped for a link could redirect a deletion; the sweep deletes"
                + " nothing here. Run it on a Linux node where the store is mounted";
    }

    /** Deletes {@code file}, a file below the root, if it is still a regular file modified before the cutoff. */
    Removal remove(Path file, Instant modifiedBefore) {
        Path relative = root.relativize(file);
        Path directory = relative.getParent();
        Path name = relative.getFileName();
        if (name == null || relative.isAbsolute() || !below(relative)) {
            return new Removal(Outcome.FAILED, 0, file + ": not a file below the store root " + root);
        }
        try {
            SecureDirectoryStream<Path> handle = directory(directory);
            if (handle == null) {
                return new Removal(Outcome.FAILED, 0, file + ": " + notSecure(root));
            }
            BasicFileAttributes attributes = handle.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            if (!attributes.isRegularFile() || !attributes.lastModifiedTime().toInstant().isBefore(modifiedBefore)) {
                return new Removal(Outcome.CHANGED_SINCE_WALK, 0, null);
            }
            between.run(file);
            // unlinkat on the directory looked at: a link put in its place since then is not followed
            handle.deleteFile(name);
            return new Removal(Outcome.DELETED, attributes.size(), null);
        } catch (NoSuchFileException e) {
            return new Removal(Outcome.ALREADY_GONE, 0, null);
        } catch (IOException | SecurityException e) {
            // also a directory on the way that is a link now: opening it without following links fails
            return new Removal(Outcome.FAILED, 0, file + ": " + e);
        }
    }

    private static boolean below(Path relative) {
        for (Path part : relative) {
            String text = part.toString();
            if (text.isEmpty() || text.equals(".") || text.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The open handle of {@code directory} (relative to the root; null for the root), or null if not secure. */
    private SecureDirectoryStream<Path> directory(Path directory) throws IOException {
        if (rootHandle == null) {
            DirectoryStream<Path> listing = opener.open(root);
            if (!(listing instanceof SecureDirectoryStream<Path> secure)) {
                listing.close();
                return null;
            }
            rootHandle = secure;
        }
        if (directory == null) {
            return rootHandle;
        }
        if (directory.equals(openDirectory)) {
            return directoryHandle;
        }
        closeDirectory();
        SecureDirectoryStream<Path> current = rootHandle;
        try {
            for (Path part : directory) {
                SecureDirectoryStream<Path> next = current.newDirectoryStream(part, LinkOption.NOFOLLOW_LINKS);
                if (current != rootHandle) {
                    current.close();
                }
                current = next;
            }
        } catch (IOException | RuntimeException e) {
            if (current != rootHandle) {
                current.close();
            }
            throw e;
        }
        openDirectory = directory;
        directoryHandle = current;
        return current;
    }

    private void closeDirectory() throws IOException {
        if (directoryHandle != null) {
            SecureDirectoryStream<Path> handle = directoryHandle;
            directoryHandle = null;
            openDirectory = null;
            handle.close();
        }
    }

    @Override
    public void close() {
        try {
            closeDirectory();
            if (rootHandle != null) {
                rootHandle.close();
            }
        } catch (IOException e) {
            // a directory handle that fails to close has nothing left to flush: the deletions are done
        } finally {
            rootHandle = null;
        }
    }
}
