package org.gdprretention.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * The query parameters of one request, checked strictly: a parameter the endpoint does not know, a parameter given
 * twice that takes one value, an empty value, or a value outside its syntax is a 400 that names the parameter. ACS's
 * own parameters ({@code skipCount}, {@code maxItems}, {@code orderBy}, ...) are parsed by the framework; the ones
 * any client may send to any endpoint ({@link #ALWAYS_ALLOWED}) are always allowed.
 */
public final class QueryParams {

    /**
     * Parameters ACS handles itself on every request, whatever the endpoint: {@code alf_ticket} (ticket
     * authentication), {@code format} (the web script runtime's format argument: ACS's REST web scripts declare
     * {@code <format default="json">argument</format>}), {@code alf_method} (the runtime's method override of a
     * tunnelled POST), {@code fields} and its older name {@code properties} (the framework's filter of the answer, on
     * every answer), and {@code noCache}, the cache buster Share's {@code Alfresco.util.Ajax} adds to a GET.
     */
    public static final Set<String> ALWAYS_ALLOWED = Set.of("alf_ticket", "format", "alf_method", "fields",
            "properties", "noCache");

    /** The most characters of a free-text value (a name fragment, a reason). */
    public static final int MAX_TEXT = 256;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    // Four-digit years only: "+999999999-01-01" is ISO but no retention date.
    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private final String[] names;
    private final java.util.function.Function<String, String[]> values;

    private QueryParams(String[] names, java.util.function.Function<String, String[]> values) {
        this.names = names == null ? new String[0] : names;
        this.values = values;
    }

    /** The parameters of a REST framework request. */
    public static QueryParams of(Parameters parameters) {
        WebScriptRequest request = parameters.getRequest();
        if (request == null) {
            return new QueryParams(new String[0], name -> null);
        }
        return of(request);
    }

    /** The parameters of a web script request. */
    public static QueryParams of(WebScriptRequest request) {
        return new QueryParams(request.getParameterNames(), request::getParameterValues);
    }

    /** Refuses every parameter that is not in {@code known} (nor always allowed). */
    public QueryParams allowOnly(Set<String> known) {
        for (String name : names) {
            if (!known.contains(name) && !ALWAYS_ALLOWED.contains(name)) {
                throw RestErrors.invalid("unknownParameter", name, String.join(", ", new TreeSet<>(known)));
            }
        }
        return this;
    }

    /** The single value of {@code name}, or null when absent; empty, blank or repeated is a 400. */
    public String single(String name) {
        String[] given = values.apply(name);
        if (given == null || given.length == 0) {
            return null;
        }
        if (given.length > 1) {
            throw RestErrors.invalid("repeatedParameter", name);
        }
        if (given[0] == null || given[0].isBlank()) {
            throw RestErrors.invalid("emptyParameter", name);
        }
        return given[0];
    }

    /** Every value of a repeatable parameter, comma lists split, each trimmed; an empty item is a 400. */
    public List<String> all(String name) {
        String[] given = values.apply(name);
        List<String> items = new ArrayList<>();
        if (given == null) {
            return items;
        }
        for (String value : given) {
            for (String item : (value == null ? "" : value).split(",", -1)) {
                if (item.isBlank()) {
                    throw RestErrors.invalid("emptyParameter", name);
                }
                items.add(item.strip());
            }
        }
        return items;
    }

    /** One of the enum's constant names, exactly (upper case); null when absent. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = single(name);
        return value == null ? null : constant(name, value, type);
    }

    public static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw RestErrors.invalid("enumValue", name, Arrays.toString(type.getEnumConstants()));
    }

    /** A day, {@code yyyy-MM-dd}; null when absent. */
    public LocalDate day(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DAY);
        } catch (DateTimeParseException e) {
            throw RestErrors.invalid("day", name);
        }
    }

    /** {@code true} or {@code false}, exactly; null when absent. */
    public Boolean bool(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw RestErrors.invalid("boolean", name);
        }
        return Boolean.valueOf(value);
    }

    /** A code or short name: letters, digits, {@code . _ -}, at most 64; null when absent. */
    public String code(String name) {
        String value = single(name);
        if (value != null && !CODE.matcher(value).matches()) {
            throw RestErrors.invalid("code", name);
        }
        return value;
    }

    /** Free text of at most {@value #MAX_TEXT} characters on one line, no control characters; null when absent. */
    public String text(String name) {
        String value = single(name);
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw RestErrors.invalid("controlCharacter", name);
        }
        return checkedText(name, value, MAX_TEXT);
    }

    /** {@code value} as free text of at most {@code maxLength} characters (tab and line breaks allowed). */
    public static String checkedText(String name, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw RestErrors.invalid("tooLong", name, maxLength);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw RestErrors.invalid("controlCharacter", name);
            }
        }
        return value.strip();
    }
}
