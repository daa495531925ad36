package org.alfresco.util;

import org.alfresco.error.AlfrescoRuntimeException;

/**
 * Start-up checks of injected properties. {@link #mandatory} works as in ACS (it throws when the value is null),
 * because the add-on's beans call it in {@code afterPropertiesSet} and tests prove they fail fast.
 */
public class PropertyCheck {

    public static final String ERR_PROPERTY_NOT_SET = "system.err.property_not_set";

    /** Throws with the property name and the target in the message parameters when {@code value} is null. */
    public static void mandatory(Object target, String propertyName, Object value) {
        if (value == null) {
            throw new AlfrescoRuntimeException(ERR_PROPERTY_NOT_SET, new Object[] {propertyName, target, value});
        }
    }
}
