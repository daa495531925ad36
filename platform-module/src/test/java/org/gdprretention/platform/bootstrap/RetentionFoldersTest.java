package org.gdprretention.platform.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.NamespaceService;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionFoldersTest {

    private final FakeRepository repository = new FakeRepository();
    private final SearchService searchService = mock(SearchService.class);
    private final NamespaceService namespaceService = mock(NamespaceService.class);
    private final RetentionFolders folders = new RetentionFolders();
    private final NodeRef storeRoot = repository.folder(null, "root");
    private final NodeRef dataDictionary = repository.folder(storeRoot, "Data Dictionary");

    @BeforeEach
    void wire() {
        when(repository.nodeService().getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE)).thenReturn(storeRoot);
        when(searchService.selectNodes(storeRoot, "/app:company_home/app:dictionary", null, namespaceService, false))
                .thenReturn(List.of(dataDictionary));
        folders.setNodeService(repository.nodeService());
        folders.setSearchService(searchService);
        folders.setNamespaceService(namespaceService);
        folders.afterPropertiesSet();
    }

    @Test
    void findsTheDataDictionaryByItsApplicationPath() {
        assertThat(folders.dataDictionary()).isEqualTo(dataDictionary);
    }

    @Test
    void createsTheRootAndTheFolderOnceAndFindsThemAfterwards() {
        NodeRef types = folders.ensureFolder(RetentionFolders.RETENTION_TYPES_NAME);

        NodeRef root = folders.root().orElseThrow();
        assertThat(repository.property(root, ContentModel.PROP_NAME)).isEqualTo("GDPR Retention");
        assertThat(repository.type(root)).isEqualTo(ContentModel.TYPE_FOLDER);
        assertThat(repository.children(dataDictionary)).containsExactly(root);
        assertThat(repository.children(root)).containsExactly(types);
        assertThat(repository.property(types, ContentModel.PROP_NAME)).isEqualTo("Retention Types");
        assertThat(folders.folder(RetentionFolders.RETENTION_TYPES_NAME)).contains(types);
        assertThat(folders.ensureFolder(RetentionFolders.RETENTION_TYPES_NAME)).isEqualTo(types);
        assertThat(repository.children(root)).hasSize(1);
    }

    @Test
    void lookingUpCreatesNothing() {
        assertThat(folders.folder(RetentionFolders.DISPOSALS_NAME)).isEmpty();
        assertThat(folders.root()).isEmpty();

        verify(repository.nodeService(), never()).createNode(any(), any(), any(), any(), anyMap());
    }

    @Test
    void aRepositoryWithoutDataDictionaryIsReportedAsSuch() {
        when(searchService.selectNodes(eq(storeRoot), any(), isNull(), eq(namespaceService), eq(false)))
                .thenReturn(List.of());

        assertThatThrownBy(folders::dataDictionary).hasMessageContaining("Data Dictionary")
                .hasMessageContaining("/app:company_home/app:dictionary");
    }

    @Test
    void refusesToStartWithoutItsServices() {
        RetentionFolders unwired = new RetentionFolders();

        assertThatThrownBy(unwired::afterPropertiesSet).hasMessageContaining("nodeService");
    }
}
