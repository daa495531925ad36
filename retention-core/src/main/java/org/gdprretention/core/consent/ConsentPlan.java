package org.gdprretention.core.consent;

import java.util.List;

/**
 * What one run of the consent job should do.
 *
 * @param requests   one per data subject, sorted by earliest expiry and then subject id
 * @param exclusions documents that cannot be asked about, sorted by document id
 */
public record ConsentPlan(List<ConsentRequest> requests, List<ConsentExclusion> exclusions) {

    public ConsentPlan {
        requests = List.copyOf(requests);
        exclusions = List.copyOf(exclusions);
    }

    public int requestedDocumentCount() {
        return requests.stream().mapToInt(request -> request.documents().size()).sum();
    }
}
