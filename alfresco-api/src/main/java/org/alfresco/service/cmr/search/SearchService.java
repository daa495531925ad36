package org.alfresco.service.cmr.search;

import java.util.List;

import org.alfresco.service.cmr.repository.InvalidNodeRefException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespacePrefixResolver;

/** Compile-only copy of the ACS 26.3 signature; ACS supplies the real type at run time. */
public interface SearchService {

    String LANGUAGE_LUCENE = "lucene";

    String LANGUAGE_FTS_ALFRESCO = "fts-alfresco";

    String LANGUAGE_CMIS_ALFRESCO = "cmis-alfresco";

    String LANGUAGE_CMIS_STRICT = "cmis-strict";

    String LANGUAGE_XPATH = "xpath";

    ResultSet query(SearchParameters searchParameters);

    ResultSet query(StoreRef store, String language, String query);

    List<NodeRef> selectNodes(NodeRef contextNodeRef, String xpath, QueryParameterDefinition[] parameters,
            NamespacePrefixResolver namespacePrefixResolver,
            boolean followAllParentLinks) throws InvalidNodeRefException;
}
