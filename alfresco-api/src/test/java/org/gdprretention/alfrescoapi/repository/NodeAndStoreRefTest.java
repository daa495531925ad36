package org.gdprretention.alfrescoapi.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.cmr.repository.MalformedNodeRefException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.junit.jupiter.api.Test;

class NodeAndStoreRefTest {

    @Test
    void storeRefsHaveTheRealConstantsAndForm() {
        assertThat(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE).hasToString("workspace://SpacesStore");
        assertThat(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE).hasToString("archive://SpacesStore");
        assertThat(new StoreRef("workspace://SpacesStore")).isEqualTo(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE)
                .hasSameHashCodeAs(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        assertThat(new StoreRef(StoreRef.PROTOCOL_ARCHIVE, "SpacesStore").getProtocol()).isEqualTo("archive");
    }

    @Test
    void nodeRefsParseAndPrintTheirString() {
        NodeRef nodeRef = new NodeRef("workspace://SpacesStore/5a1c-42");

        assertThat(nodeRef.getStoreRef()).isEqualTo(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        assertThat(nodeRef.getId()).isEqualTo("5a1c-42");
        assertThat(nodeRef).hasToString("workspace://SpacesStore/5a1c-42")
                .isEqualTo(new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "5a1c-42"))
                .isEqualTo(new NodeRef("workspace", "SpacesStore", "5a1c-42"))
                .isNotEqualTo(new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, "5a1c-42"));
    }

    @Test
    void recognisesNodeRefTextAndSkipsOtherEntriesOfAList() {
        assertThat(NodeRef.isNodeRef("workspace://SpacesStore/1")).isTrue();
        assertThat(NodeRef.isNodeRef("SpacesStore/1")).isFalse();
        assertThat(NodeRef.getNodeRefs("workspace://SpacesStore/1, junk ,archive://SpacesStore/2"))
                .containsExactly(new NodeRef("workspace://SpacesStore/1"), new NodeRef("archive://SpacesStore/2"));
    }

    @Test
    void refusesMalformedTextNamingIt() {
        assertThatThrownBy(() -> new NodeRef("no-slash-here")).isInstanceOf(MalformedNodeRefException.class)
                .hasMessage("Invalid node ref - does not contain forward slash: no-slash-here");
        assertThatThrownBy(() -> new StoreRef("workspace-SpacesStore")).isInstanceOf(AlfrescoRuntimeException.class)
                .hasMessageContaining("workspace-SpacesStore");
        assertThatThrownBy(() -> new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Node id may not be null");
        assertThatThrownBy(() -> new StoreRef(null, "SpacesStore"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Store protocol may not be null");
    }
}
