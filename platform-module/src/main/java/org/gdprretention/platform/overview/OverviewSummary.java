package org.gdprretention.platform.overview;

import java.time.YearMonth;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.RetentionStatus;

/**
 * Totals over every row that matches a filter.
 *
 * @param perTemplate      rows per template (a null template: retention set on the document itself)
 * @param perStatus        rows per status, evaluated now
 * @param expiringPerMonth rows whose expiry falls in each of the next 12 months (this month first), per template
 */
public record OverviewSummary(Map<Template, Long> perTemplate, Map<RetentionStatus, Long> perStatus,
                              Map<YearMonth, Map<Template, Long>> expiringPerMonth) {

    /** A template as the documents record it: its node and its name. */
    public record Template(NodeRef nodeRef, String name) {
    }
}
