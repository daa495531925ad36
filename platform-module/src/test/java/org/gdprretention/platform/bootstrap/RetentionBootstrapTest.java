package org.gdprretention.platform.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CATEGORY;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CODE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CONSENT_LEAD_DAYS;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_DISPOSAL_MODE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_EXTENDABLE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_EXTENSION_PERIOD;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_LABEL_EN;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_LABEL_NL;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_MAX_EXTENSIONS;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_PERIOD;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_START_TRIGGER;
import static org.gdprretention.platform.model.RetentionModel.TYPE_AUDIT_ENTRY;
import static org.gdprretention.platform.model.RetentionModel.TYPE_DISPOSAL_RECORD;
import static org.gdprretention.platform.model.RetentionModel.TYPE_RETENTION_TYPE_DEFINITION;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.namespace.NamespaceService;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.platform.catalogue.RetentionTypeDefinitionMapper;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.InheritingPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionBootstrapTest {

    private static final Set<String> ZONES = Set.of("APP.DEFAULT", "AUTH.ALF");

    private final FakeRepository repository = new FakeRepository();
    private final SearchService searchService = mock(SearchService.class);
    private final NamespaceService namespaceService = mock(NamespaceService.class);
    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final RetentionFolders folders = new RetentionFolders();
    private final RetentionBootstrap bootstrap = new RetentionBootstrap();
    private final NodeRef storeRoot = repository.folder(null, "root");
    private final NodeRef dataDictionary = repository.folder(storeRoot, "Data Dictionary");
    private final InheritingPermissions permissions = new InheritingPermissions(repository);

    @BeforeEach
    void wire() {
        when(repository.nodeService().getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE)).thenReturn(storeRoot);
        when(searchService.selectNodes(storeRoot, RetentionFolders.DATA_DICTIONARY_XPATH, null, namespaceService, false))
                .thenReturn(List.of(dataDictionary));
        when(authorityService.getDefaultZones()).thenReturn(ZONES);
        folders.setNodeService(repository.nodeService());
        folders.setSearchService(searchService);
        folders.setNamespaceService(namespaceService);
        bootstrap.setNodeService(repository.nodeService());
        bootstrap.setAuthorityService(authorityService);
        bootstrap.setPermissionService(permissions);
        // As in every ACS repository: everyone may read the Data Dictionary.
        permissions.setPermission(dataDictionary, "GROUP_EVERYONE", "Consumer", true);
        bootstrap.setFolders(folders);
        bootstrap.setMapper(new RetentionTypeDefinitionMapper());
    }

    @Test
    void firstRunCreatesTheFoldersEveryDefaultTypeAndTheOfficersGroup() {
        bootstrap.executeInternal();

        NodeRef root = folders.root().orElseThrow();
        assertThat(repository.children(root)).extracting(n -> repository.property(n, ContentModel.PROP_NAME))
                .containsExactlyInAnyOrder("Retention Types", "Disposals", "Audit Log", "Consent Requests");
        NodeRef types = folders.folder(RetentionFolders.RETENTION_TYPES_NAME).orElseThrow();
        assertThat(repository.children(types)).hasSize(DefaultRetentionTypes.netherlands().size())
                .allMatch(n -> repository.type(n).equals(TYPE_RETENTION_TYPE_DEFINITION))
                .extracting(n -> repository.property(n, ContentModel.PROP_NAME))
                .containsExactlyInAnyOrderElementsOf(DefaultRetentionTypes.netherlands().all().stream()
                        .map(t -> t.code()).toList());
        verify(authorityService).createAuthority(AuthorityType.GROUP, "GDPR_OFFICERS", "GDPR officers", ZONES);
    }

    @Test
    void anOrdinaryUserCannotReadTheProofButOfficersCanAndEveryoneReadsTheCatalogue() {
        bootstrap.executeInternal();
        NodeRef disposals = folders.folder(RetentionFolders.DISPOSALS_NAME).orElseThrow();
        NodeRef record = repository.add(TYPE_DISPOSAL_RECORD, disposals, Map.of(ContentModel.PROP_NAME, "record"));
        NodeRef entry = repository.add(TYPE_AUDIT_ENTRY, folders.folder(RetentionFolders.AUDIT_LOG_NAME).orElseThrow(),
                Map.of(ContentModel.PROP_NAME, "entry"));
        NodeRef vog = repository.nodeService().getChildByName(
                folders.folder(RetentionFolders.RETENTION_TYPES_NAME).orElseThrow(), ContentModel.ASSOC_CONTAINS, "VOG");

        // an ordinary user (a collaborator somewhere, a site manager): no proof, but the catalogue
        permissions.actAs("mallory", "GROUP_site_hr_SiteManager");
        assertThat(permissions.hasReadPermission(record)).isEqualTo(AccessStatus.DENIED);
        assertThat(permissions.hasReadPermission(entry)).isEqualTo(AccessStatus.DENIED);
        assertThat(permissions.hasReadPermission(vog)).isEqualTo(AccessStatus.ALLOWED);
        assertThat(permissions.hasPermission(vog, "Write")).isEqualTo(AccessStatus.DENIED);

        // an officer reads the proof, and may not change it
        permissions.actAs("olga", RetentionBootstrap.OFFICERS_GROUP);
        assertThat(permissions.hasReadPermission(record)).isEqualTo(AccessStatus.ALLOWED);
        assertThat(permissions.hasReadPermission(entry)).isEqualTo(AccessStatus.ALLOWED);
        assertThat(permissions.hasPermission(record, "Write")).isEqualTo(AccessStatus.DENIED);

        NodeRef root = folders.root().orElseThrow();
        assertThat(permissions.getInheritParentPermissions(root)).isFalse();
        assertThat(permissions.setOn(root)).containsOnlyKeys(RetentionBootstrap.OFFICERS_GROUP);
    }

    @Test
    void theApplicationTypeIsWrittenWithAllItsFields() {
        bootstrap.executeInternal();

        NodeRef types = folders.folder(RetentionFolders.RETENTION_TYPES_NAME).orElseThrow();
        NodeRef application = repository.nodeService().getChildByName(types, ContentModel.ASSOC_CONTAINS, "APPLICATION");
        assertThat(repository.properties(application))
                .containsEntry(PROP_TYPE_CODE, "APPLICATION")
                .containsEntry(PROP_TYPE_LABEL_EN, "Application data, rejected candidate")
                .containsEntry(PROP_TYPE_LABEL_NL, "Sollicitatiegegevens, afgewezen kandidaat")
                .containsEntry(PROP_TYPE_PERIOD, "P4W")
                .containsEntry(PROP_TYPE_START_TRIGGER, "PROPERTY:gdpr:relationshipEnd")
                .containsEntry(PROP_TYPE_CATEGORY, "DOSSIER_TASKS_CONTACTS")
                .containsEntry(PROP_TYPE_EXTENDABLE, true)
                .containsEntry(PROP_TYPE_EXTENSION_PERIOD, "P48W")
                .containsEntry(PROP_TYPE_MAX_EXTENSIONS, 1)
                .containsEntry(PROP_TYPE_CONSENT_LEAD_DAYS, 30)
                .containsEntry(PROP_TYPE_DISPOSAL_MODE, "PURGE_ON_APPROVAL")
                .containsEntry(ContentModel.PROP_TITLE, "Application data, rejected candidate");
    }

    @Test
    void aSecondRunChangesNothing() {
        bootstrap.executeInternal();
        when(authorityService.authorityExists("GROUP_GDPR_OFFICERS")).thenReturn(true);
        clearInvocations(repository.nodeService(), authorityService);

        bootstrap.executeInternal();

        verify(repository.nodeService(), never()).createNode(any(), any(), any(), any(), anyMap());
        verify(authorityService, never()).createAuthority(any(), any(), any(), any());
    }

    @Test
    void existingFoldersAndAnAdministratorsEditedDefinitionAreKept() {
        NodeRef root = repository.folder(dataDictionary, "GDPR Retention");
        NodeRef types = repository.folder(root, "Retention Types");
        repository.folder(root, "Disposals");
        // An administrator renamed the node and lengthened the period: the code is what identifies the type.
        NodeRef edited = repository.add(TYPE_RETENTION_TYPE_DEFINITION, types,
                Map.of(ContentModel.PROP_NAME, "Sollicitaties", PROP_TYPE_CODE, "APPLICATION", PROP_TYPE_PERIOD, "P8W"));

        bootstrap.executeInternal();

        assertThat(repository.children(dataDictionary)).containsExactly(root);
        assertThat(repository.children(types)).hasSize(DefaultRetentionTypes.netherlands().size());
        assertThat(repository.property(edited, PROP_TYPE_PERIOD)).isEqualTo("P8W");
        assertThat(repository.children(types)).filteredOn(n -> "APPLICATION".equals(repository.property(n, PROP_TYPE_CODE)))
                .containsExactly(edited);
    }
}
