package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alfresco.rest.framework.core.exceptions.InvalidArgumentException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Node ids as ACS has them: its own nodes get a random lower-case UUID, but an imported node keeps the
 * {@code sys:node-uuid} it was imported with (ACS's bootstrap itself has {@code wf-email-html-ftl} and
 * {@code rendering_actions_space}; an ACP or a migration can bring any id of up to 36 characters, the size of
 * {@code alf_node.uuid}). ACS's own {@code Nodes.validateNode} takes any such id and answers 404 when no node has it.
 */
class NodeIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0b4f8c2e-6a1d-4f3e-9b7a-2c5d8e1f4a6b", "wf-email-html-ftl", "rendering_actions_space",
            "0B4F8C2E-6A1D-4F3E-9B7A-2C5D8E1F4A6B", "contract.2019.0001", "123456789012345678901234567890123456"})
    void anIdAcsCanHoldIsANodeOfTheWorkspaceStore(String id) {
        NodeRef node = NodeIds.parse(id, "nodeId");

        assertThat(node.toString()).isEqualTo("workspace://SpacesStore/" + id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-root-", "-my-", "..", "../abc", "abc/..", "workspace://SpacesStore/abc",
            "abc;1.0", "abc;pwc", "%2e%2e", "a b", "abc\u0000", "\u202Eabc", "{abc}",
            "1234567890123456789012345678901234567"})
    void anythingElseIsABadRequestNotALookup(String id) {
        assertThatThrownBy(() -> NodeIds.parse(id, "nodeId")).isInstanceOf(InvalidArgumentException.class)
                .extracting("msgId").isEqualTo("gdpr.rest.error.nodeId");
    }

    @Test
    void nullIsABadRequest() {
        assertThatThrownBy(() -> NodeIds.parse(null, "nodeId")).isInstanceOf(InvalidArgumentException.class);
    }
}
