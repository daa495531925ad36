package org.gdprretention.platform.rest.api;

import org.alfresco.rest.framework.Operation;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.rest.framework.webscripts.WithResponse;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.proof.AuditLogCheck;
import org.gdprretention.platform.proof.AuditLogVerifier;
import org.gdprretention.platform.rest.model.AuditVerificationEntry;
import org.springframework.beans.factory.InitializingBean;

/**
 * {@code POST /audit/-current-/verify}: checks the hash-chained audit log (each entry, the chain, the head on the
 * Audit Log folder and ACS's own audit trail) and reports the first broken entry; officers and administrators only.
 * It changes nothing.
 */
@EntityResource(name = "audit", title = "The module's audit log")
public class AuditResource implements InitializingBean {

    static final String CURRENT = "-current-";

    private AuditLogVerifier verifier;
    private AdminAccess access;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "verifier", verifier);
        PropertyCheck.mandatory(this, "access", access);
    }

    @Operation("verify")
    public AuditVerificationEntry verify(String id, Void body, Parameters parameters, WithResponse withResponse) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        if (!CURRENT.equals(id)) {
            throw new EntityNotFoundException(AdminMessages.AUDIT_NOT_FOUND,
                    new String[] {AdminParameters.abbreviate(id)});
        }
        AuditLogCheck check = verifier.check();
        long checked = check.repositoryHead() == null ? 0 : check.repositoryHead().sequence();
        withResponse.setStatus(200); // a check creates nothing: not the 201 ACS gives a POST by default
        return new AuditVerificationEntry(check.intact(), checked, check.intact() ? null : check.entry(),
                check.outcome().name(), check.intact() ? null : check.explanation());
    }

    public void setVerifier(AuditLogVerifier verifier) {
        this.verifier = verifier;
    }

    public void setAccess(AdminAccess access) {
        this.access = access;
    }
}
