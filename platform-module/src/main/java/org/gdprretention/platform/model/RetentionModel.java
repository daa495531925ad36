package org.gdprretention.platform.model;

import org.alfresco.service.namespace.QName;

/**
 * The names of the content model {@code gdpr:retentionModel} ({@code model/retentionModel.xml}), for Java code.
 * A model test keeps this interface and the XML in step in both directions, so a rename in one fails the build.
 */
public interface RetentionModel {
    String NAMESPACE_URI = "http://www.gdprretention.org/model/retention/1.0";
    String PREFIX = "gdpr";

    QName MODEL = QName.createQName(NAMESPACE_URI, "retentionModel");

    // Constraints, for reading their allowed values and labels from the dictionary.
    QName CONSTRAINT_STATUS_LIST = QName.createQName(NAMESPACE_URI, "statusList");
    QName CONSTRAINT_CATEGORY_LIST = QName.createQName(NAMESPACE_URI, "categoryList");
    QName CONSTRAINT_CONSENT_STATE_LIST = QName.createQName(NAMESPACE_URI, "consentStateList");
    QName CONSTRAINT_DISPOSAL_MODE_LIST = QName.createQName(NAMESPACE_URI, "disposalModeList");
    QName CONSTRAINT_CHANNEL_LIST = QName.createQName(NAMESPACE_URI, "channelList");
    QName CONSTRAINT_MOMENT_KIND_LIST = QName.createQName(NAMESPACE_URI, "momentKindList");
    QName CONSTRAINT_ISO_PERIOD = QName.createQName(NAMESPACE_URI, "isoPeriod");
    QName CONSTRAINT_START_TRIGGER_FORM = QName.createQName(NAMESPACE_URI, "startTriggerForm");
    QName CONSTRAINT_NON_NEGATIVE = QName.createQName(NAMESPACE_URI, "nonNegative");
    QName CONSTRAINT_CONSENT_LEAD_DAYS_RANGE = QName.createQName(NAMESPACE_URI, "consentLeadDaysRange");

    // gdpr:retainable: the document's retention; the CMIS secondary type P:gdpr:retainable.
    QName ASPECT_RETAINABLE = QName.createQName(NAMESPACE_URI, "retainable");
    QName PROP_RETENTION_TYPE = QName.createQName(NAMESPACE_URI, "retentionType");
    QName PROP_RETENTION_START = QName.createQName(NAMESPACE_URI, "retentionStart");
    QName PROP_EXPIRY_DATE = QName.createQName(NAMESPACE_URI, "expiryDate");
    QName PROP_STATUS = QName.createQName(NAMESPACE_URI, "status");
    QName PROP_CATEGORY = QName.createQName(NAMESPACE_URI, "category");
    QName PROP_TEMPLATE = QName.createQName(NAMESPACE_URI, "template");
    QName PROP_TEMPLATE_REF = QName.createQName(NAMESPACE_URI, "templateRef");
    QName PROP_EXTENSION_COUNT = QName.createQName(NAMESPACE_URI, "extensionCount");
    QName PROP_GRANTED_EXTENSIONS = QName.createQName(NAMESPACE_URI, "grantedExtensions");
    QName PROP_COMPUTED_RULES = QName.createQName(NAMESPACE_URI, "computedRules");
    QName PROP_ORIGINAL_CREATED = QName.createQName(NAMESPACE_URI, "originalCreated");
    QName PROP_CONSENT_STATUS = QName.createQName(NAMESPACE_URI, "consentStatus");
    QName PROP_CONSENT_REQUESTED_AT = QName.createQName(NAMESPACE_URI, "consentRequestedAt");
    QName PROP_CONSENT_REQUESTED_FOR = QName.createQName(NAMESPACE_URI, "consentRequestedFor");
    QName PROP_SUBJECT_ID = QName.createQName(NAMESPACE_URI, "subjectId");
    QName PROP_SUBJECT_EMAIL = QName.createQName(NAMESPACE_URI, "subjectEmail");
    QName PROP_SUBJECT_NAME = QName.createQName(NAMESPACE_URI, "subjectName");
    QName PROP_SUBJECT_LANGUAGE = QName.createQName(NAMESPACE_URI, "subjectLanguage");
    QName ASSOC_CONTACT_MOMENTS = QName.createQName(NAMESPACE_URI, "contactMoments");

    // gdpr:legalHold: blocks every purge while present.
    QName ASPECT_LEGAL_HOLD = QName.createQName(NAMESPACE_URI, "legalHold");
    QName PROP_HOLD_REASON = QName.createQName(NAMESPACE_URI, "holdReason");
    QName PROP_HOLD_SINCE = QName.createQName(NAMESPACE_URI, "holdSince");
    QName PROP_HOLD_BY = QName.createQName(NAMESPACE_URI, "holdBy");

