package org.gdprretention.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.alfresco.model.ContentModel;
import org.alfresco.model.RenditionModel;
import org.alfresco.repo.content.cleanup.EagerContentStoreCleaner;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.coci.CheckOutCheckInService;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionHistory;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionListenerAdapter;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.config.RetentionEngineFactory;
import org.gdprretention.core.extension.ExtensionLifecycle;
import org.gdprretention.platform.extension.PendingRequestPurgeHold;
import org.gdprretention.platform.extension.PendingRequestStore;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.proof.RepositoryAuditLog;
import org.gdprretention.platform.testrepo.FakeTransactions;
import org.gdprretention.platform.testrepo.InMemoryContentUrls;
import org.gdprretention.platform.testrepo.InMemoryNodes;
import org.gdprretention.platform.testrepo.ProofRepository;
import org.gdprretention.platform.testsupport.InheritingPermissions;
import org.gdprretention.platform.testsupport.MethodSecurity;
import org.mockito.ArgumentMatcher;

/**
 * A repository with documents, versions, renditions, binaries and users, and a {@link PurgeService} wired to it
 * as Spring wires it. Alfresco services are Mockito mocks backed by state, so tests assert on what is left in the
 * repository and verify the calls that got it there.
 */
final class PurgeFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Started long ago: with a four-week period, expired. */
    static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 1);
    /** Started last week: not expired until 2025-06-23. */
    static final LocalDate LAST_WEEK = LocalDate.of(2025, 5, 26);
    static final String OFFICER = "olivia";
    static final String ADMIN = "admin";
    static final String NOBODY_SPECIAL = "ursula";
    /** A template name as a client may set it: with a person's name in it. */
    static final String TEMPLATE_NAME = "Sollicitatiebrief Jan Jansen";

    /** A content subtype, e.g. from a customer's model. */
    static final QName TYPE_INVOICE = QName.createQName("http://example.org/model/1.0", "invoice");
    /** A second d:content property, e.g. of a signing aspect. */
    static final QName PROP_SIGNED_COPY = QName.createQName("http://example.org/model/1.0", "signedCopy");

    static final RetentionType APPLICATION = RetentionType.builder().code("APPLICATION")
            .label("en", "Application").label("nl", "Sollicitatie").period("P4W").startTrigger("CREATION_DATE")
            .category("DOSSIER_TASKS_CONTACTS").consentLeadDays(7).build();

    final ProofRepository proof = new ProofRepository(Clock.fixed(NOW, ZoneOffset.UTC));
    final InMemoryNodes nodes = proof.nodes();
    final NodeService nodeService = nodes.nodeService();
    final InMemoryContentUrls contentUrls = new InMemoryContentUrls(nodes);
    final FakeTransactions transactions = new FakeTransactions(nodes);
    final VersionService versionService = mock(VersionService.class);
    final ContentService contentService = mock(ContentService.class);
    final AuthorityService authorityService = mock(AuthorityService.class);
    final EagerContentStoreCleaner cleaner = mock(EagerContentStoreCleaner.class);
    final DictionaryService dictionaryService = mock(DictionaryService.class);
    final CheckOutCheckInService checkOutCheckInService = mock(CheckOutCheckInService.class);
    final RepositoryRetentionCatalogue catalogue = mock(RepositoryRetentionCatalogue.class);
    /** ACS's attribute store: values under key paths, a second create of the same keys fails. */
    final Map<List<Serializable>, Serializable> attributeValues = new HashMap<>();
    final AttributeService attributes = attributeStore();
    /**
     * Node permissions as ACS evaluates them: the officers are Coordinators of the HR site's folder (so they may
     * read and delete its documents); nobody else holds one.
     */
    final InheritingPermissions permissions = new InheritingPermissions(nodes::getPrimaryParent);
    /** The public PermissionService: answers for the current run-as user, as ACS does. */
    final PermissionService permissionService = permissionServiceAsAcs();
    /** Only the administrator is one; node-checked calls of others need the permissions above. */
    final MethodSecurity security = MethodSecurity.forAdmins(ADMIN)
            .withNodePermissions(MethodSecurity.NodePermissions.from(permissionService));
    /** The real audit log, spied on so that tests can assert every field the purge hands it. */
    final RepositoryAuditLog auditLog = spy(proof.auditLog());
    final NodeRef folder;
    /** The document template the documents were made from. */
    final NodeRef template;
    final PurgeService service = new PurgeService();
    private final Map<String, byte[]> binaries = new HashMap<>();
    private final Map<String, String[]> groupsOf = new HashMap<>();

    PurgeFixture() {
        NodeRef companyHome = nodes.getChildByName(nodes.root(), ContentModel.ASSOC_CONTAINS, "Company Home");
        NodeRef sites = nodes.folder(companyHome, "Sites");
        folder = nodes.folder(sites, "hr");
        permissions.setPermission(folder, PurgePermission.OFFICERS_GROUP, "Coordinator", true);
        template = nodes.child(nodes.folder(companyHome, "Templates"), ContentModel.TYPE_CONTENT,
                Map.of(ContentModel.PROP_NAME, TEMPLATE_NAME));
        when(catalogue.current()).thenReturn(RetentionCatalogue.of(List.of(APPLICATION)));
        when(authorityService.isAdminAuthority(ADMIN)).thenReturn(true);
        groups(ADMIN, "GROUP_ALFRESCO_ADMINISTRATORS", "GROUP_EVERYONE");
        groups(OFFICER, PurgePermission.OFFICERS_GROUP, "GROUP_EVERYONE");
        groups(NOBODY_SPECIAL, "GROUP_EVERYONE");
        when(contentService.getRawReader(anyString())).thenAnswer(invocation -> reader(invocation.getArgument(0)));
        dictionary();
        when(checkOutCheckInService.isWorkingCopy(any(NodeRef.class))).thenAnswer(invocation -> nodes.hasAspect(
                invocation.getArgument(0), ContentModel.ASPECT_WORKING_COPY));

        // The purge gets ACS's public beans, each behind ACS's method security as in a live repository.
        service.setNodeService(security.wrap(NodeService.class, nodeService));
        service.setVersionService(security.wrap(VersionService.class, versionService));
        service.setContentService(security.wrap(ContentService.class, contentService));
        service.setPermissionService(security.wrap(PermissionService.class, permissionService));
        service.setDictionaryService(security.wrap(DictionaryService.class, dictionaryService));
        service.setCheckOutCheckInService(security.wrap(CheckOutCheckInService.class, checkOutCheckInService));
        service.setAuthorityService(security.wrap(AuthorityService.class, authorityService));
        service.setTransactionService(transactions.transactionService());
        service.setContentDataDAO(contentUrls.contentDataDAO());
        service.setEagerContentStoreCleaner(cleaner);
        service.setAttributeService(attributes);
        service.setCatalogue(catalogue);
        service.setStatusEvaluator(RetentionEngineFactory.statusEvaluator("Europe/Amsterdam"));
        service.setDisposalRecordWriter(proof.recordWriter());
        service.setAuditLog(auditLog);
        service.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        // The real hold: the request stored on the document, judged by the engine with the default window.
        service.setExtensionPurgeHold(new PendingRequestPurgeHold(
                new PendingRequestStore(nodeService, mock(SearchService.class), mock(BehaviourFilter.class)),
                new ExtensionLifecycle(RetentionEngineFactory.statusEvaluator("Europe/Amsterdam").calculator())));
        service.afterPropertiesSet();
        signInAs(OFFICER);
    }

    private AttributeService attributeStore() {
        AttributeService store = mock(AttributeService.class);
        when(store.getAttribute(any(Serializable[].class))).thenAnswer(call -> attributeValues.get(
                List.of((Serializable[]) call.getRawArguments()[0])));
        when(store.exists(any(Serializable[].class))).thenAnswer(call -> attributeValues.containsKey(
                List.of((Serializable[]) call.getRawArguments()[0])));
        doAnswer(call -> {
            List<Serializable> keys = List.of((Serializable[]) call.getRawArguments()[1]);
            if (attributeValues.putIfAbsent(keys, call.getArgument(0)) != null) {
                throw new IllegalStateException("Duplicate attribute " + keys);
            }
            return null;
        }).when(store).createAttribute(any(), any(Serializable[].class));
        return store;
    }

    /** The groups ACS lists for the user (all of them, nested ones included). */
    private void groups(String user, String... groups) {
        groupsOf.put(user, groups);
        when(authorityService.getContainingAuthorities(AuthorityType.GROUP, user, false)).thenReturn(Set.of(groups));
    }

    /**
     * ACS's PermissionServiceImpl.hasPermission: a node that does not exist is allowed, the system user and
     * administrators are allowed everything, anyone else is judged by the ACL (inherited) for the run-as user, not
     * for whoever signed in.
     */
    private PermissionService permissionServiceAsAcs() {
        return mock(PermissionService.class, invocation -> {
            if (invocation.getMethod().getName().equals("hasPermission")) {
                NodeRef node = invocation.getArgument(0);
                String user = AuthenticationUtil.getRunAsUser();
                if (!nodes.exists(node) || AuthenticationUtil.isRunAsUserTheSystemUser() || ADMIN.equals(user)) {
                    return AccessStatus.ALLOWED;
                }
                if (user == null) {
                    return AccessStatus.DENIED;
                }
                permissions.actAs(user, groupsOf.getOrDefault(user, new String[0]));
            }
            return invocation.getMethod().invoke(permissions, invocation.getArguments());
        });
    }

    /**
     * The dictionary as ACS has it for the types and properties used here: cm:thumbnail and {@link #TYPE_INVOICE}
     * are kinds of cm:content, cm:folder is not; cm:content and {@link #PROP_SIGNED_COPY} are d:content, cm:name is
     * d:text; the add-on's own properties are left undefined, which only matters for content data.
     */
    private void dictionary() {
        Map<QName, QName> parents = Map.of(ContentModel.TYPE_CONTENT, ContentModel.TYPE_CMOBJECT,
                ContentModel.TYPE_FOLDER, ContentModel.TYPE_CMOBJECT, ContentModel.TYPE_THUMBNAIL,
                ContentModel.TYPE_CONTENT, TYPE_INVOICE, ContentModel.TYPE_CONTENT);
        when(dictionaryService.isSubClass(any(), any())).thenAnswer(invocation -> {
            QName ofClass = invocation.getArgument(1);
            for (QName type = invocation.getArgument(0); type != null; type = parents.get(type)) {
                if (type.equals(ofClass)) {
                    return true;
                }
            }
            return false;
        });
        Map<QName, QName> dataTypes = Map.of(ContentModel.PROP_CONTENT, DataTypeDefinition.CONTENT,
                PROP_SIGNED_COPY, DataTypeDefinition.CONTENT, ContentModel.PROP_NAME, DataTypeDefinition.TEXT);
        dataTypes.forEach((property, dataType) -> {
            DataTypeDefinition type = mock(DataTypeDefinition.class);
            when(type.getName()).thenReturn(dataType);
            PropertyDefinition definition = mock(PropertyDefinition.class);
            when(definition.getName()).thenReturn(property);
            when(definition.getDataType()).thenReturn(type);
            when(dictionaryService.getProperty(property)).thenReturn(definition);
        });
    }

    void signInAs(String user) {
        AuthenticationUtil.clearCurrentSecurityContext();
        AuthenticationUtil.setFullyAuthenticatedUser(user);
    }

    /** A document of type APPLICATION whose retention started on {@code start}, with content {@code contentUrl}. */
    NodeRef document(String name, LocalDate start, String contentUrl) {
        return document(ContentModel.TYPE_CONTENT, name, start, contentUrl);
    }

    /** As {@link #document(String, LocalDate, String)}, of the given node type. */
    NodeRef document(QName type, String name, LocalDate start, String contentUrl) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, name);
        properties.put(RetentionModel.PROP_RETENTION_TYPE, APPLICATION.code());
        properties.put(RetentionModel.PROP_RETENTION_START, RepositoryDates.toDate(start, ZONE));
        // as a template binding sets them: the template's cm:name (anything a client typed) and its node
        properties.put(RetentionModel.PROP_TEMPLATE, TEMPLATE_NAME);
        properties.put(RetentionModel.PROP_TEMPLATE_REF, template);
        properties.put(ContentModel.PROP_CONTENT, content(contentUrl));
        NodeRef document = nodes.child(folder, type, properties);
        nodes.addAspect(document, RetentionModel.ASPECT_RETAINABLE, null);
        return document;
    }

    /** An expired folder that somebody gave a retention type (and the aspect) anyway. */
    NodeRef retainableFolder(String name) {
        NodeRef retainable = nodes.child(folder, ContentModel.TYPE_FOLDER, Map.of(ContentModel.PROP_NAME, name,
                RetentionModel.PROP_RETENTION_TYPE, APPLICATION.code(),
                RetentionModel.PROP_RETENTION_START, RepositoryDates.toDate(LONG_AGO, ZONE)));
        nodes.addAspect(retainable, RetentionModel.ASPECT_RETAINABLE, null);
        return retainable;
    }

    /** Sets a content property other than cm:content, as an aspect of a customer's model would. */
    void setContent(NodeRef node, QName property, String contentUrl) {
        nodes.setProperty(node, property, content(contentUrl));
    }

    /**
     * Checks the document out as ACS does: a working copy (a copy, aspects and retention included, with
     * cm:workingcopy) next to it, with its own content, and cm:checkedOut on the original.
     */
    NodeRef checkOut(NodeRef document, String contentUrl) {
        Map<QName, Serializable> properties = new HashMap<>(nodes.getProperties(document));
        properties.put(ContentModel.PROP_NAME, nodes.getProperty(document, ContentModel.PROP_NAME) + " (Working Copy)");
        properties.put(ContentModel.PROP_CONTENT, content(contentUrl));
        NodeRef workingCopy = nodes.child(folder, nodes.getType(document), properties);
        for (QName aspect : List.of(RetentionModel.ASPECT_RETAINABLE, ContentModel.ASPECT_WORKING_COPY)) {
            nodes.addAspect(workingCopy, aspect, null);
        }
        nodes.addAspect(document, ContentModel.ASPECT_CHECKED_OUT, null);
        when(checkOutCheckInService.getWorkingCopy(document)).thenAnswer(invocation -> nodes.exists(workingCopy)
                && nodes.hasAspect(document, ContentModel.ASPECT_CHECKED_OUT) ? workingCopy : null);
        when(checkOutCheckInService.getCheckedOut(workingCopy)).thenAnswer(invocation -> nodes.exists(document)
                ? document : null);
        return workingCopy;
    }

    /** A document nobody gave a retention type. */
    NodeRef plainDocument(String name, String contentUrl) {
        return nodes.child(folder, ContentModel.TYPE_CONTENT, Map.of(ContentModel.PROP_NAME, name,
                ContentModel.PROP_CONTENT, content(contentUrl)));
    }

    /** Versions with these binaries, oldest first; deleting the history removes their frozen nodes. */
    List<NodeRef> versions(NodeRef document, String... contentUrls) {
        List<NodeRef> frozen = new ArrayList<>();
        List<Version> versions = new ArrayList<>();
        for (String url : contentUrls) {
            content(url);
            NodeRef frozenNode = nodes.versionNode(url, size(url));
            frozen.add(frozenNode);
            Version version = mock(Version.class);
            when(version.getFrozenStateNodeRef()).thenReturn(frozenNode);
            versions.add(version);
        }
        VersionHistory history = mock(VersionHistory.class);
        when(history.getAllVersions()).thenReturn(versions);
        boolean[] deleted = {false};
        when(versionService.getVersionHistory(document)).thenAnswer(invocation -> deleted[0] ? null : history);
        doAnswer(invocation -> {
            for (NodeRef node : frozen) {
                if (nodes.exists(node)) {
                    // the version store never archives
                    nodes.addAspect(node, ContentModel.ASPECT_TEMPORARY, null);
                    nodes.deleteNode(node);
                }
            }
            deleted[0] = true;
            return null;
        }).when(versionService).deleteVersionHistory(document);
        return frozen;
    }

    NodeRef rendition(NodeRef document, String contentUrl) {
        return nodes.createNode(document, RenditionModel.ASSOC_RENDITION,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "doclib"), ContentModel.TYPE_THUMBNAIL,
                Map.of(ContentModel.PROP_NAME, "doclib", ContentModel.PROP_CONTENT, content(contentUrl))).getChildRef();
    }

    void hold(NodeRef document) {
        nodes.addAspect(document, RetentionModel.ASPECT_LEGAL_HOLD,
                Map.of(RetentionModel.PROP_HOLD_REASON, "litigation"));
    }

    PurgeReport purge(PurgeOptions options, NodeRef... documents) {
        return service.purge(List.of(documents), options);
    }

    /** Runs the work in a read-write transaction of its own, as a request to the repository does. */
    <T> T inTransaction(Supplier<T> work) {
        return transactions.transactionService().getRetryingTransactionHelper().doInTransaction(work::get, false,
                true);
    }

    /** Inside a transaction: runs {@code rule} in its beforeCommit, where ACS runs a folder's synchronous rules. */
    void onBeforeCommit(Runnable rule) {
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void beforeCommit(boolean readOnly) {
                rule.run();
            }
        });
    }

    static PurgeOptions realRun() {
        return new PurgeOptions(false, null, 500);
    }

    static PurgeOptions dryRun() {
        return new PurgeOptions(true, null, 500);
    }

    List<NodeRef> disposalRecords() {
        return proof.folder(RetentionFolders.DISPOSALS_NAME)
                .map(disposals -> nodes.childrenOfType(disposals, RetentionModel.TYPE_DISPOSAL_RECORD))
                .orElse(List.of());
    }

    List<NodeRef> auditEntries() {
        return proof.folder(RetentionFolders.AUDIT_LOG_NAME)
                .map(log -> nodes.childrenOfType(log, RetentionModel.TYPE_AUDIT_ENTRY))
                .orElse(List.of());
    }

    /**
     * Nothing was created, changed, deleted or cleaned, and no proof was written: at most the one audit entry a
     * dry run leaves ({@link PurgeService#AUDIT_PURGE_DRY_RUN}), with its head on the Audit Log folder.
     */
    void assertNothingWritten() {
        // the dry run's entry: its node, the head on the log folder and, where the bootstrap has not made it, the folder
        NodeRef log = proof.folder(RetentionFolders.AUDIT_LOG_NAME).orElse(null);
        ArgumentMatcher<NodeRef> outsideTheLog = node -> !node.equals(log);
        Set<String> logFolders = Set.of(RetentionFolders.ROOT_NAME, RetentionFolders.AUDIT_LOG_NAME);
        verify(nodeService, never()).createNode(any(), any(), any(),
                argThat(type -> !type.equals(RetentionModel.TYPE_AUDIT_ENTRY) && !type.equals(ContentModel.TYPE_FOLDER)),
                anyMap());
        verify(nodeService, never()).createNode(any(), any(), any(), eq(ContentModel.TYPE_FOLDER),
                argThat(properties -> !logFolders.contains(properties.get(ContentModel.PROP_NAME))));
        verify(nodeService, never()).createNode(argThat(outsideTheLog), any(), any(), eq(RetentionModel.TYPE_AUDIT_ENTRY),
                anyMap());
        verify(nodeService, never()).deleteNode(any());
        verify(nodeService, never()).addAspect(argThat(outsideTheLog), any(), any());
        verify(nodeService, never()).addProperties(argThat(outsideTheLog), anyMap());
        verify(nodeService, never()).setProperty(any(), any(), any());
        verify(nodeService, never()).setProperties(any(), anyMap());
        verify(versionService, never()).deleteVersionHistory(any());
        verifyNoInteractions(cleaner);
        verify(contentUrls.contentDataDAO(), never()).deleteContentUrls(anyList());
        assertThat(disposalRecords()).isEmpty();
        assertThat(auditEntries()).hasSizeLessThanOrEqualTo(1).allSatisfy(entry -> assertThat(
                nodes.nodeService().getProperty(entry, RetentionModel.PROP_AUDIT_ACTION))
                .isEqualTo(PurgeService.AUDIT_PURGE_DRY_RUN));
    }

    /** The HMAC-SHA256 the purge should record: keyed with the secret the repository generated and kept. */
    String hmacOf(String contentUrl) {
        Serializable secret = attributeValues.get(List.of((Serializable[]) HmacSecret.KEYS));
        assertThat(secret).as("the generated HMAC key in the attribute store").isNotNull();
        return hmacOf(contentUrl, java.util.Base64.getDecoder().decode(secret.toString()));
    }

    static String hmacOf(String contentUrl, byte[] key) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(bytesOf(contentUrl)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Of(String contentUrl) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytesOf(contentUrl)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long size(String contentUrl) {
        return bytesOf(contentUrl).length;
    }

    private ContentData content(String contentUrl) {
        if (!binaries.containsKey(contentUrl)) {
            binaries.put(contentUrl, bytesOf(contentUrl));
            contentUrls.add(contentUrl, size(contentUrl));
        }
        return new ContentData(contentUrl, "text/plain", size(contentUrl), "UTF-8");
    }

    /** Each binary's content is derived from its URL, so sizes and hashes can be predicted. */
    private static byte[] bytesOf(String contentUrl) {
        return ("content of " + contentUrl).getBytes(StandardCharsets.UTF_8);
    }

    private ContentReader reader(String contentUrl) {
        ContentReader reader = mock(ContentReader.class);
        byte[] bytes = binaries.get(contentUrl);
        when(reader.exists()).thenReturn(bytes != null);
        when(reader.getContentUrl()).thenReturn(contentUrl);
        if (bytes != null) {
            when(reader.getContentInputStream()).thenAnswer(invocation -> new ByteArrayInputStream(bytes));
        }
        return reader;
    }

    @Override
    public void close() {
        transactions.close();
        AuthenticationUtil.clearCurrentSecurityContext();
    }
}
