package org.gdprretention.platform.rest;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.overview.RetentionOverview;
import org.gdprretention.platform.rest.api.RetentionSummariesEntityResource;
import org.gdprretention.platform.rest.api.RetentionsEntityResource;
import org.gdprretention.platform.security.GdprOfficers;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.InheritingPermissions;
import org.gdprretention.platform.testsupport.MethodSecurity;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.gdprretention.platform.testsupport.TransactionalMetadataQuery;

/**
 * A repository for the REST tests: the Dutch default catalogue, the clock at {@link RetentionFixture#NOW}
 * (2025-06-15), the database query double (ACS's transactional metadata query), permissions inheriting down the
 * folders (everyone reads Company Home, a private folder only its owner), a site "hr", and callers: a reader
 * ("rita"), an officer ("olga", member of GROUP_GDPR_OFFICERS, Coordinator everywhere) and the administrator.
 * The code under test gets {@link #nodeService}, which refuses what ACS's method security refuses the caller.
 */
final class RestFixture {

    static final String READER = "rita";
    static final String OFFICER = "olga";
    static final String ADMIN = "admin";

    final RetentionFixture retention = new RetentionFixture();
    final FakeRepository repository = retention.repository;
    final InheritingPermissions permissions = new InheritingPermissions(repository);
    final AcsAuthorities authorities = new AcsAuthorities().member(OFFICER, GdprOfficers.GROUP);
    final TransactionalMetadataQuery database = TransactionalMetadataQuery.over(repository);
    final SiteService siteService = mock(SiteService.class);
    final RetentionOverview overview = new RetentionOverview();
    /** Whether the request is a GET, which ACS's framework serves in a read-only transaction. */
    final ReadOnlyRequests requests = new ReadOnlyRequests();
    /**
     * The public NodeService as the code under test gets it: behind ACS's method security, checked per caller, and
     * refusing writes while a GET is served ({@link #requests}).
     */
    final NodeService nodeService;
    final NodeRef companyHome;
    final NodeRef hrLibrary;
    final NodeRef privateFolder;

    RestFixture() {
        companyHome = repository.folder(null, "Company Home");
        NodeRef sites = repository.folder(companyHome, "Sites");
        NodeRef hr = repository.folder(sites, "hr");
        hrLibrary = repository.folder(hr, "documentLibrary");
        privateFolder = repository.folder(companyHome, "Private");
        permissions.setPermission(companyHome, "GROUP_EVERYONE", "Consumer", true);
        permissions.setPermission(companyHome, GdprOfficers.GROUP, "Coordinator", true);
        permissions.setInheritParentPermissions(privateFolder, false);
        permissions.setPermission(privateFolder, "piet", "Coordinator", true);
        lenient().when(siteService.getSiteShortName(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
            for (NodeRef node = call.getArgument(0); node != null; node = parentOf(node)) {
                if (node.equals(hr)) {
                    return "hr";
                }
            }
            return null;
        });
        nodeService = requests.wrap(MethodSecurity.forAdmins(ADMIN)
                .withNodePermissions(MethodSecurity.NodePermissions.from(permissions))
                .wrap(NodeService.class, repository.nodeService()));
        database.readableWhen(node -> AuthenticationUtil.isRunAsUserTheSystemUser()
                || permissions.hasReadPermission(node) == org.alfresco.service.cmr.security.AccessStatus.ALLOWED);
        overview.setSearchService(database.searchService());
        overview.setNodeService(nodeService);
        overview.setPermissionService(permissions);
        overview.setSiteService(siteService);
        overview.setCatalogue(retention.catalogue);
        overview.setStatusEvaluator(retention.statusEvaluator);
        overview.setClock(retention.clock);
        overview.setPageSize(3); // small pages: every test crosses page boundaries
        overview.afterPropertiesSet();
        actAs(READER);
    }

    /** From now on the requests come from {@code user}. */
    void actAs(String user) {
        AuthenticationUtil.clearCurrentSecurityContext();
        AuthenticationUtil.setFullyAuthenticatedUser(user);
        if (ADMIN.equals(user)) {
            permissions.actAsAdministrator();
        } else if (OFFICER.equals(user)) {
            permissions.actAs(user, GdprOfficers.GROUP);
        } else {
            permissions.actAs(user);
        }
    }

    /** A retainable document of type {@code code} whose retention started on {@code start} (null: not yet). */
    NodeRef document(NodeRef folder, String name, String code, LocalDate start) {
        return document(new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, UUID.randomUUID().toString()), folder,
                name, code, start);
    }

    /**
     * The same with the node reference chosen beforehand: ACS keeps the {@code sys:node-uuid} of an imported node
     * (an ACP, a bulk import, its own bootstrap: {@code wf-email-html-ftl}), so not every id is a UUID.
     */
    NodeRef document(NodeRef node, NodeRef folder, String name, String code, LocalDate start) {
        RetentionType type = retention.catalogue.current().require(code);
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, name);
        properties.put(ContentModel.PROP_CREATED, new Date());
        NodeRef document = repository.add(node, ContentModel.TYPE_CONTENT, folder, properties);
        Map<QName, Serializable> retention = new HashMap<>();
        retention.put(RetentionModel.PROP_RETENTION_TYPE, code);
        retention.put(RetentionModel.PROP_CATEGORY, type.category().name());
        if (start != null) {
            retention.put(RetentionModel.PROP_RETENTION_START, RepositoryDates.toDate(start, FakeRepository.ZONE));
            retention.put(RetentionModel.PROP_EXPIRY_DATE,
                    RepositoryDates.toDate(type.period().addTo(start), FakeRepository.ZONE));
        }
        repository.addAspect(document, RetentionModel.ASPECT_RETAINABLE, retention);
        return document;
    }

    NodeRef fromTemplate(NodeRef document, NodeRef template, String templateName) {
        repository.nodeService().setProperty(document, RetentionModel.PROP_TEMPLATE_REF, template);
        repository.nodeService().setProperty(document, RetentionModel.PROP_TEMPLATE, templateName);
        return document;
    }

    void hold(NodeRef node, String reason) {
        repository.addAspect(node, RetentionModel.ASPECT_LEGAL_HOLD, Map.of(RetentionModel.PROP_HOLD_REASON, reason,
                RetentionModel.PROP_HOLD_SINCE, Date.from(RetentionFixture.NOW), RetentionModel.PROP_HOLD_BY, OFFICER));
    }

    /** {@code /retentions} wired as its bean is, against this repository and its callers. */
    RetentionsEntityResource retentions() {
        RetentionsEntityResource retentions = new RetentionsEntityResource();
        retentions.setOverview(overview);
        retentions.setNodeService(nodeService);
        retentions.setPermissionService(permissions);
        retentions.setAuthorityService(authorities.service());
        retentions.setStatusEvaluator(retention.statusEvaluator);
        retentions.afterPropertiesSet();
        return retentions;
    }

    /** {@code /retention-summaries} wired as its bean is, against this repository and its callers. */
    RetentionSummariesEntityResource summaries() {
        RetentionSummariesEntityResource summaries = new RetentionSummariesEntityResource();
        summaries.setOverview(overview);
        summaries.setAuthorityService(authorities.service());
        summaries.afterPropertiesSet();
        return summaries;
    }

    private NodeRef parentOf(NodeRef node) {
        var parent = repository.nodeService().getPrimaryParent(node);
        return parent == null ? null : parent.getParentRef();
    }
}
