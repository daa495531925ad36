package org.gdprretention.platform.extension;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.contact.ContactMomentWriter;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.testsupport.AcsAuthorities;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.MethodSecurity;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.gdprretention.platform.testsupport.TransactionalMetadataQuery;

/**
 * An extension request service on an in-memory repository: the real applier, contact moment writer and catalogue
 * of Dutch defaults, the database query double for lookups, ACS's authorities with an officer, ACS's method
 * security on the NodeService with read-only users, and a workflow service that records the workflows started and
 * cancelled.
 */
final class ExtensionRequestFixture {

    static final String OFFICER = "olga";
    static final String EMPLOYEE = "erik";
    /** May not read the documents. */
    static final String STRANGER = "sam";
    /** A GDPR officer who may not read the documents. */
    static final String BLIND_OFFICER = "bea";
    /** CANDIDATE_PROFILE: two years from creation, extendable by one year, three times. */
    static final String TYPE = "CANDIDATE_PROFILE";

    final RetentionFixture retention = new RetentionFixture();
    final FakeRepository repository = retention.repository;
    final TransactionalMetadataQuery database = TransactionalMetadataQuery.over(repository);
    final AcsAuthorities authorities = new AcsAuthorities().member(OFFICER, "GROUP_GDPR_OFFICERS")
            .member(BLIND_OFFICER, "GROUP_GDPR_OFFICERS");
    final WorkflowService workflowService = mock(WorkflowService.class);
    final RepositoryAuditLog auditLog = mock(RepositoryAuditLog.class);
    final ContactMomentWriter contactMoments = new ContactMomentWriter();
    final ExtensionRequestService service = new ExtensionRequestService();
    final List<Map<QName, Serializable>> started = new ArrayList<>();
    final List<String> cancelled = new ArrayList<>();
    final Map<String, Boolean> active = new HashMap<>();
    final NodeRef workflowPackage = repository.folder(null, "package");
    private Instant now = RetentionFixture.NOW;

    ExtensionRequestFixture() {
        PendingRequestGuard guard = new PendingRequestGuard();
        guard.setPolicyComponent(mock(org.alfresco.repo.policy.PolicyComponent.class));
        guard.afterPropertiesSet();
        repository.bindBeforeAddAspect(RetentionModel.ASPECT_EXTENSION_REQUEST, guard);
        repository.bindBeforeRemoveAspect(RetentionModel.ASPECT_EXTENSION_REQUEST, guard);
        contactMoments.setNodeService(repository.nodeService());
        contactMoments.setStatusEvaluator(retention.statusEvaluator);
        contactMoments.afterPropertiesSet();
        WorkflowDefinition definition = mock(WorkflowDefinition.class);
        when(definition.getId()).thenReturn("activiti$gdprExtensionRequest:1:4");
        lenient().when(workflowService.getDefinitionByName(ExtensionWorkflow.DEFINITION)).thenReturn(definition);
        lenient().when(workflowService.createPackage(null)).thenReturn(workflowPackage);
        lenient().when(workflowService.startWorkflow(anyString(), any())).thenAnswer(a -> {
            started.add(a.getArgument(1));
            String id = "activiti$" + (100 + started.size());
            active.put(id, true);
            WorkflowInstance instance = mock(WorkflowInstance.class);
            when(instance.getId()).thenReturn(id);
            WorkflowPath path = mock(WorkflowPath.class);
            when(path.getInstance()).thenReturn(instance);
            return path;
        });
        lenient().when(workflowService.getWorkflowById(anyString())).thenAnswer(a -> {
            String id = a.getArgument(0);
            if (!active.containsKey(id)) {
                return null;
            }
            WorkflowInstance instance = mock(WorkflowInstance.class);
            when(instance.isActive()).thenReturn(active.get(id));
            return instance;
        });
        lenient().when(workflowService.cancelWorkflow(anyString())).thenAnswer(a -> {
            cancelled.add(a.getArgument(0));
            active.put(a.getArgument(0), false);
            return null;
        });
        // ACS's method security on the public NodeService: requesters and officers may read documents, never
        // write them (every write of the module is its own, as the system user); the package is the requester's.
        MethodSecurity security = MethodSecurity.forAdmins("admin").withNodePermissions((user, node, permission) ->
                !cannotRead(user) && (node.equals(workflowPackage) || permission.startsWith("Read")));
        // ACS's public SearchService leaves out the rows the caller may not read.
        database.readableWhen(node -> !cannotRead(AuthenticationUtil.getRunAsUser()));
        service.setNodeService(security.wrap(NodeService.class, repository.nodeService()));
        service.setSearchService(database.searchService());
        service.setWorkflowService(workflowService);
        service.setAuthorityService(authorities.service());
        service.setCatalogue(retention.catalogue);
        service.setStatusEvaluator(retention.statusEvaluator);
        service.setApplier(retention.applier);
        service.setContactMoments(contactMoments);
        service.setAuditLog(auditLog);
        service.setClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
        service.setDecisionWindow("P30D");
        service.setBehaviourFilter(repository.behaviourFilter());
        service.afterPropertiesSet();
    }

    private static boolean cannotRead(String user) {
        return STRANGER.equals(user) || BLIND_OFFICER.equals(user);
    }

    /** A retained document of {@link #TYPE} created on {@code createdOn}, its retention computed by the applier. */
    NodeRef document(String createdOn) {
        return document(createdOn, TYPE);
    }

    /** A retained document of retention type {@code type} created on {@code createdOn}. */
    NodeRef document(String createdOn, String type) {
        NodeRef document = repository.document(null, Map.of(ContentModel.PROP_NAME, "cv-jansen.pdf",
                ContentModel.PROP_CREATED, FakeRepository.date(createdOn), RetentionModel.PROP_RETENTION_TYPE, type));
        AuthenticationUtil.runAsSystem(() -> {
            retention.applier.recompute(document);
            return null;
        });
        return document;
    }

    void at(String isoInstant) {
        now = Instant.parse(isoInstant);
    }

    void signInAs(String user) {
        AuthenticationUtil.setFullyAuthenticatedUser(user);
    }

    /** The contact moments under {@code document}, as "KIND CHANNEL actor old->new note". */
    List<String> moments(NodeRef document) {
        return repository.children(document).stream()
                .filter(child -> RetentionModel.TYPE_CONTACT_MOMENT.equals(repository.type(child)))
                .sorted(java.util.Comparator.comparing(child ->
                        (java.util.Date) repository.property(child, RetentionModel.PROP_MOMENT_AT)))
                .map(child -> repository.property(child, RetentionModel.PROP_MOMENT_KIND) + " "
                        + repository.property(child, RetentionModel.PROP_MOMENT_CHANNEL) + " "
                        + repository.property(child, RetentionModel.PROP_MOMENT_ACTOR) + " "
                        + day(repository.property(child, RetentionModel.PROP_MOMENT_OLD_EXPIRY)) + "->"
                        + day(repository.property(child, RetentionModel.PROP_MOMENT_NEW_EXPIRY)) + " "
                        + repository.property(child, RetentionModel.PROP_MOMENT_NOTE))
                .collect(Collectors.toList());
    }

    String expiry(NodeRef document) {
        return day(repository.property(document, RetentionModel.PROP_EXPIRY_DATE));
    }

    private static String day(Serializable date) {
        return date == null ? null : org.gdprretention.platform.config.RepositoryDates
                .toLocalDate(date, FakeRepository.ZONE).toString();
    }
}
