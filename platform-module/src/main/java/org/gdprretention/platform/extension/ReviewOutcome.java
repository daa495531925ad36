package org.gdprretention.platform.extension;

import org.gdprretention.core.InvalidRetentionInputException;

/**
 * The officer's decision on the review task, as the values of {@code gdprwf:reviewOutcome} (the task model's LIST
 * constraint {@code gdprwf:reviewOutcomeOptions}; a test keeps the two equal).
 */
public enum ReviewOutcome {
    APPROVE("Approve"),
    DENY("Deny");

    /** The field named in the refusal of a missing or unknown outcome. */
    public static final String FIELD = "reviewOutcome";

    private final String taskValue;

    ReviewOutcome(String taskValue) {
        this.taskValue = taskValue;
    }

    /** The value of {@code gdprwf:reviewOutcome} for this decision. */
    public String taskValue() {
        return taskValue;
    }

    /** The decision for a task's {@code gdprwf:reviewOutcome}; anything else is refused, naming the field. */
    public static ReviewOutcome ofTaskValue(Object value) {
        for (ReviewOutcome outcome : values()) {
            if (outcome.taskValue.equals(value)) {
                return outcome;
            }
        }
        throw new InvalidRetentionInputException(FIELD, value, "must be Approve or Deny");
    }
}
