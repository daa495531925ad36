package org.gdprretention.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CATEGORY;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_CODE;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_LABEL_EN;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_PERIOD;
import static org.gdprretention.platform.model.RetentionModel.PROP_TYPE_START_TRIGGER;
import static org.gdprretention.platform.model.RetentionModel.TYPE_RETENTION_TYPE_DEFINITION;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionListener;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.expiry.RecomputeScheduler;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.MockedStatic;

class RetentionTypeDefinitionBehaviourTest {

    private static final RetentionType PERSONNEL_FILE = DefaultRetentionTypes.netherlands().require("PERSONNEL_FILE");

    private final CatalogueFixture fixture = new CatalogueFixture();
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final RecomputeScheduler scheduler = mock(RecomputeScheduler.class);
    private final RetentionTypeDefinitionBehaviour behaviour = new RetentionTypeDefinitionBehaviour();
    private MockedStatic<AlfrescoTransactionSupport> transactions;

    @BeforeEach
    void wire() {
        transactions = mockStatic(AlfrescoTransactionSupport.class);
        behaviour.setPolicyComponent(policyComponent);
        behaviour.setNodeService(fixture.repository.nodeService());
        behaviour.setCatalogue(fixture.catalogue);
        behaviour.setMapper(fixture.mapper);
        behaviour.setRecomputeScheduler(scheduler);
        behaviour.afterPropertiesSet();
    }

    @AfterEach
    void close() {
        transactions.close();
    }

