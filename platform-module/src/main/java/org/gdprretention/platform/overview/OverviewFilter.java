package org.gdprretention.platform.overview;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.ConsentState;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;
import org.gdprretention.platform.batch.KeyedQuery;

/**
 * The overview's filters; null (or an empty set) means any. Validated by whoever builds it from a request.
 *
 * <p>Which part the database answers ({@link #databaseConditions(ZoneId)}, CMIS-alfresco comparisons that ACS's
 * transactional metadata query supports) and which part is checked on each row the database returns
 * ({@link #matches(RetentionRow)}): statuses (evaluated now, never the stored value), on hold (a hold may sit on a
 * folder above), site (ACS's database query has no IN_TREE) are checked per row. Every filter is checked per row
 * as well, so a row from an index that lags behind is still right.
 */
public record OverviewFilter(Set<RetentionStatus> statuses, String retentionType, RetentionCategory category,
                             NodeRef template, String site, LocalDate expiryFrom, LocalDate expiryTo,
                             ConsentState consentStatus, Boolean onHold, String subject, String text) {

    public OverviewFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** No filter at all. */
    public static OverviewFilter all() {
        return new OverviewFilter(Set.of(), null, null, null, null, null, null, null, null, null, null);
    }

    /** Conditions on {@code d} (cmis:document) and {@code r} (gdpr:retainable) the database answers. */
    public List<String> databaseConditions(ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        if (retentionType != null) {
            conditions.add("r.gdpr:retentionType = " + KeyedQuery.text(retentionType));
        }
        if (category != null) {
            conditions.add("r.gdpr:category = " + KeyedQuery.text(category.name()));
        }
        if (template != null) {
            conditions.add("r.gdpr:templateRef = " + KeyedQuery.text(template.toString()));
        }
        if (expiryFrom != null) {
            conditions.add("r.gdpr:expiryDate >= " + KeyedQuery.timestamp(expiryFrom.atStartOfDay(zone).toInstant()));
        }
        if (expiryTo != null) {
            conditions.add("r.gdpr:expiryDate < "
                    + KeyedQuery.timestamp(expiryTo.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (consentStatus != null && consentStatus != ConsentState.NONE) {
            conditions.add("r.gdpr:consentStatus = " + KeyedQuery.text(consentStatus.name()));
        }
        if (subject != null) {
            conditions.add("r.gdpr:subjectId = " + KeyedQuery.text(subject));
        }
        if (text != null) {
            conditions.add("d.cmis:name LIKE " + KeyedQuery.text("%" + likeEscaped(text) + "%"));
        }
        return conditions;
    }

    /** Whether a row passes every filter. */
    public boolean matches(RetentionRow row) {
        return (statuses.isEmpty() || statuses.contains(row.status()))
                && (retentionType == null || retentionType.equals(row.retentionType()))
                && (category == null || category == row.category())
                && (template == null || template.equals(row.template()))
                && (site == null || site.equals(row.site()))
                && (expiryFrom == null || row.expiryDate() != null && !row.expiryDate().isBefore(expiryFrom))
                && (expiryTo == null || row.expiryDate() != null && !row.expiryDate().isAfter(expiryTo))
                && (consentStatus == null || consentStatus == row.consentStatus())
                && (onHold == null || onHold == row.onHold())
                && (subject == null || subject.equals(row.subject()))
                && (text == null || row.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)));
    }

    /** Whether only documents with an expiry date can match (those without one need not be read at all). */
    boolean needsExpiryDate() {
        return expiryFrom != null || expiryTo != null || !statuses.isEmpty()
                && !statuses.contains(RetentionStatus.PENDING_START) && !statuses.contains(RetentionStatus.ON_HOLD);
    }

    // CMIS LIKE: % and _ are wildcards, a backslash escapes them.
    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
