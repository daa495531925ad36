package org.alfresco.rest.framework.resource.parameters;

import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;

/**
 * Compile-only copy of the ACS 26.3 signature, with its behaviour: the framework builds it from {@code skipCount}
 * and {@code maxItems} (defaults 0 and 100) and refuses a negative skip or a maximum below 1 with a 400.
 */
public class Paging {

    public static final int DEFAULT_SKIP_COUNT = 0;
    public static final int DEFAULT_MAX_ITEMS = 100;
    public static final Paging DEFAULT = Paging.valueOf(DEFAULT_SKIP_COUNT, DEFAULT_MAX_ITEMS);

    private final int skipCount;
    private final int maxItems;

    private Paging(int skipCount, int maxItems) {
        if (skipCount < 0) {
            throw new InvalidArgumentException("Negative values not supported for skipCount.");
        }
        if (maxItems < 1) {
            throw new InvalidArgumentException("Only positive values supported for maxItems.");
        }
        this.skipCount = skipCount;
        this.maxItems = maxItems;
    }

    public static Paging valueOf(int skipCount, int maxItems) {
        return new Paging(skipCount, maxItems);
    }

    public int getSkipCount() {
        return skipCount;
    }

    public int getMaxItems() {
        return maxItems;
    }

    @Override
    public String toString() {
        return "Paging [skipCount=" + skipCount + ", maxItems=" + maxItems + "]";
    }
}
