package org.gdprretention.core.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.expiry.ExpiryCalculator;

/**
 * The time rules of a pending request around a document's expiry date. A document is expired from the first
 * instant of the day after its expiry date (in the calculator's zone); a request filed before that holds the purge
 * through the last day of the window (expiry date plus the window, inclusive), after which it lapses.
 */
final class DecisionWindow {

    private final ExpiryCalculator calculator;
    private final Period length;

    DecisionWindow(ExpiryCalculator calculator, Period length) {
        this.calculator = InvalidRetentionInputException.requirePresent("calculator", calculator);
        InvalidRetentionInputException.requirePresent("decisionWindow", length);
        if (length.isNegative()) {
            throw new InvalidRetentionInputException("decisionWindow", length, "must not be negative");
        }
        this.length = length;
    }

    Period length() {
        return length;
    }

    /** Whether a document with this expiry date is expired at {@code when}; never while the expiry is unknown. */
    boolean expired(LocalDate expiry, Instant when) {
        return expiry != null && !when.isBefore(calculator.expiredFrom(expiry));
    }

    /** Whether the window of a request on a document with this expiry date is still open at {@code when}. */
    boolean open(LocalDate expiry, Instant when) {
        return expiry == null || when.isBefore(calculator.expiredFrom(expiry.plus(length)));
    }
}
