package org.springframework.extensions.surf.util;

import java.util.Locale;

/**
 * Compile-only copy of the Surf signature ACS 26.3 ships; like the real class, the locale is per thread (ACS sets it
 * from the request) and falls back to the JVM's default.
 */
public class I18NUtil {

    private static final ThreadLocal<Locale> LOCALE = new ThreadLocal<>();

    public static void setLocale(Locale locale) {
        LOCALE.set(locale);
    }

    public static Locale getLocale() {
        Locale locale = LOCALE.get();
        return locale == null ? Locale.getDefault() : locale;
    }
}
