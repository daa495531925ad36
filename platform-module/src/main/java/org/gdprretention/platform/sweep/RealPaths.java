package org.gdprretention.platform.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a directory really is: every symbolic link on the way followed, {@code ..} and {@code .} resolved. A
 * directory that does not exist on this node (a store mounted elsewhere) is placed under the real path of its
 * nearest existing ancestor, so that a link higher up is still followed.
 */
final class RealPaths {

    private RealPaths() {
    }

    static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            // unreadable on the way: the path as written is the best this node can tell
            return absolute;
        }
    }
}
