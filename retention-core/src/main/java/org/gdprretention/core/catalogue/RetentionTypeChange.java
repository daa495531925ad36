package org.gdprretention.core.catalogue;

import java.util.Objects;

/**
 * Whether an edit of a catalogue entry has to reach the documents of that type. Documents store values computed
 * from the type (start, expiry date, status, category), so every field those values depend on counts; so do the
 * extension rules, which an administrator expects to apply to existing documents as soon as they are saved.
 * Labels and the disposal mode are read from the catalogue when needed and never copied onto a document.
 */
public final class RetentionTypeChange {

    private RetentionTypeChange() {
    }

    /** True when documents bound to {@code before} must be recomputed now that it reads {@code after}. */
    public static boolean requiresRecompute(RetentionType before, RetentionType after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return !before.period().equals(after.period())
                || !before.startTrigger().equals(after.startTrigger())
                || before.category() != after.category()
                || before.consentLeadDays() != after.consentLeadDays()
                || before.extendable() != after.extendable()
                || !before.extensionPeriod().equals(after.extensionPeriod())
                || before.maxExtensions() != after.maxExtensions();
    }
}
