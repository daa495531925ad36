package org.gdprretention.core.sweep;

import java.nio.file.Path;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * The layout of Alfresco's file content store: a content URL {@code store://yyyy/M/d/H/m/<uuid>.bin} names the
 * file {@code <root>/yyyy/M/d/H/m/<uuid>.bin}. When the store is configured with buckets per minute, one more
 * numeric level sits under the minute ({@code store://yyyy/M/d/H/m/b/<uuid>.bin}).
 *
 * <p>Only files that fit this layout are ever treated as binaries: anything else an administrator keeps under the
 * root (notes, scripts, a copied backup) has no content URL the repository could hold, so no sweep may judge it.
 */
public final class FileStoreLayout {

    /** The protocol of content URLs in a file content store. */
    public static final String STORE_PROTOCOL = "store://";

    /** Year, month, day, hour and minute. */
    static final int TIME_LEVELS = 5;

    /** The time levels plus the optional bucket level. */
    static final int MAX_DIRECTORY_LEVELS = TIME_LEVELS + 1;

    private static final String BIN_SUFFIX = ".bin";

    private FileStoreLayout() {
    }

    /** A directory of the layout is named by a decimal number (year, month, day, hour, minute or bucket). */
    static boolean isLayoutDirectoryName(String name) {
        if (name.isEmpty() || name.length() > 9) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code <uuid>.bin}; hidden files (a leading dot) are an editor's or a tool's, never the store's. */
    static boolean isBinaryFileName(String name) {
        return name.length() > BIN_SUFFIX.length() && name.endsWith(BIN_SUFFIX) && name.charAt(0) != '.';
    }

    /** Binaries sit directly under the minute directory or under a bucket directory below it. */
    static boolean isBinaryDepth(int directoryLevels) {
        return directoryLevels == TIME_LEVELS || directoryLevels == MAX_DIRECTORY_LEVELS;
    }

    /**
     * The file that holds a content URL, refusing every URL that does not fit the layout, so that a deletion
     * driven by a URL can never reach outside the store's root or touch a file the layout does not own.
     */
    public static Path pathOf(Path root, String contentUrl) {
        if (root == null) {
            throw new InvalidRetentionInputException("root", null, "is required to resolve a content URL");
        }
        if (contentUrl == null || !contentUrl.startsWith(STORE_PROTOCOL)) {
            throw new InvalidRetentionInputException("contentUrl", contentUrl,
                    "is not a file store URL (it must start with " + STORE_PROTOCOL + ")");
        }
        String[] parts = contentUrl.substring(STORE_PROTOCOL.length()).split("/", -1);
        int directoryLevels = parts.length - 1;
        if (!isBinaryDepth(directoryLevels)) {
            throw new InvalidRetentionInputException("contentUrl", contentUrl,
                    "does not have the layout yyyy/M/d/H/m[/bucket]/<name>.bin");
        }
        Path path = root;
        for (int i = 0; i < directoryLevels; i++) {
            if (!isLayoutDirectoryName(parts[i])) {
                throw new InvalidRetentionInputException("contentUrl", contentUrl,
                        "has a directory '" + parts[i] + "' that is not a number of the layout yyyy/M/d/H/m[/bucket]");
            }
            path = path.resolve(parts[i]);
        }
        String fileName = parts[directoryLevels];
        if (!isBinaryFileName(fileName)) {
            throw new InvalidRetentionInputException("contentUrl", contentUrl, "does not name a .bin file");
        }
        return path.resolve(fileName);
    }
}
