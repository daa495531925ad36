package org.gdprretention.core;

/**
 * Bad input to any retention rule. The message always names the field and the offending value so that an
 * administrator reading it in Share or a REST response knows exactly what to correct.
 */
public class InvalidRetentionInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    public InvalidRetentionInputException(String field, Object value, String reason) {
        super("Invalid " + field + " '" + value + "': " + reason);
        this.field = field;
        this.value = String.valueOf(value);
    }

    /** The name of the field that was refused, e.g. {@code period}. */
    public String field() {
        return field;
    }

    /** The refused value as text ({@code null} as "null"). */
    public String value() {
        return value;
    }
}
