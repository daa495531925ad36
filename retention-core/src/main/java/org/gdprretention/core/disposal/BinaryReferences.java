package org.gdprretention.core.disposal;

import java.util.Set;

import org.gdprretention.core.DocumentId;

/**
 * The repository's answer to "is this binary still needed once these documents are gone?". The caller (an
 * adapter that can see the whole repository) implements it; the planner only asks.
 */
@FunctionalInterface
public interface BinaryReferences {

    /**
     * @param contentUrl  a content URL of a document that is about to be planned for purging
     * @param beingPurged every document the plan would purge (unmodifiable)
     * @return true when a live node, version or rendition that is NOT one of {@code beingPurged} still
     *         references the URL, so removing the binary would damage that other node
     */
    boolean referencedOutside(String contentUrl, Set<DocumentId> beingPurged);
}
