package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface EntityRef extends Serializable {
}
