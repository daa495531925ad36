package org.gdprretention.platform.consent;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.admin.SysAdminParams;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.core.extension.ExtensionLifecycle;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.contact.ContactMomentWriter;
import org.gdprretention.platform.expiry.RetentionApplier;
import org.gdprretention.platform.extension.ExtensionRequestService;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testrepo.InMemoryNodes;
import org.gdprretention.platform.testsupport.FakeBehaviourFilter;
import org.gdprretention.platform.testsupport.TransactionalMetadataQuery;

/**
 * The consent feature over an in-memory repository: the Data Dictionary with GDPR Retention/Consent Requests,
 * retainable documents of the Dutch default types, the real store, documents, decision and contact-moment writer,
 * and a clock the test moves. The node service is a Mockito mock delegating to the in-memory nodes, so a test can
 * verify that nothing was written. The retention applier is a mock: recomputing is proven elsewhere.
 */
final class ConsentFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** 10:00 in Amsterdam on 1 June 2026. */
    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final String ORGANISATION = "Flex & Co <Uitzendbureau>";

    final InMemoryNodes repository = new InMemoryNodes();
    final NodeService nodeService = repository.nodeService();
    final NodeRef dataDictionary = repository.folder(repository.root(), "Data Dictionary");
    final NodeRef dossier = repository.folder(repository.root(), "Dossier Jan Jansen");
    final SearchService searchService = mock(SearchService.class);
    final RetentionFolders folders = new RetentionFolders();
    final RepositoryRetentionCatalogue catalogue = mock(RepositoryRetentionCatalogue.class);
    final RetentionCatalogue types = DefaultRetentionTypes.netherlands();
    final RetentionStatusEvaluator statusEvaluator = new RetentionStatusEvaluator(new ExpiryCalculator(ZONE));
    final ConsentDocuments documents = new ConsentDocuments();
    final ConsentRequestStore store = new ConsentRequestStore();
    final ContactMomentWriter contactMomentWriter = new ContactMomentWriter();
    final RetentionApplier retentionApplier = mock(RetentionApplier.class);
    final ExtensionLifecycle lifecycle = new ExtensionLifecycle(statusEvaluator.calculator());
    final ConsentDecision decision = new ConsentDecision();
    /** No extension request is pending here; a consent closing one is proven in the extension package. */
    final ExtensionRequestService extensionRequests = mock(ExtensionRequestService.class);
    final SysAdminParams sysAdminParams = mock(SysAdminParams.class);
    final List<NodeRef> retainable = new ArrayList<>();
    final TransactionalMetadataQuery database;
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    ConsentFixture() {
        when(searchService.selectNodes(any(), eq("/app:company_home/app:dictionary"), any(), any(), anyBoolean()))
                .thenReturn(List.of(dataDictionary));
        folders.setNodeService(nodeService);
        folders.setSearchService(searchService);
        folders.setNamespaceService(mock(NamespaceService.class));
        folders.afterPropertiesSet();
        folders.ensureFolder(RetentionFolders.CONSENT_REQUESTS_NAME);
        when(catalogue.current()).thenReturn(types);

        documents.setNodeService(nodeService);
        documents.setCatalogue(catalogue);
        documents.setStatusEvaluator(statusEvaluator);
        documents.setBehaviourFilter(new FakeBehaviourFilter());
        documents.afterPropertiesSet();
        store.setNodeService(nodeService);
        store.setFolders(folders);
        store.afterPropertiesSet();
        contactMomentWriter.setNodeService(nodeService);
        contactMomentWriter.setStatusEvaluator(statusEvaluator);
        contactMomentWriter.afterPropertiesSet();
        decision.setDocuments(documents);
        decision.setStore(store);
        decision.setContactMomentWriter(contactMomentWriter);
        decision.setRetentionApplier(retentionApplier);
        decision.setLifecycle(lifecycle);
        when(extensionRequests.pendingRequest(any())).thenReturn(java.util.Optional.empty());
        decision.setExtensionRequests(extensionRequests);
        decision.setClock(new DelegatingClock(this));
        decision.afterPropertiesSet();

        when(sysAdminParams.getAlfrescoProtocol()).thenReturn("https");
        when(sysAdminParams.getAlfrescoHost()).thenReturn("dms.example.org");
        when(sysAdminParams.getAlfrescoPort()).thenReturn(443);
        when(sysAdminParams.getAlfrescoContext()).thenReturn("alfresco");

        database = new TransactionalMetadataQuery(new TransactionalMetadataQuery.Rows() {
            @Override
            public Collection<NodeRef> nodes() {
                return retainable.stream().filter(nodeService::exists).toList();
            }

            @Override
            public QName type(NodeRef node) {
                return nodeService.getType(node);
            }

            @Override
            public boolean hasAspect(NodeRef node, QName aspect) {
                return nodeService.hasAspect(node, aspect);
            }

            @Override
            public Serializable property(NodeRef node, QName name) {
                return nodeService.getProperty(node, name);
            }
        });
    }

    /** A retainable document named {@code name} of {@code typeCode} that expires on {@code expiry}. */
    NodeRef document(String name, String typeCode, LocalDate expiry, String subjectId, String email) {
        var type = types.require(typeCode);
        // the start that gives this expiry: expiry = start + period, so count back
        LocalDate start = expiry.minus(type.period().period()).minusDays(3);
        for (int tries = 0; !statusEvaluator.calculator().expiryDate(start, type.period(), List.of()).equals(expiry);
                tries++) {
            if (tries > 6) {
                throw new IllegalArgumentException("No start gives expiry " + expiry + " for " + typeCode);
            }
            start = start.plusDays(1);
        }
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, name);
        NodeRef document = repository.child(dossier, ContentModel.TYPE_CONTENT, properties);
        Map<QName, Serializable> retention = new HashMap<>();
        retention.put(RetentionModel.PROP_RETENTION_TYPE, typeCode);
        retention.put(RetentionModel.PROP_RETENTION_START, RepositoryDates.toDate(start, ZONE));
        retention.put(RetentionModel.PROP_EXPIRY_DATE, RepositoryDates.toDate(expiry, ZONE));
        retention.put(RetentionModel.PROP_STATUS, "EXPIRING");
        retention.put(RetentionModel.PROP_TEMPLATE, "Template " + typeCode.toLowerCase());
        retention.put(RetentionModel.PROP_SUBJECT_ID, subjectId);
        retention.put(RetentionModel.PROP_SUBJECT_EMAIL, email);
        retention.put(RetentionModel.PROP_SUBJECT_NAME, "Jan Jansen");
        nodeService.addAspect(document, RetentionModel.ASPECT_RETAINABLE, retention);
        retainable.add(document);
        return document;
    }

    /** An open request for {@code token} over {@code docs}, answerable until the end of {@code lastDay}. */
    NodeRef openRequest(String token, LocalDate lastDay, NodeRef... docs) {
        Instant expiresAt = RepositoryDates.toDate(lastDay.plusDays(1), ZONE).toInstant().minusMillis(1);
        return store.create("subject-1", List.of(docs), expiresAt, ConsentToken.hash(token),
                ConsentLanguages.DUTCH, NOW);
    }

    NodeRef consentRequestsFolder() {
        return folders.folder(RetentionFolders.CONSENT_REQUESTS_NAME).orElseThrow();
    }

    List<NodeRef> consentRequests() {
        return nodeService.getChildAssocs(consentRequestsFolder(), Set.of(RetentionModel.TYPE_CONSENT_REQUEST))
                .stream().map(ChildAssociationRef::getChildRef).toList();
    }

    /** The kinds of the contact moments under {@code document}, in creation order. */
    List<String> momentKinds(NodeRef document) {
        return nodeService.getChildAssocs(document, Set.of(RetentionModel.TYPE_CONTACT_MOMENT)).stream()
                .map(child -> String.valueOf(nodeService.getProperty(child.getChildRef(),
                        RetentionModel.PROP_MOMENT_KIND))).toList();
    }

    List<String> grantedExtensions(NodeRef document) {
        Serializable value = nodeService.getProperty(document, RetentionModel.PROP_GRANTED_EXTENSIONS);
        return value == null ? List.of() : ((Collection<?>) value).stream().map(String::valueOf).toList();
    }

    LocalDate date(NodeRef node, QName property) {
        return RepositoryDates.toLocalDate(nodeService.getProperty(node, property), ZONE);
    }

    static String extension(String typeCode) {
        return DefaultRetentionTypes.netherlands().require(typeCode).extensionPeriod().toString();
    }

    /** A clock that reads the fixture's current clock, so a test can move time after wiring. */
    static final class DelegatingClock extends Clock {
        private final ConsentFixture fixture;

        DelegatingClock(ConsentFixture fixture) {
            this.fixture = fixture;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return fixture.clock.instant();
        }
    }
}
