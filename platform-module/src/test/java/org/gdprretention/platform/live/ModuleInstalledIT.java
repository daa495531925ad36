package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.live.AcsClient.DISCOVERY;
import static org.gdprretention.platform.live.AcsClient.V1;
import static org.gdprretention.platform.live.AcsClient.array;
import static org.gdprretention.platform.live.AcsClient.object;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live smoke test: the repository module is deployed and its actions are registered. Needs {@code ACS_URL}.
 */
class ModuleInstalledIT {

    private static final String MODULE_ID = "gdpr-retention-platform";

    private AcsClient acs;

    @BeforeEach
    void connect() {
        acs = AcsClient.fromEnvironment();
    }

    @Test
    void discoveryListsTheModuleAsBuilt() throws IOException {
        // given: the module.properties this build packaged
        Properties built = builtModuleProperties();

        // when
        Map<String, Object> repository = object(acs.get(DISCOVERY).expect(200).entry().get("repository"));

        // then: listed once, with the id, title and version of this build
        List<Map<String, Object>> ours = array(repository.get("modules")).stream()
                .map(AcsClient::object)
                .filter(module -> MODULE_ID.equals(module.get("id")))
                .toList();
        assertThat(ours).as("modules in %s", repository.get("modules")).singleElement().satisfies(module -> {
            assertThat(module.get("title")).isEqualTo(built.getProperty("module.title"));
            assertThat((String) module.get("version"))
                    .startsWith(built.getProperty("module.version").replace("-SNAPSHOT", ""));
        });
    }

    @Test
    void theModuleActionsAreRegistered() {
        // given: the action ids the module declares
        List<String> actionIds = List.of("gdpr-apply-retention", "gdpr-purge", "gdpr-set-legal-hold",
                "gdpr-lift-legal-hold");

        for (String actionId : actionIds) {
            // when
            Map<String, Object> definition = acs.get(V1 + "/action-definitions/" + actionId).expect(200).entry();

            // then
            assertThat(definition.get("name")).as(actionId).isEqualTo(actionId);
        }
        Map<String, Object> setHold = acs.get(V1 + "/action-definitions/gdpr-set-legal-hold").expect(200).entry();
        assertThat(array(setHold.get("parameterDefinitions")))
                .map(AcsClient::object)
                .anySatisfy(parameter -> {
                    assertThat(parameter.get("name")).isEqualTo("reason");
                    assertThat(parameter.get("mandatory")).isEqualTo(Boolean.TRUE);
                });
    }

    private static Properties builtModuleProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ModuleInstalledIT.class.getResourceAsStream(
                "/alfresco/module/" + MODULE_ID + "/module.properties")) {
            assertThat(in).as("module.properties on the test class path").isNotNull();
            properties.load(in);
        }
        assertThat(properties.getProperty("module.id")).isEqualTo(MODULE_ID);
        return properties;
    }
}
