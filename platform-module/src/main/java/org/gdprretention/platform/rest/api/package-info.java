/**
 * The module's REST API on ACS's v1 framework: {@code /alfresco/api/-default-/private/gdpr/versions/1/...}.
 * ACS finds the resources of this package by their annotations ({@code @EntityResource},
 * {@code @RelationshipResource}) among the beans of {@code context/rest-context.xml}, which are plain beans: the
 * framework cannot see through an AOP proxy. The framework writes lists, paging and errors in its standard shape.
 */
@WebApi(name = "gdpr", scope = Api.SCOPE.PRIVATE, version = 1)
package org.gdprretention.platform.rest.api;

import org.alfresco.rest.framework.Api;
import org.alfresco.rest.framework.WebApi;
