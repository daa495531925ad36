package org.alfresco.rest.framework.resource.parameters;

import java.util.List;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.jacksonextensions.BeanPropertiesFilter;
import org.alfresco.rest.framework.resource.content.BasicContentInfo;
import org.alfresco.rest.framework.resource.parameters.where.Query;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * Compile-only copy of the ACS 26.3 signature (all its methods). {@link #getParameter(String)} gives the first value
 * of a query parameter the framework does not consume itself (it consumes skipCount, maxItems, orderBy, where,
 * select, fields, properties, relations, includeSource); repeated values are read from {@link #getRequest()}.
 */
public interface Parameters {

    String getEntityId();

    String getRelationshipId();

    String getRelationship2Id();

    String getParameter(String parameterName);

    <T> T getParameter(String parameterName, Class<T> clazz) throws InvalidArgumentException;

    boolean includeSource();

    boolean isCollectionResource();

    Paging getPaging();

    List<SortColumn> getSorting();

    BeanPropertiesFilter getFilter();

    boolean hasBinaryProperty(String propertyName);

    String getBinaryProperty();

    List<String> getInclude();

    List<String> getSelectedProperties();

    Query getQuery();

    WebScriptRequest getRequest();

    BasicContentInfo getContentInfo();
}
