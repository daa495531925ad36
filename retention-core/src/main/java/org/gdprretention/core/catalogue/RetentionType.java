package org.gdprretention.core.catalogue;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.gdprretention.core.DisposalMode;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.RetentionCategory;

/**
 * One entry of the retention catalogue: how long documents of this kind are kept, from when, and whether the
 * data subject may consent to keep them longer. Immutable; built and validated by {@link Builder}.
 */
public final class RetentionType {

    public static final String FALLBACK_LANGUAGE = "en";
    public static final int MAX_CONSENT_LEAD_DAYS = 365;
    static final int DEFAULT_CONSENT_LEAD_DAYS = 30;

    private final String code;
    private final Map<String, String> labels;
    private final RetentionPeriod period;
    private final StartTrigger startTrigger;
    private final RetentionCategory category;
    private final boolean extendable;
    private final RetentionPeriod extensionPeriod;
    private final int maxExtensions;
    private final int consentLeadDays;
    private final DisposalMode disposalMode;
    /**
     * The last label asked for: a page of the overview asks each of a few types for the same locale's label on
     * every row. Not part of the type's value; replaced, never changed, so a reader sees a whole pair.
     */
    private volatile LabelInLocale lastLabel;

    private RetentionType(Builder builder, int maxExtensions) {
        this.code = builder.code;
        this.labels = Collections.unmodifiableMap(new TreeMap<>(builder.labels));
        this.period = builder.period;
        this.startTrigger = builder.startTrigger;
        this.category = builder.category;
        this.extendable = builder.extendable;
        this.extensionPeriod = builder.extensionPeriod;
        this.maxExtensions = maxExtensions;
        this.consentLeadDays = builder.consentLeadDays;
        this.disposalMode = builder.disposalMode;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this type's values, to derive a changed type. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .code(code).labels(labels).period(period).startTrigger(startTrigger).category(category)
                .extendable(extendable).extensionPeriod(extensionPeriod).consentLeadDays(consentLeadDays)
                .disposalMode(disposalMode);
        builder.maxExtensions = maxExtensions;
        return builder;
    }

    public String code() {
        return code;
    }

    /** Labels by IETF language tag ({@code en}, {@code nl}, ...), sorted by tag. */
    public Map<String, String> labels() {
        return labels;
    }

    /** The label for a locale: exact tag, then its language, then English. */
    public String label(Locale locale) {
        LabelInLocale last = lastLabel;
        if (last != null && last.locale().equals(locale)) {
            return last.label();
        }
        String label = lookUpLabel(locale);
        if (locale != null) {
            lastLabel = new LabelInLocale(locale, label);
        }
        return label;
    }

    private String lookUpLabel(Locale locale) {
        if (locale != null) {
            String exact = labels.get(locale.toLanguageTag());
            if (exact != null) {
                return exact;
            }
            String language = labels.get(locale.getLanguage());
            if (language != null) {
                return language;
            }
        }
        return labels.get(FALLBACK_LANGUAGE);
    }

    public RetentionPeriod period() {
        return period;
    }

    public StartTrigger startTrigger() {
        return startTrigger;
    }

    public RetentionCategory category() {
        return category;
    }

    public boolean extendable() {
        return extendable;
    }

    public RetentionPeriod extensionPeriod() {
        return extensionPeriod;
    }

    /** How many extensions may be granted in total; 0 when the type is not extendable. */
    public int maxExtensions() {
        return maxExtensions;
    }

    /** How many days before expiry the data subject is asked for consent (and the status becomes EXPIRING). */
    public int consentLeadDays() {
        return consentLeadDays;
    }

    public DisposalMode disposalMode() {
        return disposalMode;
    }

