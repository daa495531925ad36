package org.gdprretention.core.disposal;

import java.util.List;
import java.util.Objects;

import org.gdprretention.core.DocumentId;

/**
 * One document the plan purges. Every distinct binary of the document is in exactly one of the three lists.
 *
 * @param documentId           the document
 * @param forced               true when only the officer's force (not an expired retention) makes it purgeable
 * @param forceReason          the officer's reason when forced, otherwise {@code null}
 * @param binariesToRemove     binaries this entry removes from the content store
 * @param binariesKept         binaries that must stay because something outside the plan uses them
 * @param binariesSharedInPlan binaries only other planned documents share with this one; they are removed
 *                             once, under the entry of the first such document (by document id)
 */
public record PlannedDisposal(DocumentId documentId, boolean forced, String forceReason,
                              List<String> binariesToRemove, List<KeptBinary> binariesKept,
                              List<String> binariesSharedInPlan) {

    public PlannedDisposal {
        Objects.requireNonNull(documentId, "documentId");
        binariesToRemove = List.copyOf(binariesToRemove);
        binariesKept = List.copyOf(binariesKept);
        binariesSharedInPlan = List.copyOf(binariesSharedInPlan);
    }
}
