package org.alfresco.rest.framework.resource.parameters;

/** Compile-only copy of the ACS 26.3 signature: one column of {@code orderBy}, e.g. {@code name DESC}. */
public class SortColumn {

    public static final String ASCENDING = "ASC";
    public static final String DESCENDING = "DESC";

    public String column;
    public boolean asc;

    public SortColumn(String column, boolean asc) {
        this.column = column;
        this.asc = asc;
    }

    @Override
    public String toString() {
        return "SortColumn [column=" + column + ", asc=" + asc + "]";
    }
}
