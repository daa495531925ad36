package org.gdprretention.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.catalogue.RetentionTypeDefinitionMapper;
import org.gdprretention.platform.job.LockingJobLockService;
import org.gdprretention.platform.job.control.StopSignal;
import org.gdprretention.platform.proof.AuditLogVerifier;
import org.gdprretention.platform.rest.RestFuzzer;
import org.gdprretention.platform.rest.RestResponses;
import org.gdprretention.platform.rest.RestFuzzer.BodyShape;
import org.gdprretention.platform.rest.model.RetentionTypeEntry;
import org.gdprretention.platform.rest.model.SweepRunRequest;
import org.gdprretention.platform.rest.model.TemplateBindingEntry;
import org.gdprretention.platform.sweep.Sweep;
import org.gdprretention.platform.sweep.SweepOptions;
import org.gdprretention.platform.sweep.SweepResult;
import org.gdprretention.platform.sweep.SweepStatusStore;
import org.gdprretention.platform.testsupport.TransactionalMetadataQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every administration endpoint, called by an officer (so that permission is never what refuses), answers at least
 * {@value RestFuzzer#DEFAULT_REQUESTS} malformed requests with a 4xx framework exception, and nothing is written:
 * no node created or changed, no audit entry, no sweep started. The count per endpoint and status is printed.
 */
class AdministrationFuzzTest {

    private static final NodeRef TEMPLATES = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "node-templates");

    private static final AdminCallers CALLERS = new AdminCallers();
    private static final NodeService NODE_SERVICE = mock(NodeService.class);
    private static final AuditLogVerifier VERIFIER = mock(AuditLogVerifier.class);
    private static final AtomicInteger SWEEPS_STARTED = new AtomicInteger();
    private static final List<RestFuzzer.Report> REPORTS = new ArrayList<>();

    private static RetentionTypesResource types;
    private static TemplateBindingsResource templates;
    private static DisposalsResource disposals;
    private static SweepsResource sweeps;
    private static SweepRuns runs;
    private static AuditResource audit;

    @BeforeAll
    static void setUp() {
        RepositoryRetentionCatalogue catalogue = mock(RepositoryRetentionCatalogue.class);
        when(catalogue.current()).thenReturn(DefaultRetentionTypes.netherlands());
        when(catalogue.findDefinition(any())).thenReturn(Optional.empty());
        RetentionFolders folders = mock(RetentionFolders.class);
        NodeRef dictionary = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "dictionary");
        when(folders.dataDictionary()).thenReturn(dictionary);
        when(folders.folder(RetentionFolders.RETENTION_TYPES_NAME)).thenReturn(Optional.of(
                new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "types")));
        when(NODE_SERVICE.getChildAssocs(dictionary, ContentModel.ASSOC_CONTAINS,
                TemplateBindingsResource.NODE_TEMPLATES)).thenReturn(List.of(
                        new org.alfresco.service.cmr.repository.ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                                dictionary, TemplateBindingsResource.NODE_TEMPLATES, TEMPLATES)));
        when(NODE_SERVICE.getChildAssocs(TEMPLATES, ContentModel.ASSOC_CONTAINS, RegexQNamePattern.MATCH_ALL))
                .thenReturn(List.of());

        types = new RetentionTypesResource();
        types.setCatalogue(catalogue);
        types.setMapper(new RetentionTypeDefinitionMapper());
        types.setFolders(folders);
        types.setNodeService(NODE_SERVICE);
        types.setAccess(CALLERS.access);
        types.setAudit(CALLERS.audit);
        types.afterPropertiesSet();

        templates = new TemplateBindingsResource();
        templates.setNodeService(NODE_SERVICE);
        templates.setFolders(folders);
        templates.setCatalogue(catalogue);
        templates.setAccess(CALLERS.access);
        templates.setAudit(CALLERS.audit);
        templates.afterPropertiesSet();

        disposals = new DisposalsResource();
        disposals.setSearchService(new TransactionalMetadataQuery(new EmptyRows()).searchService());
        disposals.setNodeService(NODE_SERVICE);
        disposals.setAccess(CALLERS.access);
        disposals.afterPropertiesSet();

        InMemoryAttributes attributes = new InMemoryAttributes();
        SweepStatusStore store = new SweepStatusStore();
        store.setAttributeService(attributes.service());
        store.setTransactionService(attributes.transactionService());
        store.afterPropertiesSet();
        runs = new SweepRuns();
        runs.setJobLockService(new LockingJobLockService());
        runs.setStatusStore(store);
        Map<String, Sweep> byId = new LinkedHashMap<>();
        for (String id : List.of("trashcan", "orphanedContentUrls", "deletedContentStore", "contentStoreOrphans")) {
            byId.put(id, new CountingSweep(id));
        }
        runs.setSweeps(byId);
        runs.afterPropertiesSet();
        sweeps = new SweepsResource();
        sweeps.setRuns(runs);
        sweeps.setAccess(CALLERS.access);
        sweeps.setAudit(CALLERS.audit);
        sweeps.afterPropertiesSet();

        audit = new AuditResource();
        audit.setVerifier(VERIFIER);
        audit.setAccess(CALLERS.access);
        audit.afterPropertiesSet();
    }

    @AfterAll
    static void nothingWasWrittenByAnyMalformedRequest() {
        verify(NODE_SERVICE, never()).createNode(any(), any(), any(), any(), anyMap());
        verify(NODE_SERVICE, never()).addProperties(any(), anyMap());
        verify(NODE_SERVICE, never()).setProperties(any(), anyMap());
        verify(NODE_SERVICE, never()).setProperty(any(), any(), any());
        verify(NODE_SERVICE, never()).addAspect(any(), any(), anyMap());
        verify(NODE_SERVICE, never()).removeAspect(any(), any());
        verify(NODE_SERVICE, never()).deleteNode(any());
        verifyNoInteractions(CALLERS.auditLog, VERIFIER);
        assertThat(SWEEPS_STARTED).hasValue(0);
        assertThat(REPORTS).allSatisfy(report -> assertThat(report.total()).isGreaterThanOrEqualTo(
                RestFuzzer.DEFAULT_REQUESTS));
        runs.destroy();
        AdminCallers.reset();
    }

    @Test
    void retentionTypes() {
        AdminCallers.as(AdminCallers.OFFICER);
        run(new RestFuzzer(101).endpoint("GET /retention-types").paging(RetentionTypesResource.MAX_ITEMS)
                .include("labels").call(r -> types.readAll(r.parameters())));
        run(new RestFuzzer(102).endpoint("GET /retention-types/{code}").nodeIdInPath().include("labels")
                .call(r -> types.readById(r.id(), r.parameters())));
        run(new RestFuzzer(103).endpoint("POST /retention-types")
                .body(BodyShape.object().asCollection().text("code", 40, true).text("period", 20, true)
                        .text("startTrigger", 60, true).text("category", 40, true).bool("extendable"))
                .call(r -> types.create(r.bodyList(RetentionTypeEntry.class), r.parameters())));
        run(new RestFuzzer(104).endpoint("PUT /retention-types/{code}").nodeIdInPath()
                .body(BodyShape.object().text("period", 20, false).bool("extendable"))
                .call(r -> types.update(r.id(), r.body(RetentionTypeEntry.class), r.parameters())));
    }

    @Test
    void templateBindings() {
        AdminCallers.as(AdminCallers.OFFICER);
        run(new RestFuzzer(201).endpoint("GET /template-bindings").paging(TemplateBindingsResource.MAX_ITEMS)
                .call(r -> templates.readAll(r.parameters())));
        run(new RestFuzzer(202).endpoint("GET /template-bindings/{templateId}").nodeIdInPath()
                .call(r -> templates.readById(r.id(), r.parameters())));
        run(new RestFuzzer(203).endpoint("PUT /template-bindings/{templateId}").nodeIdInPath()
                .body(BodyShape.object().text("retentionType", 40, true))
                .call(r -> templates.update(r.id(), r.body(TemplateBindingEntry.class), r.parameters())));
        run(new RestFuzzer(204).endpoint("DELETE /template-bindings/{templateId}").nodeIdInPath()
                .call(r -> {
                    templates.delete(r.id(), r.parameters());
                    return "204";
                }));
    }

    @Test
    void disposals() {
        AdminCallers.as(AdminCallers.OFFICER);
        run(new RestFuzzer(301).endpoint("GET /disposals").paging(DisposalsResource.MAX_ITEMS)
                .call(r -> disposals.readAll(r.parameters())));
        run(new RestFuzzer(302).endpoint("GET /disposals/{id}").nodeIdInPath()
                .call(r -> disposals.readById(r.id(), r.parameters())));
    }

    @Test
    void sweepsAndAudit() {
        AdminCallers.as(AdminCallers.OFFICER);
        run(new RestFuzzer(401).endpoint("GET /sweeps").paging(100).call(r -> sweeps.readAll(r.parameters())));
        run(new RestFuzzer(402).endpoint("GET /sweeps/{id}").nodeIdInPath()
                .call(r -> sweeps.readById(r.id(), r.parameters())));
        run(new RestFuzzer(403).endpoint("POST /sweeps/{id}/run").nodeIdInPath()
                .body(BodyShape.object().bool("dryRun"))
                .call(r -> sweeps.run(r.id(), r.body(SweepRunRequest.class), r.parameters(),
                        RestResponses.of(SweepsResource.class, "run"))));
        run(new RestFuzzer(501).endpoint("POST /audit/{id}/verify").nodeIdInPath()
                .call(r -> audit.verify(r.id(), null, r.parameters(), RestResponses.of(AuditResource.class, "verify"))));
    }

    private static void run(RestFuzzer.Endpoint endpoint) {
        synchronized (REPORTS) {
            REPORTS.add(endpoint.run(RestFuzzer.DEFAULT_REQUESTS));
        }
    }

    /** A sweep that counts how often it was started: a malformed request must never start one. */
    private static final class CountingSweep implements Sweep {
        private final String name;

        CountingSweep(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public SweepResult run(SweepOptions options, StopSignal stop) {
            SWEEPS_STARTED.incrementAndGet();
            return SweepResult.refused(name, "none", options.dryRun(), "test");
        }
    }

    /** A repository without disposal records. */
    private static final class EmptyRows implements TransactionalMetadataQuery.Rows {
        @Override
        public java.util.Collection<NodeRef> nodes() {
            return List.of();
        }

        @Override
        public org.alfresco.service.namespace.QName type(NodeRef node) {
            return null;
        }

        @Override
        public boolean hasAspect(NodeRef node, org.alfresco.service.namespace.QName aspect) {
            return false;
        }

        @Override
        public java.io.Serializable property(NodeRef node, org.alfresco.service.namespace.QName name) {
            return null;
        }
    }
}
