package org.gdprretention.core;

/**
 * Bad input to any retention rule. The message always names the field and the offending value so that an
 * administrator reading it in Share or a REST response knows exactly what to correct. The value often comes from a
 * client, so the message carries it with its control characters escaped ({@link LogSafe}): a refused value cannot
 * forge a log line; {@link #value()} keeps it as it was.
 */
public class InvalidRetentionInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    public InvalidRetentionInputException(String field, Object value, String reason) {
        super("Invalid " + LogSafe.escape(field) + " '" + LogSafe.escape(value) + "': " + LogSafe.escape(reason));
        this.field = field;
        this.value = String.valueOf(value);
    }

    /**
     * {@code value} itself, or this exception naming {@code field} when it is {@code null}: a missing input is bad
     * input like any other, so the caller learns which field to fill in instead of getting a bare
     * NullPointerException.
     */
    public static <T> T requirePresent(String field, T value) {
        if (value == null) {
            throw new InvalidRetentionInputException(field, null, "is required");
        }
        return value;
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
