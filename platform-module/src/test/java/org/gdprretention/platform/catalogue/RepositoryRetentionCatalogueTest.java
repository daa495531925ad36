package org.gdprretention.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.transaction.TransactionListener;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

class RepositoryRetentionCatalogueTest {

    private static final RetentionCatalogue DEFAULTS = DefaultRetentionTypes.netherlands();

    private final CatalogueFixture fixture = new CatalogueFixture();
    private final RepositoryRetentionCatalogue catalogue = fixture.catalogue;

    @Test
    void readsEveryDefinitionNodeIntoTheEngineCatalogue() {
        DEFAULTS.all().forEach(fixture::definition);

        assertThat(catalogue.current()).isEqualTo(DEFAULTS);
    }

    @Test
    void anEmptyOrMissingFolderIsAnEmptyCatalogue() {
        assertThat(catalogue.current().size()).isZero();
        org.mockito.Mockito.when(fixture.folders.folder(RetentionFolders.RETENTION_TYPES_NAME)).thenReturn(Optional.empty());
        catalogue.invalidate();

        assertThat(catalogue.current().size()).isZero();
    }

    @Test
    void keepsTheCatalogueUntilInvalidated() {
        fixture.definition(DEFAULTS.require("VOG"));
        catalogue.current();
        clearInvocations(fixture.repository.nodeService());

        RetentionCatalogue again = catalogue.current();

        assertThat(again.find("VOG")).isPresent();
        verify(fixture.repository.nodeService(), never()).getProperties(any());

        fixture.definition(DEFAULTS.require("PAYROLL"));
        assertThat(catalogue.current().find("PAYROLL")).as("still cached").isEmpty();
        catalogue.invalidate();
        assertThat(catalogue.current().find("PAYROLL")).isPresent();
    }

    @Test
    void theCacheIsDroppedOnlyWhenTheTransactionCommits() {
        fixture.definition(DEFAULTS.require("VOG"));
        catalogue.current();
        fixture.definition(DEFAULTS.require("PAYROLL"));
        ArgumentCaptor<TransactionListener> listener = ArgumentCaptor.forClass(TransactionListener.class);

        try (MockedStatic<AlfrescoTransactionSupport> transactions = mockStatic(AlfrescoTransactionSupport.class)) {
            catalogue.invalidateAfterCommit();
            transactions.verify(() -> AlfrescoTransactionSupport.bindListener(listener.capture()));
        }
        assertThat(catalogue.current().find("PAYROLL")).as("before commit").isEmpty();
        listener.getValue().afterCommit();

        assertThat(catalogue.current().find("PAYROLL")).as("after commit").isPresent();
    }

    @Test
    void invalidDefinitionsAndSecondUsesOfACodeAreLeftOut() {
        fixture.definition(DEFAULTS.require("VOG"));
        fixture.definition(DEFAULTS.require("VOG").toBuilder().period("P8W").build());
        Map<org.alfresco.service.namespace.QName, java.io.Serializable> broken =
                new HashMap<>(fixture.mapper.toProperties(DEFAULTS.require("PAYROLL")));
        broken.put(RetentionModel.PROP_TYPE_PERIOD, "forever");
        fixture.definition(broken);

        RetentionCatalogue read = catalogue.current();

        assertThat(read.size()).isEqualTo(1);
        assertThat(read.require("VOG").period()).hasToString("P4W");
    }

    @Test
    void validationRefusesACodeAnotherDefinitionAlreadyHas() {
        fixture.definition(DEFAULTS.require("VOG"));
        NodeRef second = fixture.definition(DEFAULTS.require("VOG").toBuilder().period("P8W").build());

        assertThatThrownBy(() -> catalogue.validate(second)).isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("code").hasMessageContaining("VOG");
    }

    @Test
    void validationReturnsTheDefinitionsTypeAndIgnoresTheNodeItself() {
        NodeRef vog = fixture.definition(DEFAULTS.require("VOG"));

        RetentionType validated = catalogue.validate(vog);

        assertThat(validated).isEqualTo(DEFAULTS.require("VOG"));
        assertThat(catalogue.findDefinition("VOG")).contains(vog);
        assertThat(catalogue.findDefinition("PAYROLL")).isEmpty();
    }
}
