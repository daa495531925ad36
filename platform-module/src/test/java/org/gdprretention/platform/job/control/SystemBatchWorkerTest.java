package org.gdprretention.platform.job.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.gdprretention.platform.testsupport.InlineBatchRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With one worker thread BatchProcessor runs the batches on the caller's thread, as {@link InlineBatchRunner} does. */
class SystemBatchWorkerTest {

    @AfterEach
    void clear() {
        AuthenticationUtil.clearCurrentSecurityContext();
    }

    @Test
    void entriesRunAsSystemAndTheCallersAuthenticationIsPutBackAfterwards() {
        AuthenticationUtil.setFullyAuthenticatedUser("officer");
        List<String> usersSeen = new ArrayList<>();

        new InlineBatchRunner().run("test", new OnePageWorkProvider<>(List.of("a", "b")), new SystemBatchWorker<String>() {
            @Override
            public void process(String entry) {
                usersSeen.add(AuthenticationUtil.getRunAsUser());
            }
        });

        assertThat(usersSeen).containsExactly("System", "System");
        assertThat(AuthenticationUtil.getRunAsUser()).isEqualTo("officer");
        assertThat(AuthenticationUtil.getFullyAuthenticatedUser()).isEqualTo("officer");
    }

    @Test
    void aCallerRunningAsSystemKeepsRunningAsSystem() {
        String after = AuthenticationUtil.runAsSystem(() -> {
            new InlineBatchRunner().run("test", new OnePageWorkProvider<>(List.of("a")), new SystemBatchWorker<String>() {
                @Override
                public void process(String entry) {
                    // nothing to do
                }
            });
            return AuthenticationUtil.getRunAsUser();
        });

        assertThat(after).isEqualTo("System");
    }
}
