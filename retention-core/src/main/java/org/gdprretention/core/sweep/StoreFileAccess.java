package org.gdprretention.core.sweep;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
        public BasicFileAttributes attributes(Path entry) throws IOException {
            // never follow a link: a link could lead out of the store, and its target is not the store's file
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    };

    DirectoryStream<Path> list(Path directory) throws IOException;

    BasicFileAttributes attributes(Path entry) throws IOException;
}
