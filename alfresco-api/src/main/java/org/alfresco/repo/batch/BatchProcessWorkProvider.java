package org.alfresco.repo.batch;

import java.util.Collection;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface BatchProcessWorkProvider<T> {

    Collection<T> getNextWork();

    @Deprecated
    int getTotalEstimatedWorkSize();

    default long getTotalEstimatedWorkSizeLong() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }
}
