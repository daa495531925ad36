package org.gdprretention.platform.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdprretention.platform.model.RetentionModel.PROP_EXPIRY_DATE;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.model.RetentionModel.PROP_STATUS;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplyRetentionActionExecuterTest {

    private final RetentionFixture fixture = new RetentionFixture();
    private final FakeRepository repository = fixture.repository;
    private final ApplyRetentionActionExecuter executer = new ApplyRetentionActionExecuter();
    private final Action action = mock(Action.class);
    private final NodeRef inbox = repository.folder(null, "Inbox");

    @BeforeEach
    void wire() {
        executer.setNodeService(repository.nodeService());
        executer.setApplier(fixture.applier);
        executer.setBeanName(ApplyRetentionActionExecuter.NAME);
        executer.afterPropertiesSet();
    }

    @Test
    void declaresAMandatoryTypeAndAnOptionalStartProperty() {
        List<ParameterDefinition> parameters = new ArrayList<>();
        executer.addParameterDefinitions(parameters);

        assertThat(parameters).extracting(ParameterDefinition::getName).containsExactly("retention-type",
                "start-date-property");
        assertThat(parameters).extracting(ParameterDefinition::isMandatory).containsExactly(true, false);
        assertThat(ApplyRetentionActionExecuter.NAME).isEqualTo("gdpr-apply-retention");
    }

    @Test
    void aRuleGivesTheDocumentTheTypeAndComputesItsRetention() {
        NodeRef document = repository.document(inbox, Map.of(ContentModel.PROP_CREATED, instant("2025-01-10T10:00:00Z")));
        when(action.getParameterValue("retention-type")).thenReturn(" CANDIDATE_PROFILE ");

        executer.executeImpl(action, document);

        assertThat(repository.hasAspect(document, RetentionModel.ASPECT_RETAINABLE)).isTrue();
        assertThat(repository.property(document, PROP_RETENTION_TYPE)).isEqualTo("CANDIDATE_PROFILE");
        assertThat(repository.property(document, PROP_EXPIRY_DATE)).isEqualTo(date("2027-01-10"));
        assertThat(repository.property(document, PROP_STATUS)).isEqualTo("ACTIVE");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aMissingTypeIsRefusedNamingTheParameter(String code) {
        NodeRef document = repository.document(inbox, Map.of());
        when(action.getParameterValue("retention-type")).thenReturn(code);

        assertThatThrownBy(() -> executer.executeImpl(action, document))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("retention-type").hasMessageContaining("'" + code + "'");
    }

    @Test
    void anUnknownTypeIsRefused() {
        NodeRef document = repository.document(inbox, Map.of());
        when(action.getParameterValue("retention-type")).thenReturn("NOT_A_TYPE");

        assertThatThrownBy(() -> executer.executeImpl(action, document))
                .isInstanceOf(InvalidRetentionInputException.class).hasMessageContaining("NOT_A_TYPE");
        assertThat(repository.hasAspect(document, RetentionModel.ASPECT_RETAINABLE)).isFalse();
    }

    @Test
    void aStartDatePropertyForATypeWithItsOwnTriggerIsRefused() {
        NodeRef document = repository.document(inbox, Map.of());
        when(action.getParameterValue("retention-type")).thenReturn("VOG");
        when(action.getParameterValue("start-date-property")).thenReturn("cm:from");

        assertThatThrownBy(() -> executer.executeImpl(action, document))
                .isInstanceOf(InvalidRetentionInputException.class)
                .hasMessageContaining("start-date-property").hasMessageContaining("cm:from");
    }

    @Test
    void aDeletedNodeIsIgnored() {
        NodeRef document = repository.document(inbox, Map.of());
        repository.delete(document);
        when(action.getParameterValue("retention-type")).thenReturn("VOG");

        executer.executeImpl(action, document);

        assertThat(repository.hasAspect(document, RetentionModel.ASPECT_RETAINABLE)).isFalse();
    }
}
