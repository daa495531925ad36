package org.gdprretention.core.consent;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A deliberately modest check of an e-mail address: one {@code @}, no spaces, a dot in the domain. It catches the
 * data-entry mistakes that would make a consent mail bounce or go astray; the mail server does the rest.
 */
final class EmailAddresses {

    private static final int MAX_LENGTH = 254;
    private static final Pattern PLAUSIBLE =
            Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    static boolean isPlausible(String address) {
        return address.length() <= MAX_LENGTH && PLAUSIBLE.matcher(address).matches();
    }

    /** The form two addresses are compared in: the same mailbox written in another case is not a conflict. */
    static String comparable(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
