package org.gdprretention.core.disposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a purge run will do: the documents it purges (sorted by document id) and every other candidate with
 * the reason it is left alone (also sorted by document id). Together they are exactly the input candidates.
 */
public record DisposalPlan(DisposalRequest request, List<PlannedDisposal> planned, List<ExcludedDocument> excluded) {

    public DisposalPlan {
        Objects.requireNonNull(request, "request");
        planned = List.copyOf(planned);
        excluded = List.copyOf(excluded);
    }

    public boolean dryRun() {
        return request.dryRun();
    }

    /** Every binary the run removes, each once, in the order of the planned entries. */
    public List<String> binariesToRemove() {
        List<String> all = new ArrayList<>();
        for (PlannedDisposal entry : planned) {
            all.addAll(entry.binariesToRemove());
        }
        return List.copyOf(all);
    }
}
