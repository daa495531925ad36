package org.alfresco.rest.framework.resource.actions.interfaces;

/** Compile-only copy of the ACS 26.3 signature: the marker of every resource action interface. */
public interface ResourceAction {
}
