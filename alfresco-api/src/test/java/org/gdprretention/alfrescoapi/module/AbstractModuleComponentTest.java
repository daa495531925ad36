package org.gdprretention.alfrescoapi.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.repo.security.authentication.AuthenticationComponent;
import org.alfresco.service.ServiceRegistry;
import org.alfresco.service.cmr.module.ModuleService;
import org.junit.jupiter.api.Test;

class AbstractModuleComponentTest {

    static final class Bootstrap extends AbstractModuleComponent {
        @Override
        protected void executeInternal() {
        }

        void check() {
            checkProperties();
        }
    }

    @Test
    void registersWithTheModuleServiceOnInit() {
        Bootstrap bootstrap = new Bootstrap();
        ModuleService moduleService = mock(ModuleService.class);
        bootstrap.setModuleService(moduleService);

        bootstrap.init();

        verify(moduleService).registerComponent(bootstrap);
    }

    @Test
    void takesItsNameFromTheBeanAndKeepsItsSettings() {
        Bootstrap bootstrap = new Bootstrap();
        bootstrap.setBeanName("gdpr-retention.bootstrap");
        bootstrap.setModuleId("gdpr-retention-platform");
        bootstrap.setDescription("Creates the retention folders");

        assertThat(bootstrap.getName()).isEqualTo("gdpr-retention.bootstrap");
        assertThat(bootstrap.getModuleId()).isEqualTo("gdpr-retention-platform");
        assertThat(bootstrap.getDescription()).isEqualTo("Creates the retention folders");
        assertThat(bootstrap.isExecuteOnceOnly()).isTrue();
        assertThat(bootstrap.getDependsOn()).isEmpty();
    }

    @Test
    void checkPropertiesNamesTheFirstMissingProperty() {
        Bootstrap bootstrap = new Bootstrap();
        bootstrap.setServiceRegistry(mock(ServiceRegistry.class));
        bootstrap.setAuthenticationComponent(mock(AuthenticationComponent.class));
        bootstrap.setName("bootstrap");

        assertThatThrownBy(bootstrap::check).isInstanceOf(AlfrescoRuntimeException.class)
                .hasMessageStartingWith("system.err.property_not_set [moduleId, ");
    }

    @Test
    void leavesExecutionToAcs() {
        assertThatThrownBy(() -> new Bootstrap().execute()).isInstanceOf(UnsupportedOperationException.class);
    }
}
