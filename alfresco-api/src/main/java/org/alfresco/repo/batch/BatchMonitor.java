package org.alfresco.repo.batch;

import java.util.Date;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface BatchMonitor {

    String getCurrentEntryId();

    Date getEndTime();

    String getLastError();

    String getLastErrorEntryId();

    String getPercentComplete();

    String getProcessName();

    Date getStartTime();

    @Deprecated
    int getSuccessfullyProcessedEntries();

    default long getSuccessfullyProcessedEntriesLong() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Deprecated
    int getTotalErrors();

    default long getTotalErrorsLong() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Deprecated
    int getTotalResults();

    default long getTotalResultsLong() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
