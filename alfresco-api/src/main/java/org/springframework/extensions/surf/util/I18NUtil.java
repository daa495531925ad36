package org.springframework.extensions.surf.util;

import java.util.Locale;

/**
 * Compile-only copy of the Spring Surf 10.2 signature, with its behaviour for the locale: a per-thread value that
 * ACS's web script runtime sets from the request's {@code Accept-Language}, the JVM default when none was set.
 */
public class I18NUtil {

    private static final ThreadLocal<Locale> LOCALE = new ThreadLocal<>();

    public static Locale getLocale() {
        Locale locale = LOCALE.get();
        return locale != null ? locale : Locale.getDefault();
    }

    public static void setLocale(Locale locale) {
        if (locale == null) {
            LOCALE.remove();
        } else {
            LOCALE.set(locale);
        }
    }
}
