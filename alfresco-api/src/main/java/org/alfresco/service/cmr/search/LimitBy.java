package org.alfresco.service.cmr.search;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public enum LimitBy {
    UNLIMITED, FINAL_SIZE, NUMBER_OF_PERMISSION_EVALUATIONS
}
