package org.gdprretention.platform.disposal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.domain.contentdata.ContentDataDAO;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport.TxnReadState;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.coci.CheckOutCheckInService;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.alfresco.util.transaction.TransactionListenerAdapter;
import org.gdprretention.core.DisposalMode;
import org.gdprretention.core.DocumentId;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.disposal.DisposalCandidate;
import org.gdprretention.core.disposal.DisposalPlan;
import org.gdprretention.core.disposal.DisposalPlanner;
import org.gdprretention.core.disposal.DisposalRequest;
import org.gdprretention.core.disposal.ExcludedDocument;
import org.gdprretention.core.disposal.PlannedDisposal;
import org.gdprretention.core.disposal.SharedBinaryPolicy;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.extension.ExtensionPurgeHold;
import org.gdprretention.core.proof.DisposalRecord;
import org.gdprretention.core.proof.RemovedBinary;
import org.gdprretention.core.proof.RetainedBinary;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.proof.DisposalRecordWriter;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Hard delete with proof. For each document, in its own retrying transaction and as the system user (after the
 * caller's permission was checked): write the disposal record and an audit entry, delete the version history,
 * the renditions and the node without passing through the trashcan; after that transaction commits, remove the
 * binaries nothing else references from the content store and complete the record. A failure rolls back that one
 * document; the others go on. A dry run reads and plans exactly as a real run and writes nothing.
 *
 * <p>What may be purged is the engine's decision ({@link DisposalPlanner}); this class only carries it out.
 */
public class PurgeService implements InitializingBean {

    public static final String AUDIT_PURGE = "purge";
    public static final String AUDIT_PURGE_BINARIES = "purge.binaries";
    /** One entry per dry run: who asked about which documents, and what a purge would have done with each. */
    public static final String AUDIT_PURGE_DRY_RUN = "purge.dryRun";
    public static final String SCHEDULED_REASON = "purged once the current transaction commits, in a transaction of"
            + " its own, if it still may be then; its disposal record and the audit log show the outcome";

    private static final Logger LOGGER = LoggerFactory.getLogger(PurgeService.class);

    // The planner sees sharing among the documents of one call; references from the rest of the repository are
    // not guessed beforehand but checked by the database after the purge commits (see ContentStoreCleanup).
    private static final DisposalPlanner PLANNER = new DisposalPlanner((url, beingPurged) -> false);

    private NodeService nodeService;
    private VersionService versionService;
    private ContentService contentService;
    private PermissionService permissionService;
    private DictionaryService dictionaryService;
    private CheckOutCheckInService checkOutCheckInService;
    private AuthorityService authorityService;
    private TransactionService transactionService;
    private ContentDataDAO contentDataDAO;
    private AttributeService attributeService;
    private String hmacSecret;
    private EagerContentStoreCleaner eagerContentStoreCleaner;
    private RepositoryRetentionCatalogue catalogue;
    private RetentionStatusEvaluator statusEvaluator;
    private DisposalRecordWriter disposalRecordWriter;
    private RepositoryAuditLog auditLog;
    private boolean keepNames;
    private boolean hashBinaries = true;
    private Clock clock = Clock.systemUTC();

    private PurgePermission permission;
    private NodePermissionCheck nodePermission;
    private DocumentReader reader;
    private DocumentAssessor assessor;
    private ExtensionPurgeHold extensionPurgeHold;
    private DocumentPurger purger;
    private BinaryHasher hasher;
    private ContentStoreCleanup storeCleanup;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "versionService", versionService);
        PropertyCheck.mandatory(this, "contentService", contentService);
        PropertyCheck.mandatory(this, "permissionService", permissionService);
        PropertyCheck.mandatory(this, "dictionaryService", dictionaryService);
        PropertyCheck.mandatory(this, "checkOutCheckInService", checkOutCheckInService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "contentDataDAO", contentDataDAO);
        PropertyCheck.mandatory(this, "attributeService", attributeService);
        PropertyCheck.mandatory(this, "eagerContentStoreCleaner", eagerContentStoreCleaner);
        PropertyCheck.mandatory(this, "catalogue", catalogue);
        PropertyCheck.mandatory(this, "statusEvaluator", statusEvaluator);
        PropertyCheck.mandatory(this, "disposalRecordWriter", disposalRecordWriter);
        PropertyCheck.mandatory(this, "auditLog", auditLog);
        PropertyCheck.mandatory(this, "extensionPurgeHold", extensionPurgeHold);
        permission = new PurgePermission(authorityService);
        nodePermission = new NodePermissionCheck(permissionService);
        reader = new DocumentReader(nodeService, versionService, permissionService, dictionaryService,
                checkOutCheckInService, statusEvaluator.calculator().zone());
        assessor = new DocumentAssessor(statusEvaluator, extensionPurgeHold);
        purger = new DocumentPurger(nodeService, versionService);
        hasher = new BinaryHasher(contentService, new HmacSecret(attributeService, hmacSecret));
        storeCleanup = new ContentStoreCleanup(contentDataDAO, eagerContentStoreCleaner, transactionService);
    }

    /**
     * Purges the documents for the signed-in person, or with {@link PurgeOptions#dryRun()} reports what a purge
     * would do. The caller is the fully authenticated user (see {@link PurgePermission}): an administrator or a GDPR
     * officer; anyone else, and the system user, has every document refused. Before anything is read as the system
     * user, each document is checked against the caller's own permissions, as the caller: Read for a dry run, Delete
     * for a purge. A document the caller may not see is refused without a word about its retention or hold.
     *
     * <p>Called inside a transaction (a request has one), a real purge is decided on that transaction's view
     * (refusals are final and reported at once) and carried out after it commits, each document in a transaction of
     * its own, and reported as {@link PurgeResult#SCHEDULED}. A new transaction nested in the open one could neither
     * see its uncommitted nodes nor get past the row locks it holds; joining it would tie the caller's work to every
     * document's purge. If the caller's transaction rolls back, nothing is purged.
     *
     * @return one outcome per distinct document, in the order given; never throws for a single document's problem
     */
    public PurgeReport purge(List<NodeRef> documents, PurgeOptions options) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(options, "options");
        return purgeAs(new ArrayList<>(new LinkedHashSet<>(documents)), options, permission.currentCaller());
    }

    /**
     * As {@link #purge(List, PurgeOptions)}, for an explicit caller: a scheduled job passes
     * {@link PurgeCaller#job(String)} and gets exactly a job's rights (expired documents of {@code AUTO_PURGE}
     * types, never forced), whoever the thread runs as.
     */
    public PurgeReport purge(List<NodeRef> documents, PurgeOptions options, PurgeCaller caller) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(caller, "caller");
        return purgeAs(new ArrayList<>(new LinkedHashSet<>(documents)), options, caller);
    }

    private PurgeReport purgeAs(List<NodeRef> distinct, PurgeOptions options, PurgeCaller caller) {
        if (!caller.mayPurge()) {
            LOGGER.warn("Purge of {} documents refused: {}", distinct.size(), caller.refusal());
            return new PurgeReport(options.dryRun(), distinct.stream()
                    .map(node -> PurgeOutcome.refused(node, caller.refusal())).toList());
        }
        Map<NodeRef, PurgeOutcome> notAllowed = nodePermission.refusals(distinct, caller, options);
        List<NodeRef> allowed = distinct.stream().filter(node -> !notAllowed.containsKey(node)).toList();
        PurgeReport work = allowed.isEmpty() ? new PurgeReport(options.dryRun(), List.of())
                : !options.dryRun() && insideTransaction()
                ? scheduleAfterCommit(allowed, caller, options)
                : run(allowed, caller, options);
        List<PurgeOutcome> outcomes = new ArrayList<>(distinct.size());
        for (NodeRef node : distinct) {
            outcomes.add(notAllowed.containsKey(node) ? notAllowed.get(node) : work.outcomeFor(node).orElseThrow());
        }
        PurgeReport report = new PurgeReport(options.dryRun(), outcomes);
        LOGGER.info("Purge by {}: {}", caller.userName(), report.summary());
        if (options.dryRun()) {
            auditDryRun(caller, report);
        }
        return report;
    }

    /**
     * A dry run changes no document, record or binary, but it is recorded: an officer's preview is a look at
     * retention and hold state, and a rule or script that keeps previewing shows up. In the caller's read-write
     * transaction if there is one (it stands or falls with it), else in a transaction of its own after the caller's
     * read-only one, or at once.
     */
    private void auditDryRun(PurgeCaller caller, PurgeReport report) {
        String subject = report.outcomes().size() == 1 ? report.outcomes().get(0).nodeRef().toString()
                : report.outcomes().size() + " documents";
        Map<String, String> details = new LinkedHashMap<>();
        details.put("summary", report.summary());
        for (PurgeOutcome outcome : report.outcomes()) {
            details.put("outcome." + outcome.nodeRef(), outcome.result() + ": " + outcome.reason());
        }
        Runnable append = () -> auditLog.append(caller.userName(), AUDIT_PURGE_DRY_RUN, subject, details);
        TxnReadState state = AlfrescoTransactionSupport.getTransactionReadState();
        if (state == TxnReadState.TXN_READ_WRITE) {
            append.run();
        } else if (state == TxnReadState.TXN_READ_ONLY) {
            AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
                @Override
                public void afterCommit() {
                    appendInOwnTransaction(append);
                }
            });
        } else {
            appendInOwnTransaction(append);
        }
    }

    private void appendInOwnTransaction(Runnable append) {
        // acs-lint: ok: reached only with no transaction open (directly, or after the caller's committed)
        asSystem(() -> transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            append.run();
            return null;
        }, false, true));
    }

    private static boolean insideTransaction() {
        return AlfrescoTransactionSupport.getTransactionReadState() != TxnReadState.TXN_NONE;
    }

    private PurgeReport scheduleAfterCommit(List<NodeRef> documents, PurgeCaller caller, PurgeOptions options) {
        PurgeReport plan = run(documents, caller, new PurgeOptions(true, options.forceReason(), options.batchLimit()));
        List<NodeRef> scheduled = new ArrayList<>();
        List<PurgeOutcome> outcomes = new ArrayList<>();
        for (PurgeOutcome planned : plan.outcomes()) {
            if (planned.result() == PurgeResult.WOULD_PURGE) {
                scheduled.add(planned.nodeRef());
                outcomes.add(PurgeOutcome.scheduled(planned.nodeRef(), SCHEDULED_REASON));
            } else {
                outcomes.add(planned);
            }
        }
        if (!scheduled.isEmpty()) {
            AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
                @Override
                public void afterCommit() {
                    purgeCommitted(scheduled, caller, options);
                }
            });
        }
        return new PurgeReport(false, outcomes);
    }

    /** In the committing thread, with no transaction open any more: each document gets one of its own. */
    private void purgeCommitted(List<NodeRef> documents, PurgeCaller caller, PurgeOptions options) {
        try {
            LOGGER.info("Purge by {} after commit: {}", caller.userName(), run(documents, caller, options).summary());
        } catch (RuntimeException e) {
            LOGGER.error("Purge by {} of {} documents after commit failed", caller.userName(), documents.size(), e);
        }
    }

    /**
     * Plans in one read-only transaction (joining the caller's, if there is one: only a dry run is made inside a
     * transaction) and, for a real run, purges each planned document in a new transaction of its own.
     */
    private PurgeReport run(List<NodeRef> distinct, PurgeCaller caller, PurgeOptions options) {
        String forceReason = caller.mayForce() ? options.forceReason() : null;
        Instant now = clock.instant();
        Map<DocumentId, DocumentAssessment> assessments = asSystem(() -> transactionService
                .getRetryingTransactionHelper().doInTransaction(() -> assessAll(distinct, caller, forceReason, now), true, false));
        DisposalPlan plan = PLANNER.plan(candidates(assessments), request(caller, options, options.batchLimit()));

        Map<DocumentId, PurgeOutcome> outcomes = new LinkedHashMap<>();
        for (ExcludedDocument excluded : plan.excluded()) {
            DocumentAssessment assessment = assessments.get(excluded.documentId());
            outcomes.put(excluded.documentId(), PurgeOutcome.refused(assessment.snapshot().nodeRef(),
                    RefusalReasons.text(excluded.reason(), assessment, caller, options)));
        }
        for (PlannedDisposal planned : plan.planned()) {
            DocumentAssessment assessment = assessments.get(planned.documentId());
            outcomes.put(planned.documentId(), options.dryRun()
                    ? wouldPurge(assessment, planned)
                    : purgeOne(assessment.snapshot().nodeRef(), caller, options, forceReason));
        }
        List<PurgeOutcome> ordered = new ArrayList<>(distinct.size());
        for (NodeRef node : distinct) {
            DocumentAssessment assessment = assessments.get(DocumentId.of(node.toString()));
            ordered.add(assessment.judged() ? outcomes.get(assessment.snapshot().documentId())
                    : PurgeOutcome.refused(node, assessment.refusal()));
        }
        return new PurgeReport(options.dryRun(), ordered);
    }

    private Map<DocumentId, DocumentAssessment> assessAll(List<NodeRef> documents, PurgeCaller caller,
                                                          String forceReason, Instant now) {
        RetentionCatalogue types = catalogue.current();
        Map<DocumentId, DocumentAssessment> assessments = new LinkedHashMap<>();
        for (NodeRef node : documents) {
            DocumentAssessment assessment = withinRights(caller,
                    assessor.assess(reader.read(node, keepNames), types, now, forceReason));
            assessments.put(assessment.snapshot().documentId(), assessment);
        }
        return assessments;
    }

    /** A job purges only documents whose retention type is disposed of automatically; people are not limited so. */
    private static DocumentAssessment withinRights(PurgeCaller caller, DocumentAssessment assessment) {
        if (caller.onlyAutoPurge() && assessment.judged() && assessment.type() != null
                && assessment.type().disposalMode() != DisposalMode.AUTO_PURGE) {
            return DocumentAssessment.refused(assessment.snapshot(), "NOT_AUTO_PURGE: retention type '"
                    + assessment.type().code() + "' is disposed of by an officer (" + assessment.type().disposalMode()
                    + "), not by a scheduled job");
        }
        return assessment;
    }

    private static List<DisposalCandidate> candidates(Map<DocumentId, DocumentAssessment> assessments) {
        return assessments.values().stream().filter(DocumentAssessment::judged).map(DocumentAssessment::candidate)
                .toList();
    }

    private static DisposalRequest request(PurgeCaller caller, PurgeOptions options, int batchLimit) {
        return new DisposalRequest(options.dryRun(), batchLimit, SharedBinaryPolicy.KEEP_BINARY, caller.userName(),
                options.forceReason());
    }

    private static PurgeOutcome wouldPurge(DocumentAssessment assessment, PlannedDisposal planned) {
        DocumentSnapshot snapshot = assessment.snapshot();
        List<RemovedBinary> removed = new ArrayList<>();
        planned.binariesToRemove().forEach(url -> removed.add(RemovedBinary.of(url, snapshot.sizeOf(url))));
        List<RetainedBinary> kept = new ArrayList<>();
        planned.binariesKept().forEach(binary -> kept.add(new RetainedBinary(binary.contentUrl(),
                "also used by a document this purge leaves alone")));
        planned.binariesSharedInPlan().forEach(url -> kept.add(new RetainedBinary(url,
                "also used by another document of this purge; removed with that one")));
        return new PurgeOutcome(snapshot.nodeRef(), PurgeResult.WOULD_PURGE, reasonOf(assessment, planned)
                + "; a binary is removed only if the repository finds no other reference to it", null, removed, kept);
    }

    private PurgeOutcome purgeOne(NodeRef node, PurgeCaller caller, PurgeOptions options, String forceReason) {
        try {
            RetryingTransactionCallback<Supplier<PurgeOutcome>> work =
                    () -> purgeInTransaction(node, caller, options, forceReason);
            Supplier<PurgeOutcome> outcome = asSystem(() -> transactionService.getRetryingTransactionHelper()
                    .doInTransaction(work, false, true)); // acs-lint: ok, never nested: purge() defers inside one
            // Asked only now: the clean-up after commit has run by the time the transaction call returns.
            return outcome.get();
        } catch (RuntimeException e) {
            String reference = LogReference.next();
            LOGGER.error("Purge of {} failed and was rolled back [{}]", node, reference, e);
            return PurgeOutcome.failed(node, "FAILED: the purge of this document failed and was rolled back; nothing"
                    + " of it was changed (repository log reference " + reference + ")");
        }
    }

    /**
     * Purges one document, or refuses it when it changed since it was planned (put on hold, re-typed, already
     * gone): the decision is taken again on what this transaction reads.
     */
    private Supplier<PurgeOutcome> purgeInTransaction(NodeRef node, PurgeCaller caller, PurgeOptions options, String forceReason) {
        Instant now = clock.instant();
        DocumentAssessment assessment = withinRights(caller, assessor.assess(reader.read(node, keepNames),
                catalogue.current(), now, forceReason));
        if (!assessment.judged()) {
            PurgeOutcome refused = PurgeOutcome.refused(node, assessment.refusal());
            return () -> refused;
        }
        DisposalPlan plan = PLANNER.plan(List.of(assessment.candidate()), request(caller, options, 1));
        if (!plan.excluded().isEmpty()) {
            PurgeOutcome refused = PurgeOutcome.refused(node, RefusalReasons.text(plan.excluded().get(0).reason(),
                    assessment, caller, options));
            return () -> refused;
        }
        PlannedDisposal planned = plan.planned().get(0);
        DocumentSnapshot snapshot = assessment.snapshot();
        Map<String, String> hashes = hashBinaries ? hasher.hashAll(snapshot.contentUrls()) : Map.of();
        String reason = reasonOf(assessment, planned);

        DisposalRecord record = DisposalRecord.of(snapshot.documentId(), snapshot.name(), snapshot.path(),
                snapshot.template(), assessment.type().code(), assessment.type().category(), snapshot.startDate(),
                assessment.state().expiryDate(), now, caller.userName(), reason, planned.forced(), List.of(),
                CommittedPurge.awaitingCleanup(snapshot.binaries()), keepNames);
        NodeRef recordNode = disposalRecordWriter.write(record);
        auditLog.append(caller.userName(), AUDIT_PURGE, node.toString(), purgeDetails(record, recordNode,
                disposalRecordWriter.contentHash(recordNode), snapshot));
        purger.delete(snapshot);

        CommittedPurge committed = new CommittedPurge(node, recordNode, reason, snapshot.binaries(), hashes);
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void afterCommit() {
                cleanUpAfterCommit(committed, caller);
            }
        });
        return committed::outcome;
    }

    /**
     * Runs in the committing thread once the purge is durable; the purge stands whatever happens here. Each binary
     * is removed in a transaction of its own (the store clean-up opens them: the foreign key decides per URL), and
     * only then are the record and the audit log told, together, in one more.
     */
    private void cleanUpAfterCommit(CommittedPurge committed, PurgeCaller caller) {
        try {
            StoreCleanupResult result = asSystem(() -> storeCleanup.clean(committed.binaries(), committed.hashes()));
            // acs-lint: ok: after commit, no transaction is open any more
            asSystem(() -> transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
                disposalRecordWriter.recordBinaries(committed.record(), result.removed(), result.kept());
                auditLog.append(caller.userName(), AUDIT_PURGE_BINARIES, committed.document().toString(),
                        binaryDetails(committed, result, disposalRecordWriter.contentHash(committed.record())));
                return null;
            }, false, true));
            committed.cleanedUp(result);
        } catch (RuntimeException e) {
            String reference = LogReference.next();
            LOGGER.error("Binaries of purged document {} were not removed [{}]", committed.document(), reference, e);
            committed.cleanupFailed("repository log reference " + reference);
        }
    }

    private static String reasonOf(DocumentAssessment assessment, PlannedDisposal planned) {
        return planned.forced()
                ? "Forced before expiry (" + assessment.state().expiryDate() + "): " + planned.forceReason()
                : "Retention expired (kept through " + assessment.state().expiryDate() + ")";
    }

    private static Map<String, String> purgeDetails(DisposalRecord record, NodeRef recordNode, String recordHash,
                                                    DocumentSnapshot snapshot) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("disposalRecord", recordNode.toString());
        details.put("retentionType", record.retentionTypeCode());
        details.put("expiryDate", record.expiryDate().toString());
        details.put("forced", Boolean.toString(record.forced()));
        details.put("reason", record.reason());
        // the record's content, binary list and hashes included, is covered by the audit log's hash chain
        details.put("recordHash", recordHash);
        if (snapshot.workingCopy() != null) {
            // purged with the document; its binaries are among the record's
            details.put("workingCopy", snapshot.workingCopy().nodeRef().toString());
        }
        return details;
    }

    private static Map<String, String> binaryDetails(CommittedPurge committed, StoreCleanupResult cleaned,
                                                     String recordHash) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("disposalRecord", committed.record().toString());
        details.put("binariesRemoved", Integer.toString(cleaned.removed().size()));
        details.put("bytesRemoved", Long.toString(cleaned.bytesRemoved()));
        details.put("binariesKept", Integer.toString(cleaned.kept().size()));
        details.put("recordHash", recordHash);
        return details;
    }

    private static <T> T asSystem(AuthenticationUtil.RunAsWork<T> work) {
        return AuthenticationUtil.runAsSystem(work);
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setVersionService(VersionService versionService) {
        this.versionService = versionService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
    }

    public void setCheckOutCheckInService(CheckOutCheckInService checkOutCheckInService) {
        this.checkOutCheckInService = checkOutCheckInService;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    /** ACS's internal DAO: no public service tells whether a content URL is still referenced. */
    public void setContentDataDAO(ContentDataDAO contentDataDAO) {
        this.contentDataDAO = contentDataDAO;
    }

    /** ACS's internal cleaner: no public service removes a binary from the content store. */
    public void setEagerContentStoreCleaner(EagerContentStoreCleaner eagerContentStoreCleaner) {
        this.eagerContentStoreCleaner = eagerContentStoreCleaner;
    }

    public void setCatalogue(RepositoryRetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void setStatusEvaluator(RetentionStatusEvaluator statusEvaluator) {
        this.statusEvaluator = statusEvaluator;
    }

    public void setDisposalRecordWriter(DisposalRecordWriter disposalRecordWriter) {
        this.disposalRecordWriter = disposalRecordWriter;
    }

    public void setAuditLog(RepositoryAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** {@code gdpr-retention.disposal.keepNames}: keep document name and path in disposal records. */
    public void setKeepNames(boolean keepNames) {
        this.keepNames = keepNames;
    }

    /** Where the generated HMAC key is kept (see {@link HmacSecret}). */
    public void setAttributeService(AttributeService attributeService) {
        this.attributeService = attributeService;
    }

    /** {@code gdpr-retention.disposal.hmacSecret}: the HMAC key; blank lets the repository generate and keep one. */
    public void setHmacSecret(String hmacSecret) {
        this.hmacSecret = hmacSecret;
    }

    /** {@code gdpr-retention.disposal.hashBinaries}: record the HMAC-SHA256 of each removed binary. */
    public void setHashBinaries(boolean hashBinaries) {
        this.hashBinaries = hashBinaries;
    }

    /** For tests; the system clock otherwise. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Pending extension requests that hold a purge (see ExtensionRequestService). */
    public void setExtensionPurgeHold(ExtensionPurgeHold extensionPurgeHold) {
        this.extensionPurgeHold = extensionPurgeHold;
    }
}
