package org.gdprretention.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.RestJson;
import org.gdprretention.platform.rest.RestRequest;
import org.gdprretention.platform.rest.model.TemplateBindingEntry;
import org.gdprretention.platform.testsupport.MethodSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /template-bindings}: the templates of Node Templates with their type; officers bind and unbind. */
class TemplateBindingsResourceTest {

    static final String PAYSLIP_ID = "0f6a2c3e-1b2d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String LETTER_ID = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
    static final String ELSEWHERE_ID = "2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e";

    private static final NodeRef DICTIONARY = node("dictionary");
    private static final NodeRef TEMPLATES = node("node-templates");
    private static final NodeRef PAYSLIP = node(PAYSLIP_ID);
    private static final NodeRef LETTER = node(LETTER_ID);
    private static final NodeRef ELSEWHERE = node(ELSEWHERE_ID);

    private final AdminCallers callers = new AdminCallers();
    private final NodeService nodeService = mock(NodeService.class);
    private final java.util.Set<NodeRef> unreadable = new java.util.HashSet<>();
    /** ACS's NodeService: reads checked against the caller's permissions (getType and exists are not). */
    private final org.gdprretention.platform.rest.ReadOnlyRequests requests =
            new org.gdprretention.platform.rest.ReadOnlyRequests();
    private final NodeService publicNodeService = requests.wrap(MethodSecurity.forAdmins(AdminCallers.ADMIN)
            .withNodePermissions((user, node, permission) -> !unreadable.contains(node))
            .wrap(NodeService.class, nodeService));
    private final TemplateBindingsResource resource = new TemplateBindingsResource();

    @BeforeEach
    void setUp() {
        RetentionFolders folders = mock(RetentionFolders.class);
        when(folders.dataDictionary()).thenReturn(DICTIONARY);
        when(nodeService.getChildAssocs(DICTIONARY, ContentModel.ASSOC_CONTAINS,
                TemplateBindingsResource.NODE_TEMPLATES)).thenReturn(List.of(child(DICTIONARY, TEMPLATES)));
        when(nodeService.getChildAssocs(TEMPLATES, ContentModel.ASSOC_CONTAINS, RegexQNamePattern.MATCH_ALL))
                .thenReturn(List.of(child(TEMPLATES, PAYSLIP), child(TEMPLATES, LETTER)));
        for (NodeRef template : List.of(PAYSLIP, LETTER)) {
            when(nodeService.exists(template)).thenReturn(true);
            when(nodeService.getPrimaryParent(template)).thenReturn(child(TEMPLATES, template));
        }
        when(nodeService.exists(ELSEWHERE)).thenReturn(true);
        when(nodeService.getPrimaryParent(ELSEWHERE)).thenReturn(child(DICTIONARY, ELSEWHERE));
        when(nodeService.getProperties(PAYSLIP)).thenReturn(properties("Payslip.docx", "PAYROLL"));
        when(nodeService.getProperties(LETTER)).thenReturn(properties("letter.docx", null));
        when(nodeService.hasAspect(PAYSLIP, RetentionModel.ASPECT_TEMPLATE_BINDING)).thenReturn(true);
        when(nodeService.getProperty(PAYSLIP, RetentionModel.PROP_BOUND_RETENTION_TYPE)).thenReturn("PAYROLL");
        RepositoryRetentionCatalogue catalogue = mock(RepositoryRetentionCatalogue.class);
        when(catalogue.current()).thenReturn(DefaultRetentionTypes.netherlands());
        resource.setNodeService(publicNodeService);
        resource.setFolders(folders);
        resource.setCatalogue(catalogue);
        resource.setAccess(callers.access);
        resource.setAudit(callers.audit);
        resource.afterPropertiesSet();
    }

    @AfterEach
    void tearDown() {
        AdminCallers.reset();
    }

    /** ACS serves a GET in a read-only transaction: reading the bindings writes nothing and audits nothing. */
    @Test
    void readingTheBindingsWorksInTheReadOnlyTransactionOfAGet() {
        AdminCallers.as(AdminCallers.OFFICER);
        requests.serveGet(true);

        assertThat(resource.readAll(RestRequest.query("").parameters()).getCollection()).hasSize(2);
        assertThat(resource.readById(PAYSLIP_ID, RestRequest.query("").parameters()).getRetentionType().getCode())
                .isEqualTo("PAYROLL");
        org.mockito.Mockito.verifyNoInteractions(callers.auditLog);
        assertThatThrownBy(() -> resource.delete(PAYSLIP_ID, RestRequest.query("").parameters()))
                .as("the double refuses a write while a GET is served")
                .isInstanceOf(org.alfresco.service.transaction.ReadOnlyServerException.class);
    }

