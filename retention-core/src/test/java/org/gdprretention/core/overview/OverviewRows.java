package org.gdprretention.core.overview;

import java.time.LocalDate;

import org.gdprretention.core.ConsentState;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.RetentionCategory;
import org.gdprretention.core.RetentionStatus;

/** Test rows with sensible defaults. */
final class OverviewRows {

    private OverviewRows() {
    }

    static OverviewRow row(String id, String name, LocalDate expiry) {
        return new OverviewRow(DocumentId.of(id), name, "hr", "Arbeidscontract", "PERSONNEL_7Y",
                RetentionCategory.DOSSIER_TASKS_CONTACTS, expiry, RetentionStatus.ACTIVE, ConsentState.NONE);
    }

    static OverviewRow row(String id, String name, String site, String template, String type,
                           RetentionCategory category, LocalDate expiry, RetentionStatus status, ConsentState consent) {
        return new OverviewRow(DocumentId.of(id), name, site, template, type, category, expiry, status, consent);
    }
}
