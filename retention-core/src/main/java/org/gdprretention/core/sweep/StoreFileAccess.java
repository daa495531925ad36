package org.gdprretention.core.sweep;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The two file system calls a walk makes. Tests replace it to make a listing fail where the file system itself
 * cannot be made to (a process running as root reads a directory whatever its mode).
 */
interface StoreFileAccess {

    StoreFileAccess DEFAULT = new StoreFileAccess() {
        @Override
        public DirectoryStream<Path> list(Path directory) throws IOException {
            return Files.newDirectoryStream(directory);
        }

        @Override
        public BasicFileAttributes attributes(DirectoryStream<Path> listing, Path entry) throws IOException {
            // Never follow a link: it could lead out of the store, and its target is not the store's file. Where the
            // platform offers it (Linux), the entry is read relative to the open directory, which spares the kernel
            // resolving the whole path again for each of the store's files.
            if (listing instanceof SecureDirectoryStream<Path> open) {
                return open.getFileAttributeView(entry.getFileName(), BasicFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).readAttributes();
            }
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    };

    DirectoryStream<Path> list(Path directory) throws IOException;

    /** The attributes of {@code entry}, an entry of the open {@code listing}, without following links. */
    BasicFileAttributes attributes(DirectoryStream<Path> listing, Path entry) throws IOException;
}
