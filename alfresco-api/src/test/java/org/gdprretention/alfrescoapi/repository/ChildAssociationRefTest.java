package org.gdprretention.alfrescoapi.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

class ChildAssociationRefTest {

    private static final NodeRef PARENT = new NodeRef("workspace://SpacesStore/parent");
    private static final NodeRef CHILD = new NodeRef("workspace://SpacesStore/child");
    private static final QName NAME = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "report.pdf");

    @Test
    void keepsItsPartsAndDefaultsToNonPrimary() {
        ChildAssociationRef assoc = new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, PARENT, NAME, CHILD);

        assertThat(assoc.getTypeQName()).isEqualTo(ContentModel.ASSOC_CONTAINS);
        assertThat(assoc.getParentRef()).isEqualTo(PARENT);
        assertThat(assoc.getQName()).isEqualTo(NAME);
        assertThat(assoc.getChildRef()).isEqualTo(CHILD);
        assertThat(assoc.isPrimary()).isFalse();
        assertThat(assoc.getNthSibling()).isEqualTo(-1);
    }

    @Test
    void equalityIgnoresThePrimaryFlagAndSiblingIndexAsInAcs() {
        ChildAssociationRef primary =
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, PARENT, NAME, CHILD, true, 3);
        ChildAssociationRef secondary = new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, PARENT, NAME, CHILD);

        assertThat(primary).isEqualTo(secondary).hasSameHashCodeAs(secondary);
        assertThat(primary).isNotEqualTo(new ChildAssociationRef(ContentModel.ASSOC_CHILDREN, PARENT, NAME, CHILD));
    }

    @Test
    void roundTripsThroughItsStringForm() {
        ChildAssociationRef assoc = new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, PARENT, NAME, CHILD, true, 2);

        ChildAssociationRef parsed = new ChildAssociationRef(assoc.toString());

        assertThat(assoc.toString()).isEqualTo("workspace://SpacesStore/parent|workspace://SpacesStore/child|"
                + "{http://www.alfresco.org/model/content/1.0}contains|"
                + "{http://www.alfresco.org/model/content/1.0}report.pdf|true|2");
        assertThat(parsed).isEqualTo(assoc);
        assertThat(parsed.isPrimary()).isTrue();
        assertThat(parsed.getNthSibling()).isEqualTo(2);
    }

    @Test
    void refusesAMissingChildAndUnparsableText() {
        assertThatThrownBy(() -> new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, PARENT, NAME, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Child reference may not be null");
        assertThatThrownBy(() -> new ChildAssociationRef("a|b"))
                .hasMessage("Unable to parse child association string: a|b");
    }
}
