package org.gdprretention.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gdprretention.platform.rest.api.ExtensionRequestsResource;
import org.gdprretention.platform.rest.api.LegalHoldsRelation;
import org.gdprretention.platform.rest.api.RetentionsEntityResource;
import org.gdprretention.platform.rest.api.SweepsResource;
import org.gdprretention.platform.rest.api.TemplateBindingsResource;
import org.junit.jupiter.api.Test;

/** The double hands out the status ACS's framework starts a response with (ResourceInspector.validSuccessCode). */
class RestResponsesTest {

    @Test
    void anOperationIsAPostAndStartsAs201LikeACreate() {
        assertThat(RestResponses.defaultStatus(SweepsResource.class, "run")).isEqualTo(201);
        assertThat(RestResponses.defaultStatus(ExtensionRequestsResource.class, "deny")).isEqualTo(201);
        assertThat(RestResponses.defaultStatus(ExtensionRequestsResource.class, "create")).isEqualTo(201);
        assertThat(RestResponses.defaultStatus(LegalHoldsRelation.class, "create")).isEqualTo(201);
    }

    @Test
    void readsAndUpdatesAre200AndDeletes204() {
        assertThat(RestResponses.defaultStatus(RetentionsEntityResource.class, "readAll")).isEqualTo(200);
        assertThat(RestResponses.defaultStatus(RetentionsEntityResource.class, "readById")).isEqualTo(200);
        assertThat(RestResponses.defaultStatus(TemplateBindingsResource.class, "update")).isEqualTo(200);
        assertThat(RestResponses.defaultStatus(TemplateBindingsResource.class, "delete")).isEqualTo(204);
        assertThat(RestResponses.of(LegalHoldsRelation.class, "delete").getStatus()).isEqualTo(204);
    }

    @Test
    void aMethodTheFrameworkNeverCallsHasNoStatus() {
        assertThatThrownBy(() -> RestResponses.defaultStatus(SweepsResource.class, "setRuns"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
