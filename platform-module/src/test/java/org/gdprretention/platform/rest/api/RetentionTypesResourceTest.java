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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.catalogue.RetentionTypeDefinitionMapper;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.RestJson;
import org.gdprretention.platform.rest.RestRequest;
import org.gdprretention.platform.rest.model.RetentionTypeEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@code /retention-types}: reading in the caller's locale, officers' changes checked by the engine, audited. */
class RetentionTypesResourceTest {

    private static final NodeRef FOLDER = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "types-folder");
    private static final NodeRef PAYROLL_NODE = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "payroll");

    private final AdminCallers callers = new AdminCallers();
    private final RepositoryRetentionCatalogue catalogue = mock(RepositoryRetentionCatalogue.class);
    private final RetentionFolders folders = mock(RetentionFolders.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final RetentionTypesResource resource = new RetentionTypesResource();
    private final RetentionCatalogue types = DefaultRetentionTypes.netherlands();

    @BeforeEach
    void setUp() {
        when(catalogue.current()).thenReturn(types);
        when(catalogue.findDefinition("PAYROLL")).thenReturn(Optional.of(PAYROLL_NODE));
        when(folders.folder(RetentionFolders.RETENTION_TYPES_NAME)).thenReturn(Optional.of(FOLDER));
        resource.setCatalogue(catalogue);
        resource.setMapper(new RetentionTypeDefinitionMapper());
        resource.setFolders(folders);
        resource.setNodeService(nodeService);
        resource.setAccess(callers.access);
        resource.setAudit(callers.audit);
        resource.afterPropertiesSet();
    }

    @AfterEach
    void tearDown() {
        AdminCallers.reset();
    }

    @Test
    void anyoneReadsTheCatalogueWithLabelsInTheirOwnLanguage() {
        AdminCallers.as(AdminCallers.READER, "nl");
        RetentionTypeEntry dutch = resource.readById("PAYROLL", RestRequest.query("").parameters());
        AdminCallers.as(AdminCallers.READER, "en-GB");
        RetentionTypeEntry english = resource.readById("PAYROLL", RestRequest.query("").parameters());

        assertThat(dutch.getLabel()).isEqualTo("Salarisadministratie, loonstroken, salarisafspraken");
        assertThat(english.getLabel()).isEqualTo("Payroll administration, payslips, salary agreements");
        assertThat(english.getLabels()).as("all labels only when asked for").isNull();
        assertThat(english.getPeriod()).isEqualTo("P7Y");
    }

    @Test
    void includeLabelsGivesEveryLanguage() {
        AdminCallers.as(AdminCallers.READER, "nl");
        CollectionWithPagingInfo<RetentionTypeEntry> page =
                resource.readAll(RestRequest.query("include=labels").parameters());

        assertThat(page.getTotalItems()).isEqualTo(types.size());
        assertThat(page.getCollection()).allSatisfy(entry -> assertThat(entry.getLabels()).containsKeys("en", "nl"));
    }

    @Test
    void thePageIsCutAsAskedAndTooLargeAPageIsRefused() {
        AdminCallers.as(AdminCallers.READER);
        CollectionWithPagingInfo<RetentionTypeEntry> page =
                resource.readAll(RestRequest.query("skipCount=2&maxItems=3").parameters());

        assertThat(page.getCollection()).extracting(RetentionTypeEntry::getCode)
                .containsExactlyElementsOf(types.all().subList(2, 5).stream().map(t -> t.code()).toList());
        assertThat(page.hasMoreItems()).isTrue();
        assertThatThrownBy(() -> resource.readAll(RestRequest.query("maxItems=1001").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.readAll(RestRequest.query("include=everything").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.readAll(RestRequest.query("status=ACTIVE").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void anUnknownCodeIsNotFound() {
        AdminCallers.as(AdminCallers.READER);

        assertThatThrownBy(() -> resource.readById("NOPE", RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> resource.readById("payroll", RestRequest.query("").parameters()))
                .as("codes are exact").isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void aReaderMayNotCreateOrUpdateAndNothingIsWritten() {
        AdminCallers.as(AdminCallers.READER);

        assertThatThrownBy(() -> resource.create(List.of(newType("CONTRACTS", "P2Y")),
                RestRequest.query("").parameters())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> resource.update("PAYROLL", period("P10Y"), RestRequest.query("").parameters()))
                .isInstanceOf(PermissionDeniedException.class);
        verifyNoInteractions(nodeService, callers.auditLog);
    }

    @Test
    void anOfficerCreatesATypeAsADefinitionNodeOfTheCatalogueAndItIsAudited() {
        AdminCallers.as(AdminCallers.OFFICER, "nl");

        List<RetentionTypeEntry> created = resource.create(List.of(newType("CONTRACTS", "P2Y")),
                RestRequest.query("").parameters());

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> properties = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).createNode(eq(FOLDER), eq(ContentModel.ASSOC_CONTAINS),
                eq(QName.createQName(RetentionModel.NAMESPACE_URI, "CONTRACTS")),
                eq(RetentionModel.TYPE_RETENTION_TYPE_DEFINITION), properties.capture());
        assertThat(properties.getValue()).containsEntry(RetentionModel.PROP_TYPE_CODE, "CONTRACTS")
                .containsEntry(RetentionModel.PROP_TYPE_PERIOD, "P2Y")
                .containsEntry(RetentionModel.PROP_TYPE_LABEL_NL, "Contracten")
                .containsEntry(ContentModel.PROP_NAME, "CONTRACTS");
        assertThat(created).singleElement().satisfies(entry -> assertThat(entry.getLabel()).isEqualTo("Contracten"));
        verify(callers.auditLog).append(eq(AdminCallers.OFFICER), eq("rest.retention-type.create"), eq("CONTRACTS"),
                anyMap());
    }

    @Test
    void anAdministratorMayCreateToo() {
        AdminCallers.as(AdminCallers.ADMIN);

        resource.create(List.of(newType("CONTRACTS", "P2Y")), RestRequest.query("").parameters());

        verify(nodeService).createNode(eq(FOLDER), any(), any(), any(), anyMap());
    }

    @Test
    void badInputIsRefusedByTheEngineBeforeAnythingIsWritten() {
        AdminCallers.as(AdminCallers.OFFICER);

        assertThatThrownBy(() -> resource.create(List.of(newType("CONTRACTS", "seven years")),
                RestRequest.query("").parameters())).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.create(List.of(newType("lower", "P2Y")),
                RestRequest.query("").parameters())).isInstanceOf(InvalidArgumentException.class);
        // the second of two is bad: neither is written
        assertThatThrownBy(() -> resource.create(List.of(newType("GOOD", "P2Y"), newType("BAD", "P-1Y")),
                RestRequest.query("").parameters())).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.update("PAYROLL", period("P0"), RestRequest.query("").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        RetentionTypeEntry german = newType("CONTRACTS", "P2Y");
        german.setLabels(Map.of("en", "Contracts", "nl", "Contracten", "de", "Verträge"));
        assertThatThrownBy(() -> resource.create(List.of(german), RestRequest.query("").parameters()))
                .as("only en and nl are stored").isInstanceOf(InvalidArgumentException.class);
        verify(nodeService, never()).createNode(any(), any(), any(), any(), anyMap());
        verify(nodeService, never()).addProperties(any(), anyMap());
        verifyNoInteractions(callers.auditLog);
    }

    @Test
    void aCodeInUseIsAConflict() {
        AdminCallers.as(AdminCallers.OFFICER);

        assertThatThrownBy(() -> resource.create(List.of(newType("PAYROLL", "P2Y")),
                RestRequest.query("").parameters())).isInstanceOf(ConstraintViolatedException.class);
        verifyNoInteractions(nodeService, callers.auditLog);
    }

    @Test
    void anUpdateChangesTheNamedFieldsOnTheDefinitionNodeSoTheCatalogueBehaviourRecomputes() {
        AdminCallers.as(AdminCallers.OFFICER);

        RetentionTypeEntry updated = resource.update("PAYROLL", period("P10Y"), RestRequest.query("").parameters());

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> properties = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).addProperties(eq(PAYROLL_NODE), properties.capture());
        assertThat(properties.getValue()).containsEntry(RetentionModel.PROP_TYPE_PERIOD, "P10Y")
                .containsEntry(RetentionModel.PROP_TYPE_LABEL_EN, types.require("PAYROLL").labels().get("en"));
        assertThat(updated.getPeriod()).isEqualTo("P10Y");
        verify(callers.auditLog).append(eq(AdminCallers.OFFICER), eq("rest.retention-type.update"), eq("PAYROLL"),
                anyMap());
    }

    @Test
    void theCodeCannotChangeAndAnUnknownTypeIsNotFound() {
        AdminCallers.as(AdminCallers.OFFICER);
        RetentionTypeEntry renamed = period("P10Y");
        renamed.setCode("SALARY");

        assertThatThrownBy(() -> resource.update("PAYROLL", renamed, RestRequest.query("").parameters()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> resource.update("NOPE", period("P10Y"), RestRequest.query("").parameters()))
                .isInstanceOf(EntityNotFoundException.class);
        verify(nodeService, never()).addProperties(any(), anyMap());
    }

    @Test
    void theEntryHasTheRestShape() {
        AdminCallers.as(AdminCallers.READER, "nl");

        RestJson.assertMatchesFixture(RestJson.entry(resource.readById("APPLICATION",
                RestRequest.query("include=labels").parameters())), "admin/retention-type-entry.json");
        assertThat(RestJson.readBody("{\"code\":\"X\",\"labels\":{\"en\":\"a\",\"nl\":\"b\"},\"period\":\"P1Y\"}",
                RetentionTypeEntry.class).getLabels()).containsEntry("nl", "b");
        assertThatThrownBy(() -> RestJson.readBody("{\"label\":\"read only\"}", RetentionTypeEntry.class))
                .isInstanceOf(InvalidArgumentException.class);
    }

    private static RetentionTypeEntry newType(String code, String period) {
        RetentionTypeEntry entry = new RetentionTypeEntry();
        entry.setCode(code);
        entry.setLabels(Map.of("en", "Contracts", "nl", "Contracten"));
        entry.setPeriod(period);
        entry.setStartTrigger("CREATION_DATE");
        entry.setCategory("OTHER");
        return entry;
    }

    private static RetentionTypeEntry period(String period) {
        RetentionTypeEntry entry = new RetentionTypeEntry();
        entry.setPeriod(period);
        return entry;
    }

}
