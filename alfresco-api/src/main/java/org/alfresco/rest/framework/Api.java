package org.alfresco.rest.framework;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public class Api implements Comparable<Api> {

    private Api() {
    }

    @Override
    public int compareTo(Api other) {
        return 0;
    }

    /** Whether an API is listed in the public API explorer ({@code public}) or not ({@code private}). */
    public static enum SCOPE {
        PRIVATE, PUBLIC
    }
}
