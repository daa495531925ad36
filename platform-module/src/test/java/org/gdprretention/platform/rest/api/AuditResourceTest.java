package org.gdprretention.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.core.exceptions.PermissionDeniedException;
import org.alfresco.rest.framework.webscripts.WithResponse;
import org.gdprretention.core.proof.AuditHead;
import org.gdprretention.platform.proof.AuditLogCheck;
import org.gdprretention.platform.proof.AuditLogVerifier;
import org.gdprretention.platform.rest.RestJson;
import org.gdprretention.platform.rest.RestRequest;
import org.gdprretention.platform.rest.model.AuditVerificationEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /audit/-current-/verify}: officers check the hash chain; a break names the first broken entry. */
class AuditResourceTest {

    private static final AuditHead HEAD = new AuditHead(42, "a".repeat(64));

    private final AdminCallers callers = new AdminCallers();
    private final AuditLogVerifier verifier = mock(AuditLogVerifier.class);
    private final AuditResource resource = new AuditResource();

    @BeforeEach
    void setUp() {
        resource.setVerifier(verifier);
        resource.setAccess(callers.access);
        resource.afterPropertiesSet();
    }

    @AfterEach
    void tearDown() {
        AdminCallers.reset();
    }

    @Test
    void anIntactLogSaysHowManyEntriesWereChecked() {
        when(verifier.check()).thenReturn(new AuditLogCheck(AuditLogCheck.Outcome.INTACT, 0, "", HEAD, HEAD));
        AdminCallers.as(AdminCallers.OFFICER);

        WithResponse response = org.gdprretention.platform.rest.RestResponses.of(AuditResource.class, "verify");
        AuditVerificationEntry entry = verify("-current-", response);

        // a check creates nothing: 200, not the 201 ACS answers a POST by default
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(entry.isIntact()).isTrue();
        assertThat(entry.getChecked()).isEqualTo(42);
        assertThat(entry.getFirstBrokenEntry()).isNull();
    }

    @Test
    void aBrokenChainNamesTheFirstBrokenEntry() {
        when(verifier.check()).thenReturn(new AuditLogCheck(AuditLogCheck.Outcome.BROKEN, 17,
                "entry 17 does not match its hash", HEAD, HEAD));
        AdminCallers.as(AdminCallers.ADMIN);

        AuditVerificationEntry entry = verify("-current-");

        AdminJson.assertMatchesFixture(RestJson.entry(entry), "admin/audit-verification-broken.json");
    }

    @Test
    void aReaderMayNotVerifyAndOnlyTheCurrentLogExists() {
        AdminCallers.as(AdminCallers.READER);
        assertThatThrownBy(() -> verify("-current-")).isInstanceOf(PermissionDeniedException.class);
        AdminCallers.as(AdminCallers.OFFICER);
        assertThatThrownBy(() -> verify("-my-")).isInstanceOf(EntityNotFoundException.class);
        verifyNoInteractions(verifier);
    }

    private AuditVerificationEntry verify(String id) {
        return verify(id, org.gdprretention.platform.rest.RestResponses.of(AuditResource.class, "verify"));
    }

    private AuditVerificationEntry verify(String id, WithResponse response) {
        return resource.verify(id, null, RestRequest.query("").entityId(id).parameters(), response);
    }
}