    @Test
    void bindsCreateUpdateAndDeleteOfTheDefinitionType() {
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnCreateNodePolicy.QNAME),
                eq(TYPE_RETENTION_TYPE_DEFINITION), any());
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(TYPE_RETENTION_TYPE_DEFINITION), any());
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnDeleteNodePolicy.QNAME),
                eq(TYPE_RETENTION_TYPE_DEFINITION), any());
    }

    @Test
    void aValidNewDefinitionMarksTheCatalogueChangedInItsTransaction() {
        NodeRef definition = fixture.definition(PERSONNEL_FILE);

        behaviour.onCreateNode(created(definition));

        assertThat(revision()).isNotNull();
        verifyNoInteractions(scheduler);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "typeCode, personnel-file, code",
        "typePeriod, 2 years, period",
        "typeStartTrigger, END_OF_TIME, startTrigger",
        "typeCategory, HR, category"})
    void aNewDefinitionTheEngineRefusesFailsWithFieldAndValue(String property, String value, String field) {
        Map<QName, Serializable> properties = new HashMap<>(fixture.mapper.toProperties(PERSONNEL_FILE));
        properties.put(QName.createQName(PROP_TYPE_CODE.getNamespaceURI(), property), value);
        NodeRef definition = fixture.definition(properties);

        assertThatThrownBy(() -> behaviour.onCreateNode(created(definition)))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining(field).hasMessageContaining("'" + value + "'");
    }

    @Test
    void aSecondDefinitionWithAnExistingCodeFails() {
        fixture.definition(PERSONNEL_FILE);
        NodeRef copy = fixture.definition(PERSONNEL_FILE);

        assertThatThrownBy(() -> behaviour.onCreateNode(created(copy))).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("code").hasMessageContaining("PERSONNEL_FILE");
    }

    @Test
    void editingThePeriodRecomputesTheDocumentsOfThatTypeAfterCommit() {
        NodeRef definition = fixture.definition(PERSONNEL_FILE);
        Map<QName, Serializable> before = new HashMap<>(fixture.repository.properties(definition));
        fixture.repository.properties(definition).put(PROP_TYPE_PERIOD, "P3Y");

        behaviour.onUpdateProperties(definition, before, new HashMap<>(fixture.repository.properties(definition)));

        verify(scheduler).recomputeTypeAfterCommit("PERSONNEL_FILE");
    }

    @Test
    void editingOnlyALabelRecomputesNothing() {
        NodeRef definition = fixture.definition(PERSONNEL_FILE);
        Map<QName, Serializable> before = new HashMap<>(fixture.repository.properties(definition));
        fixture.repository.properties(definition).put(PROP_TYPE_LABEL_EN, "Personnel file");

        behaviour.onUpdateProperties(definition, before, new HashMap<>(fixture.repository.properties(definition)));

        verify(scheduler, never()).recomputeTypeAfterCommit(any());
        assertThat(revision()).as("labels are part of the catalogue too").isNotNull();
    }

    @Test
    void anEditToABadValueFailsWithFieldAndValue() {
        NodeRef definition = fixture.definition(PERSONNEL_FILE);
        Map<QName, Serializable> before = new HashMap<>(fixture.repository.properties(definition));
        fixture.repository.properties(definition).put(PROP_TYPE_CATEGORY, "PAYSLIPS");

        assertThatThrownBy(() -> behaviour.onUpdateProperties(definition, before,
                new HashMap<>(fixture.repository.properties(definition))))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("category").hasMessageContaining("PAYSLIPS");
        verify(scheduler, never()).recomputeTypeAfterCommit(any());
    }

    @Test
    void renamingTheCodeOfADefinitionIsRefused() {
        NodeRef definition = fixture.definition(PERSONNEL_FILE);
        Map<QName, Serializable> before = new HashMap<>(fixture.repository.properties(definition));
        fixture.repository.properties(definition).put(PROP_TYPE_CODE, "STAFF_FILE");

        assertThatThrownBy(() -> behaviour.onUpdateProperties(definition, before,
                new HashMap<>(fixture.repository.properties(definition))))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("code").hasMessageContaining("STAFF_FILE").hasMessageContaining("PERSONNEL_FILE");
    }

    @Test
    void aTriggerChangeRecomputesToo() {
        NodeRef definition = fixture.definition(PERSONNEL_FILE);
        Map<QName, Serializable> before = new HashMap<>(fixture.repository.properties(definition));
        fixture.repository.properties(definition).put(PROP_TYPE_START_TRIGGER, "CREATION_DATE");

        behaviour.onUpdateProperties(definition, before, new HashMap<>(fixture.repository.properties(definition)));

        verify(scheduler).recomputeTypeAfterCommit("PERSONNEL_FILE");
    }

    @Test
    void deletingADefinitionMarksTheCatalogueChanged() {
        NodeRef definition = fixture.definition(PERSONNEL_FILE);
        behaviour.onCreateNode(created(definition));
        Object before = revision();

        behaviour.onDeleteNode(created(definition), true);

        assertThat(revision()).isNotNull().isNotEqualTo(before);
    }

    private Object revision() {
        return fixture.repository.property(fixture.typesFolder, RetentionModel.PROP_CATALOGUE_REVISION_TOKEN);
    }

    @Test
    void aDefinitionFiledInASiteIsRefused() {
        NodeRef site = fixture.repository.folder(null, "documentLibrary");
        Map<QName, Serializable> properties = fixture.mapper.toProperties(PERSONNEL_FILE);
        NodeRef misplaced = fixture.repository.add(TYPE_RETENTION_TYPE_DEFINITION, site, properties);

        assertThatThrownBy(() -> behaviour.onCreateNode(created(misplaced)))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("Retention Types");
        assertThat(revision()).isNull();
    }

    @Test
    void movingADefinitionOutOfTheCatalogueIsRefused() {
        NodeRef definition = fixture.definition(PERSONNEL_FILE);
        NodeRef site = fixture.repository.folder(null, "documentLibrary");
        ChildAssociationRef from = created(definition);
        ChildAssociationRef to = new ChildAssociationRef(from.getTypeQName(), site, from.getQName(), definition,
                true, -1);

        assertThatThrownBy(() -> behaviour.onMoveNode(from, to))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("Retention Types");
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnMoveNodePolicy.QNAME),
                eq(TYPE_RETENTION_TYPE_DEFINITION), any());
    }

    private ChildAssociationRef created(NodeRef definition) {
        return fixture.repository.nodeService().getPrimaryParent(definition);
    }
}
