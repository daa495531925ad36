package org.gdprretention.platform.rest.api;

import java.util.List;
import java.util.Set;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Paging;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.rest.framework.resource.parameters.SortColumn;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.gdprretention.platform.rest.NodeIds;
import org.gdprretention.platform.rest.QueryParams;

/**
 * Checks of what a request carries, shared by the administration resources: a parameter the resource does not know
 * or a value it cannot use is refused with 400 before anything is read, so that a typo never silently widens a list
 * or changes what a change does.
 */
public final class AdminParameters {

    /**
     * Query parameters the framework reads itself, and those any client may send to any endpoint
     * ({@link QueryParams#ALWAYS_ALLOWED}: the ticket, the format argument, the method override, the answer's filter,
     * Share's cache buster). Not {@code where} and {@code select}: ACS parses them, but only a resource that reads
     * them filters with them, and these resources filter with plain parameters; ignoring a {@code where} would answer
     * a wider list than the client asked for.
     */
    private static final Set<String> FRAMEWORK = union(QueryParams.ALWAYS_ALLOWED, Set.of("skipCount", "maxItems",
            "orderBy", "include", "relations", "includeSource"));

    /** Longest free text a body field takes (a reason, a comment, a label). */
    public static final int MAX_TEXT = 1000;

    private AdminParameters() {
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    /** Refuses any query parameter other than {@code allowed} and the framework's, and any repeated parameter. */
    public static void acceptOnly(Parameters parameters, String... allowed) {
        List<String> known = List.of(allowed);
        String[] names = parameters.getRequest() == null ? null : parameters.getRequest().getParameterNames();
        if (names == null) {
            return;
        }
        for (String name : names) {
            if (!FRAMEWORK.contains(name) && !known.contains(name)) {
                throw new InvalidArgumentException(AdminMessages.UNKNOWN_PARAMETER, new Object[] {name});
            }
            String[] values = parameters.getRequest().getParameterValues(name);
            if (values != null && values.length > 1) {
                throw new InvalidArgumentException(AdminMessages.REPEATED_PARAMETER, new Object[] {name});
            }
        }
    }

    /** The page asked for, refusing more than {@code maxItems} items per page. */
    public static Paging paging(Parameters parameters, int maxItems) {
        Paging paging = parameters.getPaging();
        if (paging == null) {
            return Paging.valueOf(Paging.DEFAULT_SKIP_COUNT, Paging.DEFAULT_MAX_ITEMS);
        }
        if (paging.getMaxItems() > maxItems) {
            throw new InvalidArgumentException(AdminMessages.MAX_ITEMS, new Object[] {maxItems});
        }
        return paging;
    }

    /** Refuses sorting: a resource whose order is fixed (newest first, by code) says so instead of ignoring it. */
    public static void noOrderBy(Parameters parameters) {
        List<SortColumn> sorting = parameters.getSorting();
        if (sorting != null && !sorting.isEmpty()) {
            throw new InvalidArgumentException(AdminMessages.ORDER_BY, new Object[] {sorting.get(0).column});
        }
    }

    /** Whether {@code value} was asked for with {@code include}; refuses any other include value. */
    public static boolean includes(Parameters parameters, String value, String... allowed) {
        List<String> include = parameters.getInclude() == null ? List.of() : parameters.getInclude();
        List<String> known = List.of(allowed);
        for (String asked : include) {
            if (!known.contains(asked)) {
                throw new InvalidArgumentException(AdminMessages.INCLUDE, new Object[] {asked});
            }
        }
        return include.contains(value);
    }

    /**
     * The workspace node whose id this is ({@link NodeIds}: any id ACS can hold, not only a UUID); anything but a node
     * id is a 400 (never a path or another store).
     */
    public static NodeRef nodeRef(String id) {
        if (!NodeIds.isNodeId(id)) {
            throw new InvalidArgumentException(AdminMessages.NODE_ID, new Object[] {abbreviate(id)});
        }
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
    }

    /**
     * Free text from a body: at most {@value #MAX_TEXT} characters, no control characters other than line breaks
     * and tabs; null stays null unless {@code required}.
     */
    public static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw invalid(field, "is required");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw invalid(field, "is longer than " + MAX_TEXT + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw invalid(field, "contains a control character");
            }
        }
        return value.trim();
    }

    /** A body that is missing altogether. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidArgumentException(AdminMessages.BODY_MISSING);
        }
        return body;
    }

    /** 400 naming the field and what is wrong with it. */
    public static InvalidArgumentException invalid(String field, String reason) {
        return new InvalidArgumentException(AdminMessages.FIELD_INVALID, new Object[] {field, reason});
    }

    /** One page of an already bounded list (a catalogue, a folder of templates). */
    public static <T> CollectionWithPagingInfo<T> page(List<T> all, Paging paging) {
        int from = Math.min(paging.getSkipCount(), all.size());
        int to = (int) Math.min((long) from + paging.getMaxItems(), all.size());
        return CollectionWithPagingInfo.asPaged(paging, all.subList(from, to), to < all.size(), all.size());
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        StringBuilder safe = new StringBuilder();
        for (char c : shown.toCharArray()) {
            safe.append(Character.isISOControl(c) ? '?' : c);
        }
        return safe.toString();
    }
}
