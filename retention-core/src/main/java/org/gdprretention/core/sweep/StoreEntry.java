package org.gdprretention.core.sweep;

import java.util.Comparator;

/**
 * One entry of a directory listing, with what the walk needs to decide on it without touching the disk again: its
 * kind and, for a binary of the layout, the {@link StoredBinary} to hand out (made by whoever read the listing, so
 * that a listing read ahead on another thread leaves the walk nothing but the merge).
 *
 * <p>The sort key makes "sort each directory, then descend depth first" produce content URLs in exact
 * {@link String#compareTo} order: every URL below a directory starts with its name followed by '/', so the
 * directory must sort as {@code name + "/"}. Sorting it by its bare name would misplace it against a sibling
 * whose name extends it with a character below '/' (such as '-' or '.': "5.bin" sorts before "5/0.bin").
 */
record StoreEntry(String name, Kind kind, StoredBinary binary, String sortKey) {

    enum Kind { DIRECTORY, FILE, SYMBOLIC_LINK, OTHER }

    static final Comparator<StoreEntry> URL_ORDER = Comparator.comparing(StoreEntry::sortKey);

    /** @param binary the binary this entry is, or null when it is not a {@code .bin} file at a binary's depth */
    static StoreEntry of(String name, Kind kind, StoredBinary binary) {
        return new StoreEntry(name, kind, binary, kind == Kind.DIRECTORY ? name + '/' : name);
    }
}
