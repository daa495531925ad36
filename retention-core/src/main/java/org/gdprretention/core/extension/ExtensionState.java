package org.gdprretention.core.extension;

/** Where an extension request stands. Only a REQUESTED request can still be decided. */
public enum ExtensionState {
    REQUESTED,
    APPROVED,
    DENIED
}
