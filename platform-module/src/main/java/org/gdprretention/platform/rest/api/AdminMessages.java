package org.gdprretention.platform.rest.api;

/**
 * Message ids of the administration resources' errors. ACS's REST framework resolves an exception's message id
 * through the registered bundles in the caller's locale (bundle
 * {@code alfresco/module/gdpr-retention-platform/messages/rest-admin}, English and Dutch), and writes the id as
 * {@code errorKey} so that a client can react to it without parsing text.
 */
public final class AdminMessages {

    private static final String PREFIX = "gdpr.rest.admin.error.";

    public static final String NOT_OFFICER = PREFIX + "notOfficer";
    public static final String UNKNOWN_PARAMETER = PREFIX + "unknownParameter";
    public static final String REPEATED_PARAMETER = PREFIX + "repeatedParameter";
    public static final String MAX_ITEMS = PREFIX + "maxItems";
    public static final String ORDER_BY = PREFIX + "orderBy";
    public static final String INCLUDE = PREFIX + "include";
    public static final String NODE_ID = PREFIX + "nodeId";
    public static final String BODY_MISSING = PREFIX + "bodyMissing";
    public static final String FIELD_INVALID = PREFIX + "fieldInvalid";
    public static final String RETENTION_TYPE_NOT_FOUND = PREFIX + "retentionTypeNotFound";
    public static final String RETENTION_TYPE_EXISTS = PREFIX + "retentionTypeExists";
    public static final String CODE_MISMATCH = PREFIX + "codeMismatch";
    public static final String CATALOGUE_MISSING = PREFIX + "catalogueMissing";
    public static final String TEMPLATE_NOT_FOUND = PREFIX + "templateNotFound";
    public static final String DISPOSAL_NOT_FOUND = PREFIX + "disposalNotFound";
    public static final String SWEEP_NOT_FOUND = PREFIX + "sweepNotFound";
    public static final String SWEEP_RUNNING = PREFIX + "sweepRunning";
    public static final String AUDIT_NOT_FOUND = PREFIX + "auditNotFound";
    public static final String EXTENSION_STATE = PREFIX + "extensionState";
    public static final String EXTENSION_REQUEST_NOT_FOUND = PREFIX + "extensionRequestNotFound";
    public static final String EXTENSION_REQUEST_ID = PREFIX + "extensionRequestId";
    public static final String DOCUMENT_NOT_FOUND = PREFIX + "documentNotFound";

    private AdminMessages() {
    }

    /** The 409 of an extension step the engine refuses, one message per reason. */
    public static String extensionRefused(org.gdprretention.core.extension.ExtensionRefusedException.Reason reason) {
        return PREFIX + "extensionRefused." + reason.name();
    }
}
