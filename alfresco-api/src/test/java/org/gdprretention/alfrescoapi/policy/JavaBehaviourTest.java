package org.gdprretention.alfrescoapi.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.junit.jupiter.api.Test;

class JavaBehaviourTest {

    @Test
    void keepsTheFrequencyAndNamesTheMethod() {
        JavaBehaviour behaviour = new JavaBehaviour(this, "onAddAspect", NotificationFrequency.TRANSACTION_COMMIT);

        assertThat(behaviour.getNotificationFrequency()).isEqualTo(NotificationFrequency.TRANSACTION_COMMIT);
        assertThat(behaviour).hasToString("Java method[class=" + JavaBehaviourTest.class.getName()
                + ", method=onAddAspect]");
        assertThat(new JavaBehaviour(this, "onCreateNode").getNotificationFrequency())
                .isEqualTo(NotificationFrequency.EVERY_EVENT);
    }

    @Test
    void needsAMethodName() {
        assertThatThrownBy(() -> new JavaBehaviour(this, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A Java behaviour needs an instance and a method name");
    }
}