    /** Whether one more extension may be granted after {@code grantedExtensions} have been. */
    public boolean allowsAnotherExtension(int grantedExtensions) {
        return extendable && grantedExtensions < maxExtensions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetentionType that
                && code.equals(that.code) && labels.equals(that.labels) && period.equals(that.period)
                && startTrigger.equals(that.startTrigger) && category == that.category
                && extendable == that.extendable && extensionPeriod.equals(that.extensionPeriod)
                && maxExtensions == that.maxExtensions && consentLeadDays == that.consentLeadDays
                && disposalMode == that.disposalMode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, labels, period, startTrigger, category, extendable, extensionPeriod,
                maxExtensions, consentLeadDays, disposalMode);
    }

    @Override
    public String toString() {
        return "RetentionType[" + code + ", " + period + " from " + startTrigger.toText() + ", " + category
                + (extendable ? ", extendable " + maxExtensions + "x " + extensionPeriod : "") + "]";
    }

    /**
     * Collects and validates a type's fields. Setters taking text parse at once (the repository stores every
     * field as text, int or boolean), so a bad value is reported with its own field name.
     */
    public static final class Builder {

        private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

        private String code;
        private final Map<String, String> labels = new TreeMap<>();
        private RetentionPeriod period;
        private StartTrigger startTrigger;
        private RetentionCategory category;
        private boolean extendable;
        private RetentionPeriod extensionPeriod = RetentionPeriod.ONE_YEAR;
        private Integer maxExtensions;
        private int consentLeadDays = DEFAULT_CONSENT_LEAD_DAYS;
        private DisposalMode disposalMode = DisposalMode.PURGE_ON_APPROVAL;

        private Builder() {
        }

        /** Upper-case letters, digits and underscores, 1 to 40 characters; surrounding space is ignored. */
        public Builder code(String code) {
            String trimmed = code == null ? null : code.trim();
            if (trimmed == null || !CODE.matcher(trimmed).matches()) {
                throw new InvalidRetentionInputException("code", code,
                        "must be 1 to 40 upper-case letters, digits or underscores");
            }
            this.code = trimmed;
            return this;
        }

        /** Sets the label for one IETF language tag ({@code en}, {@code nl}, {@code nl-BE}; {@code nl_BE} too). */
        public Builder label(String languageTag, String label) {
            String tag = normaliseTag(languageTag);
            if (label == null || label.isBlank()) {
                throw new InvalidRetentionInputException("labels", tag + "=" + label, "a label must not be blank");
            }
            labels.put(tag, label.trim());
            return this;
        }

        /** Replaces all labels. */
        public Builder labels(Map<String, String> labelsByTag) {
            if (labelsByTag == null) {
                throw new InvalidRetentionInputException("labels", null, "must contain 'en' and 'nl'");
            }
            labels.clear();
            labelsByTag.forEach(this::label);
            return this;
        }

        public Builder period(RetentionPeriod period) {
            this.period = period;
            return this;
        }

        public Builder period(String text) {
            return period(RetentionPeriod.parse("period", text));
        }

        public Builder startTrigger(StartTrigger startTrigger) {
            this.startTrigger = startTrigger;
            return this;
        }

        public Builder startTrigger(String text) {
            return startTrigger(StartTrigger.parse(text));
        }

        public Builder category(RetentionCategory category) {
            this.category = category;
            return this;
        }

        public Builder category(String text) {
            return category(RetentionCategory.parse(text));
        }

        public Builder extendable(boolean extendable) {
            this.extendable = extendable;
            return this;
        }

        /** Defaults to {@code P1Y}. */
        public Builder extensionPeriod(RetentionPeriod extensionPeriod) {
            this.extensionPeriod = extensionPeriod;
            return this;
        }

        public Builder extensionPeriod(String text) {
            return extensionPeriod(RetentionPeriod.parse("extensionPeriod", text));
        }

        /** Defaults to 1 for an extendable type and 0 otherwise. */
        public Builder maxExtensions(int maxExtensions) {
            this.maxExtensions = maxExtensions;
            return this;
        }

        /** 0 to 365; defaults to 30. */
        public Builder consentLeadDays(int consentLeadDays) {
            this.consentLeadDays = consentLeadDays;
            return this;
        }

        /** Defaults to {@link DisposalMode#PURGE_ON_APPROVAL}. */
        public Builder disposalMode(DisposalMode disposalMode) {
            this.disposalMode = disposalMode;
            return this;
        }

        public Builder disposalMode(String text) {
            return disposalMode(DisposalMode.parse(text));
        }

        public RetentionType build() {
            require("code", code);
            require("period", period);
            require("startTrigger", startTrigger);
            require("category", category);
            require("extensionPeriod", extensionPeriod);
            require("disposalMode", disposalMode);
            for (String language : new String[] {FALLBACK_LANGUAGE, "nl"}) {
                if (!labels.containsKey(language)) {
                    throw new InvalidRetentionInputException("labels", labels,
                            "a label is required for both 'en' and 'nl' (missing '" + language + "')");
                }
            }
            if (consentLeadDays < 0 || consentLeadDays > MAX_CONSENT_LEAD_DAYS) {
                throw new InvalidRetentionInputException("consentLeadDays", consentLeadDays,
                        "must be between 0 and " + MAX_CONSENT_LEAD_DAYS);
            }
            return new RetentionType(this, validatedMaxExtensions());
        }

        // A contradiction between the two fields is refused rather than guessed, so that what an administrator
        // sees in the catalogue is exactly what the rules apply.
        private int validatedMaxExtensions() {
            int max = maxExtensions != null ? maxExtensions : (extendable ? 1 : 0);
            if (max < 0) {
                throw new InvalidRetentionInputException("maxExtensions", max, "must not be negative");
            }
            if (extendable && max == 0) {
                throw new InvalidRetentionInputException("maxExtensions", max,
                        "must be at least 1 for an extendable type");
            }
            if (!extendable && max > 0) {
                throw new InvalidRetentionInputException("maxExtensions", max,
                        "must be 0 for a type that is not extendable");
            }
            return max;
        }

        private void require(String field, Object value) {
            if (value == null) {
                throw new InvalidRetentionInputException(field, null, "is required");
            }
        }

        private static String normaliseTag(String languageTag) {
            if (languageTag == null || languageTag.isBlank()) {
                throw new InvalidRetentionInputException("labels", languageTag, "the language tag must not be blank");
            }
            Locale locale = Locale.forLanguageTag(languageTag.trim().replace('_', '-'));
            if (locale.getLanguage().isEmpty() || locale.getLanguage().length() > 3) {
                throw new InvalidRetentionInputException("labels", languageTag,
                        "is not a language tag such as en, nl or nl-BE");
            }
            return locale.toLanguageTag();
        }
    }

    private record LabelInLocale(Locale locale, String label) {
    }
}
