package org.gdprretention.alfrescoapi.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.DefaultCopyBehaviourCallback;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

class DefaultCopyBehaviourCallbackTest {

    private static final NodeRef SOURCE = new NodeRef("workspace://SpacesStore/template");
    private static final NodeRef PARENT = new NodeRef("workspace://SpacesStore/dossier");

    @Test
    void copiesEverythingWithThePropertiesUnchangedAsAcsDoes() {
        Map<QName, Serializable> properties = Map.of(ContentModel.PROP_NAME, "contract.docx");
        CopyDetails details = new CopyDetails(SOURCE, ContentModel.TYPE_CONTENT, Set.of(ContentModel.ASPECT_TITLED),
                properties, PARENT, null, true, ContentModel.ASSOC_CONTAINS, ContentModel.PROP_NAME);
        DefaultCopyBehaviourCallback callback = new DefaultCopyBehaviourCallback();

        assertThat(callback.getMustCopy(ContentModel.ASPECT_TITLED, details)).isTrue();
        assertThat(callback.getCopyProperties(ContentModel.ASPECT_TITLED, details, properties)).isSameAs(properties);
        assertThat(details.getSourceNodeRef()).isEqualTo(SOURCE);
        assertThat(details.getTargetParentNodeRef()).isEqualTo(PARENT);
        assertThat(details.isTargetNodeIsNew()).isTrue();
        assertThat(details.getSourceNodeAspectQNames()).containsExactly(ContentModel.ASPECT_TITLED);
    }
}