    // gdpr:dataSubject: on a dossier folder or a document.
    QName ASPECT_DATA_SUBJECT = QName.createQName(NAMESPACE_URI, "dataSubject");
    QName PROP_DATA_SUBJECT_ID = QName.createQName(NAMESPACE_URI, "dataSubjectId");
    QName PROP_DATA_SUBJECT_NAME = QName.createQName(NAMESPACE_URI, "dataSubjectName");
    QName PROP_DATA_SUBJECT_EMAIL = QName.createQName(NAMESPACE_URI, "dataSubjectEmail");
    QName PROP_DATA_SUBJECT_LANGUAGE = QName.createQName(NAMESPACE_URI, "dataSubjectLanguage");
    QName PROP_RELATIONSHIP_END = QName.createQName(NAMESPACE_URI, "relationshipEnd");

    // gdpr:templateBinding: on a document template.
    QName ASPECT_TEMPLATE_BINDING = QName.createQName(NAMESPACE_URI, "templateBinding");
    QName PROP_BOUND_RETENTION_TYPE = QName.createQName(NAMESPACE_URI, "boundRetentionType");

    // gdpr:retentionTypeDefinition: a catalogue entry.
    QName TYPE_RETENTION_TYPE_DEFINITION = QName.createQName(NAMESPACE_URI, "retentionTypeDefinition");
    QName PROP_TYPE_CODE = QName.createQName(NAMESPACE_URI, "typeCode");
    QName PROP_TYPE_LABEL_EN = QName.createQName(NAMESPACE_URI, "typeLabelEn");
    QName PROP_TYPE_LABEL_NL = QName.createQName(NAMESPACE_URI, "typeLabelNl");
    QName PROP_TYPE_PERIOD = QName.createQName(NAMESPACE_URI, "typePeriod");
    QName PROP_TYPE_START_TRIGGER = QName.createQName(NAMESPACE_URI, "typeStartTrigger");
    QName PROP_TYPE_CATEGORY = QName.createQName(NAMESPACE_URI, "typeCategory");
    QName PROP_TYPE_EXTENDABLE = QName.createQName(NAMESPACE_URI, "typeExtendable");
    QName PROP_TYPE_EXTENSION_PERIOD = QName.createQName(NAMESPACE_URI, "typeExtensionPeriod");
    QName PROP_TYPE_MAX_EXTENSIONS = QName.createQName(NAMESPACE_URI, "typeMaxExtensions");
    QName PROP_TYPE_CONSENT_LEAD_DAYS = QName.createQName(NAMESPACE_URI, "typeConsentLeadDays");
    QName PROP_TYPE_DISPOSAL_MODE = QName.createQName(NAMESPACE_URI, "typeDisposalMode");

    // gdpr:contactMoment: one step of the extension and consent history, a child of the document.
    QName TYPE_CONTACT_MOMENT = QName.createQName(NAMESPACE_URI, "contactMoment");
    QName PROP_MOMENT_KIND = QName.createQName(NAMESPACE_URI, "momentKind");
    QName PROP_MOMENT_CHANNEL = QName.createQName(NAMESPACE_URI, "momentChannel");
    QName PROP_MOMENT_ACTOR = QName.createQName(NAMESPACE_URI, "momentActor");
    QName PROP_MOMENT_AT = QName.createQName(NAMESPACE_URI, "momentAt");
    QName PROP_MOMENT_OLD_EXPIRY = QName.createQName(NAMESPACE_URI, "momentOldExpiry");
    QName PROP_MOMENT_NEW_EXPIRY = QName.createQName(NAMESPACE_URI, "momentNewExpiry");
    QName PROP_MOMENT_NOTE = QName.createQName(NAMESPACE_URI, "momentNote");

    // gdpr:disposalRecord: proof of a purge that outlives the document.
    QName TYPE_DISPOSAL_RECORD = QName.createQName(NAMESPACE_URI, "disposalRecord");
    QName PROP_DISPOSED_DOCUMENT_ID = QName.createQName(NAMESPACE_URI, "disposedDocumentId");
    QName PROP_DISPOSED_NAME = QName.createQName(NAMESPACE_URI, "disposedName");
    QName PROP_DISPOSED_PATH = QName.createQName(NAMESPACE_URI, "disposedPath");
    QName PROP_DISPOSED_TEMPLATE = QName.createQName(NAMESPACE_URI, "disposedTemplate");
    QName PROP_DISPOSED_RETENTION_TYPE = QName.createQName(NAMESPACE_URI, "disposedRetentionType");
    QName PROP_DISPOSED_CATEGORY = QName.createQName(NAMESPACE_URI, "disposedCategory");
    QName PROP_DISPOSED_START = QName.createQName(NAMESPACE_URI, "disposedStart");
    QName PROP_DISPOSED_EXPIRY = QName.createQName(NAMESPACE_URI, "disposedExpiry");
    QName PROP_PURGED_AT = QName.createQName(NAMESPACE_URI, "purgedAt");
    QName PROP_PURGED_BY = QName.createQName(NAMESPACE_URI, "purgedBy");
    QName PROP_DISPOSAL_REASON = QName.createQName(NAMESPACE_URI, "disposalReason");
    QName PROP_DISPOSAL_FORCED = QName.createQName(NAMESPACE_URI, "disposalForced");
    QName PROP_BINARIES_REMOVED = QName.createQName(NAMESPACE_URI, "binariesRemoved");
    QName PROP_BINARIES_KEPT = QName.createQName(NAMESPACE_URI, "binariesKept");

