package org.gdprretention.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.model.RetentionModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.platform.testsupport.MethodSecurity;
import org.junit.jupiter.api.Test;

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
    void anOrdinaryUserWhoCannotReadTheCatalogueFolderStillGetsTheCatalogue() {
        // given: the catalogue behind ACS's method security, and a user without any permission on its nodes
        DEFAULTS.all().forEach(fixture::definition);
        NodeService secured = MethodSecurity.forAdmins("admin")
                .wrap(NodeService.class, fixture.repository.nodeService());
        RepositoryRetentionCatalogue securedCatalogue = new RepositoryRetentionCatalogue();
        securedCatalogue.setNodeService(secured);
        securedCatalogue.setFolders(fixture.folders);
        securedCatalogue.setMapper(fixture.mapper);
        securedCatalogue.afterPropertiesSet();
        AuthenticationUtil.setFullyAuthenticatedUser("collaborator");
        try {
            // the double does refuse that user...
            assertThatThrownBy(() -> secured.getProperties(fixture.typesFolder))
                    .isInstanceOf(AccessDeniedException.class);
            // ...and the catalogue, which reads as the system user, is complete for them
            assertThat(securedCatalogue.current().size()).isEqualTo(DEFAULTS.size());
        } finally {
            AuthenticationUtil.clearCurrentSecurityContext();
        }
    }

    @Test
    void anEmptyOrMissingFolderIsAnEmptyCatalogue() {
        assertThat(catalogue.current().size()).isZero();
        org.mockito.Mockito.when(fixture.folders.folder(RetentionFolders.RETENTION_TYPES_NAME)).thenReturn(Optional.empty());

        assertThat(catalogue.current().size()).isZero();
    }

    @Test
    void keepsTheCatalogueUntilTheRevisionTokenChanges() {
        fixture.definition(DEFAULTS.require("VOG"));
        catalogue.markChanged();
        catalogue.current();
        clearInvocations(fixture.repository.nodeService());

        RetentionCatalogue again = catalogue.current();

        assertThat(again.find("VOG")).isPresent();
        verify(fixture.repository.nodeService(), never()).getProperties(any());

        fixture.definition(DEFAULTS.require("PAYROLL"));
        assertThat(catalogue.current().find("PAYROLL")).as("no change recorded").isEmpty();
        catalogue.markChanged();
        assertThat(catalogue.current().find("PAYROLL")).isPresent();
    }

    @Test
    void withoutARevisionTokenTheCatalogueIsReadEveryTime() {
        fixture.definition(DEFAULTS.require("VOG"));
        catalogue.current();
        fixture.definition(DEFAULTS.require("PAYROLL"));

        assertThat(catalogue.current().find("PAYROLL")).isPresent();
    }

    @Test
    void aChangeMadeOnOneServerIsSeenOnAnotherAtOnce() {
        RepositoryRetentionCatalogue otherServer = new RepositoryRetentionCatalogue();
        otherServer.setNodeService(fixture.repository.nodeService());
        otherServer.setFolders(fixture.folders);
        otherServer.setMapper(fixture.mapper);
        otherServer.afterPropertiesSet();
        NodeRef vog = fixture.definition(DEFAULTS.require("VOG"));
        catalogue.markChanged();
        assertThat(catalogue.current().require("VOG").period().toString()).isEqualTo("P4W");
        assertThat(otherServer.current().require("VOG").period().toString()).isEqualTo("P4W");

        // an officer edits the period through the other server
        fixture.repository.properties(vog).put(RetentionModel.PROP_TYPE_PERIOD, "P8W");
        otherServer.markChanged();

        assertThat(catalogue.current().require("VOG").period().toString()).isEqualTo("P8W");
        assertThat(otherServer.current().require("VOG").period().toString()).isEqualTo("P8W");
    }

    @Test
    void aCatalogueReadInsideARolledBackChangeIsNeverServed() {
        fixture.definition(DEFAULTS.require("VOG"));
        catalogue.markChanged();
        catalogue.current();
        NodeRef folder = fixture.typesFolder;
        Map<org.alfresco.service.namespace.QName, java.io.Serializable> committed =
                new HashMap<>(fixture.repository.properties(folder));

        // inside a transaction: a new definition, marked, and read by the same transaction
        NodeRef payroll = fixture.definition(DEFAULTS.require("PAYROLL"));
        catalogue.markChanged();
        assertThat(catalogue.current().find("PAYROLL")).isPresent();
        // rolled back: the definition and the token are as before
        fixture.repository.delete(payroll);
        fixture.repository.properties(folder).clear();
        fixture.repository.properties(folder).putAll(committed);

        assertThat(catalogue.current().find("PAYROLL")).isEmpty();
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