    @Test
    void anyoneListsTheTemplatesByNameWithTheirTypeInTheirLanguage() {
        AdminCallers.as(AdminCallers.READER, "nl");

        CollectionWithPagingInfo<TemplateBindingEntry> page = resource.readAll(RestRequest.query("").parameters());

        assertThat(page.getCollection()).extracting(TemplateBindingEntry::getName)
                .containsExactly("letter.docx", "Payslip.docx");
        TemplateBindingEntry payslip = page.getCollection().stream().filter(e -> e.getId().equals(PAYSLIP_ID))
                .findFirst().orElseThrow();
        assertThat(payslip.getRetentionType().getLabel())
                .isEqualTo("Salarisadministratie, loonstroken, salarisafspraken");
        RestJson.assertMatchesFixture(RestJson.list(page), "admin/template-bindings-list.json");
    }

    @Test
    void anOfficerBindsATemplateAndItIsAudited() {
        AdminCallers.as(AdminCallers.OFFICER);

        TemplateBindingEntry answer = resource.update(LETTER_ID, body("TIMESHEETS"), RestRequest.query("").parameters());

        verify(nodeService).addAspect(LETTER, RetentionModel.ASPECT_TEMPLATE_BINDING,
                Map.of(RetentionModel.PROP_BOUND_RETENTION_TYPE, "TIMESHEETS"));
        verify(callers.auditLog).append(eq(AdminCallers.OFFICER), eq("rest.template-binding.bind"),
                eq(LETTER.toString()), eq(Map.of("retentionType", "TIMESHEETS", "previous", "")));
        assertThat(answer.getId()).isEqualTo(LETTER_ID);
    }

    @Test
    void rebindingChangesTheBoundTypeAndUnbindingRemovesTheAspect() {
        AdminCallers.as(AdminCallers.ADMIN);

        resource.update(PAYSLIP_ID, body("TIMESHEETS"), RestRequest.query("").parameters());
        resource.delete(PAYSLIP_ID, RestRequest.query("").parameters());

        verify(nodeService).setProperty(PAYSLIP, RetentionModel.PROP_BOUND_RETENTION_TYPE, "TIMESHEETS");
        verify(nodeService).removeAspect(PAYSLIP, RetentionModel.ASPECT_TEMPLATE_BINDING);
        verify(callers.auditLog).append(eq(AdminCallers.ADMIN), eq("rest.template-binding.unbind"),
                eq(PAYSLIP.toString()), eq(Map.of("previous", "PAYROLL")));
    }

    @Test
    void aReaderMayNotBindOrUnbind() {
        AdminCallers.as(AdminCallers.READER);

        assertThatThrownBy(() -> resource.update(LETTER_ID, body("PAYROLL"), RestRequest.query("").parameters()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> resource.delete(PAYSLIP_ID, RestRequest.query("").parameters()))
                .isInstanceOf(PermissionDeniedException.class);
        verifyNoWrites();
    }

    @Test
    void anUnknownTypeABadIdOrANodeOutsideNodeTemplatesIsRefusedAndNothingChanges() {
        AdminCallers.as(AdminCallers.OFFICER);

        assertThatThrownBy(() -> resource.update(LETTER_ID, body("NOPE"), RestRequest.query("").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.update(LETTER_ID, body(null), RestRequest.query("").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.update("workspace://SpacesStore/" + LETTER_ID, body("PAYROLL"),
                RestRequest.query("").parameters())).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.update(ELSEWHERE_ID, body("PAYROLL"), RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> resource.delete(ELSEWHERE_ID, RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        verifyNoWrites();
    }

    @Test
    void aTemplateTheCallerCannotReadIsNotFound() {
        unreadable.add(LETTER);
        AdminCallers.as(AdminCallers.OFFICER);

        assertThatThrownBy(() -> resource.readById(LETTER_ID, RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void theBodyNamesTheTypeByCode() {
        TemplateBindingEntry body = RestJson.readBody("{\"retentionType\":\"PAYROLL\"}", TemplateBindingEntry.class);

        assertThat(body.requestedCode()).isEqualTo("PAYROLL");
    }

    private void verifyNoWrites() {
        verify(nodeService, never()).addAspect(any(), any(), anyMap());
        verify(nodeService, never()).setProperty(any(), any(), any());
        verify(nodeService, never()).removeAspect(any(), any());
        verifyNoInteractions(callers.auditLog);
    }

    private static TemplateBindingEntry body(String code) {
        TemplateBindingEntry body = new TemplateBindingEntry();
        body.setRetentionType(code);
        return body;
    }

    private static Map<QName, Serializable> properties(String name, String code) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, name);
        if (code != null) {
            properties.put(RetentionModel.PROP_BOUND_RETENTION_TYPE, code);
        }
        return properties;
    }

    private static ChildAssociationRef child(NodeRef parent, NodeRef child) {
        return new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent,
                QName.createQName(RetentionModel.NAMESPACE_URI, child.getId()), child);
    }

    static NodeRef node(String id) {
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
    }
}