    // gdpr:auditEntry: one entry of the hash-chained audit log; gdpr:auditHead on its folder holds the last one.
    QName TYPE_AUDIT_ENTRY = QName.createQName(NAMESPACE_URI, "auditEntry");
    QName PROP_AUDIT_SEQUENCE = QName.createQName(NAMESPACE_URI, "auditSequence");
    QName PROP_AUDIT_TIME = QName.createQName(NAMESPACE_URI, "auditTime");
    QName PROP_AUDIT_ACTOR = QName.createQName(NAMESPACE_URI, "auditActor");
    QName PROP_AUDIT_ACTION = QName.createQName(NAMESPACE_URI, "auditAction");
    QName PROP_AUDIT_SUBJECT = QName.createQName(NAMESPACE_URI, "auditSubject");
    QName PROP_AUDIT_DETAILS = QName.createQName(NAMESPACE_URI, "auditDetails");
    QName PROP_AUDIT_PREVIOUS_HASH = QName.createQName(NAMESPACE_URI, "auditPreviousHash");
    QName PROP_AUDIT_HASH = QName.createQName(NAMESPACE_URI, "auditHash");
    QName ASPECT_AUDIT_HEAD = QName.createQName(NAMESPACE_URI, "auditHead");
    QName PROP_AUDIT_HEAD_SEQUENCE = QName.createQName(NAMESPACE_URI, "auditHeadSequence");
    QName PROP_AUDIT_HEAD_HASH = QName.createQName(NAMESPACE_URI, "auditHeadHash");

    // gdpr:catalogueRevision: on the Retention Types folder, a new token with every catalogue change.
    QName ASPECT_CATALOGUE_REVISION = QName.createQName(NAMESPACE_URI, "catalogueRevision");
    QName PROP_CATALOGUE_REVISION_TOKEN = QName.createQName(NAMESPACE_URI, "catalogueRevisionToken");

    // gdpr:recomputePending: on a folder whose documents are still to be recomputed after a change of it.
    QName ASPECT_RECOMPUTE_PENDING = QName.createQName(NAMESPACE_URI, "recomputePending");
    QName PROP_RECOMPUTE_REQUESTED_AT = QName.createQName(NAMESPACE_URI, "recomputeRequestedAt");

    // gdpr:extensionRequest: a pending extension request on a document (workflow gdprExtensionRequest).
    QName ASPECT_EXTENSION_REQUEST = QName.createQName(NAMESPACE_URI, "extensionRequest");
    QName PROP_EXTENSION_REQUEST_ID = QName.createQName(NAMESPACE_URI, "extensionRequestId");
    QName PROP_EXTENSION_REQUESTED_BY = QName.createQName(NAMESPACE_URI, "extensionRequestedBy");
    QName PROP_EXTENSION_REQUESTED_AT = QName.createQName(NAMESPACE_URI, "extensionRequestedAt");
    QName PROP_EXTENSION_REASON = QName.createQName(NAMESPACE_URI, "extensionReason");
    QName PROP_EXTENSION_WORKFLOW_ID = QName.createQName(NAMESPACE_URI, "extensionWorkflowId");
    // gdpr:consentRequest: one consent mail to one data subject, under GDPR Retention/Consent Requests.
    QName CONSTRAINT_CONSENT_REQUEST_STATE_LIST = QName.createQName(NAMESPACE_URI, "consentRequestStateList");
    QName TYPE_CONSENT_REQUEST = QName.createQName(NAMESPACE_URI, "consentRequest");
    QName PROP_CONSENT_SUBJECT_ID = QName.createQName(NAMESPACE_URI, "consentSubjectId");
    QName PROP_CONSENT_DOCUMENTS = QName.createQName(NAMESPACE_URI, "consentDocuments");
    QName PROP_CONSENT_EXPIRES_AT = QName.createQName(NAMESPACE_URI, "consentExpiresAt");
    QName PROP_CONSENT_TOKEN_HASH = QName.createQName(NAMESPACE_URI, "consentTokenHash");
    QName PROP_CONSENT_REQUEST_STATE = QName.createQName(NAMESPACE_URI, "consentRequestState");
    QName PROP_CONSENT_LOCALE = QName.createQName(NAMESPACE_URI, "consentLocale");
    QName PROP_CONSENT_SENT_AT = QName.createQName(NAMESPACE_URI, "consentSentAt");
    QName PROP_CONSENT_ANSWERED_AT = QName.createQName(NAMESPACE_URI, "consentAnsweredAt");
}
