package org.alfresco.service.cmr.search;

import java.util.List;

import org.alfresco.service.cmr.repository.StoreRef;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface BasicSearchParameters {

    String getLanguage();

    String getQuery();

    List<SearchParameters.SortDefinition> getSortDefinitions();

    List<StoreRef> getStores();
}
