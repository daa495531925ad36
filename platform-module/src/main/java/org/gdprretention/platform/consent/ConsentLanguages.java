package org.gdprretention.platform.consent;

import java.util.Locale;

/** The languages of the consent mail and page: Dutch and English. */
final class ConsentLanguages {

    static final Locale DUTCH = new Locale("nl");

    private ConsentLanguages() {
    }

    /** {@code nl} or {@code en} (any region); anything else is refused with a clear message. */
    static Locale parse(String tag) {
        String language = tag == null ? "" : Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "nl" -> DUTCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("Invalid gdpr-retention.consent.defaultLocale '" + tag
                    + "': must be nl or en");
        };
    }

    /**
     * The language to write to a data subject in: their own ({@code gdpr:subjectLanguage} as the planner agreed it)
     * when the mails exist in it, otherwise {@code fallback} (the configured default). Never fails: a language the
     * module has no mail for is no reason not to ask.
     */
    static Locale forSubject(String language, Locale fallback) {
        if ("nl".equals(language)) {
            return DUTCH;
        }
        return "en".equals(language) ? Locale.ENGLISH : fallback;
    }

    /** The page language asked for ({@code lang} parameter), else {@code fallback}; never fails. */
    static Locale choose(String requested, Locale fallback) {
        if (requested != null) {
            String language = requested.trim().toLowerCase(Locale.ROOT);
            if (language.equals("nl")) {
                return DUTCH;
            }
            if (language.equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return fallback != null && "en".equals(fallback.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }
}
