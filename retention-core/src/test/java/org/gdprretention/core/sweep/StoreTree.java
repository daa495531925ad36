package org.gdprretention.core.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** Builds a real file content store tree for tests: real files, real sizes, chosen modification times. */
final class StoreTree {

    private final Path root;

    StoreTree(Path root) {
        this.root = root;
    }

    /** Writes {@code size} bytes at {@code relativePath} (created with its directories), modified at {@code time}. */
    Path file(String relativePath, int size, Instant time) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[size]);
            Files.setLastModifiedTime(file, FileTime.from(time));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory(String relativePath) {
        try {
            return Files.createDirectories(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path symbolicLink(String relativePath, Path target) {
        try {
            Path link = root.resolve(relativePath);
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }
}
