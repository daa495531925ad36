package org.gdprretention.platform.catalogue;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;

/** A real repository catalogue on a {@link FakeRepository} with a Retention Types folder. */
final class CatalogueFixture {

    final FakeRepository repository = new FakeRepository();
    final RetentionFolders folders = mock(RetentionFolders.class);
    final RetentionTypeDefinitionMapper mapper = new RetentionTypeDefinitionMapper();
    final RepositoryRetentionCatalogue catalogue = new RepositoryRetentionCatalogue();
    final NodeRef typesFolder = repository.folder(null, RetentionFolders.RETENTION_TYPES_NAME);

    CatalogueFixture() {
        lenient().when(folders.folder(RetentionFolders.RETENTION_TYPES_NAME)).thenReturn(Optional.of(typesFolder));
        catalogue.setNodeService(repository.nodeService());
        catalogue.setFolders(folders);
        catalogue.setMapper(mapper);
        catalogue.afterPropertiesSet();
    }

    NodeRef definition(RetentionType type) {
        Map<QName, Serializable> properties = mapper.toProperties(type);
        properties.put(ContentModel.PROP_NAME, type.code());
        return repository.add(RetentionModel.TYPE_RETENTION_TYPE_DEFINITION, typesFolder, properties);
    }

    NodeRef definition(Map<QName, Serializable> properties) {
        return repository.add(RetentionModel.TYPE_RETENTION_TYPE_DEFINITION, typesFolder, new HashMap<>(properties));
    }
}
