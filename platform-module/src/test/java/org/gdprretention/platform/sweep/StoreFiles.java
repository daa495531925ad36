package org.gdprretention.platform.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** Real files in a store layout under a temporary directory, with chosen sizes and modification times. */
final class StoreFiles {

    private final Path root;

    StoreFiles(Path root) {
        this.root = root;
    }

    Path file(String relativePath, int size, Instant modified) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[size]);
            Files.setLastModifiedTime(file, FileTime.from(modified));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path link(String relativePath, Path target) {
        try {
            Path link = root.resolve(relativePath);
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(String relativePath) {
        return "store://" + relativePath;
    }
}
