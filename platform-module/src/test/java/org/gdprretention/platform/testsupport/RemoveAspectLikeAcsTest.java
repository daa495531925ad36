package org.gdprretention.platform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testrepo.InMemoryNodes;
import org.junit.jupiter.api.Test;

/**
 * Both repository doubles remove an aspect as ACS's {@code DbNodeServiceImpl.removeAspect} does: the properties the
 * aspect declares go with it, the others stay. Code that reads a removed aspect's property must see nothing.
 */
class RemoveAspectLikeAcsTest {

    private static final Map<QName, Serializable> REQUEST = Map.of(
            RetentionModel.PROP_EXTENSION_REQUEST_ID, "r-1",
            RetentionModel.PROP_EXTENSION_REQUESTED_BY, "erik",
            RetentionModel.PROP_EXTENSION_REASON, "pool");

    @Test
    void theFakeRepositoryDropsTheAspectsPropertiesAndKeepsTheRest() {
        FakeRepository repository = new FakeRepository();
        NodeRef document = repository.document(null, Map.of(ContentModel.PROP_NAME, "cv.pdf",
                RetentionModel.PROP_RETENTION_TYPE, "CANDIDATE_PROFILE"));
        repository.nodeService().addAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST, new HashMap<>(REQUEST));

        repository.nodeService().removeAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST);

        assertThat(repository.properties(document)).doesNotContainKeys(REQUEST.keySet().toArray(QName[]::new))
                .containsEntry(ContentModel.PROP_NAME, "cv.pdf")
                .containsEntry(RetentionModel.PROP_RETENTION_TYPE, "CANDIDATE_PROFILE");
    }

    @Test
    void theInMemoryNodesDropTheAspectsPropertiesAndKeepTheRest() {
        InMemoryNodes repository = new InMemoryNodes();
        NodeRef document = repository.child(repository.root(), ContentModel.TYPE_CONTENT,
                Map.of(ContentModel.PROP_NAME, "cv.pdf"));
        repository.addAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST, new HashMap<>(REQUEST));

        repository.removeAspect(document, RetentionModel.ASPECT_EXTENSION_REQUEST);

        assertThat(repository.getProperties(document)).doesNotContainKeys(REQUEST.keySet().toArray(QName[]::new))
                .containsEntry(ContentModel.PROP_NAME, "cv.pdf");
    }
}
