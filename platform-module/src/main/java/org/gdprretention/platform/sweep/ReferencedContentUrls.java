package org.gdprretention.platform.sweep;

import java.util.List;
import java.util.Set;

/** Which of a batch of content URLs the repository's database still has a row for. */
@FunctionalInterface
public interface ReferencedContentUrls {

    /** The URLs of {@code urls} that have a content URL row; the rest are unknown to the repository. */
    Set<String> referencedAmong(List<String> urls);
}
