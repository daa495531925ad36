package org.gdprretention.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.catalogue.RetentionTypeDefinitionBehaviour;
import org.gdprretention.platform.catalogue.RetentionTypeDefinitionMapper;
import org.gdprretention.platform.expiry.RecomputeScheduler;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.rest.RestRequest;
import org.gdprretention.platform.rest.model.RetentionTypeEntry;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/**
 * A change through {@code /retention-types} goes through the catalogue as an edit in Share does: the definition
 * node is written, ACS fires the catalogue's behaviour on it (here: the node service double fires it as ACS's policy
 * component would), which marks the catalogue changed and recomputes the documents of a type whose rules changed.
 */
class RetentionTypesCatalogueTest {

    private static final RetentionType PAYROLL = DefaultRetentionTypes.netherlands().require("PAYROLL");

    private final AdminCallers callers = new AdminCallers();
    private final FakeRepository repository = new FakeRepository();
    private final NodeRef typesFolder = repository.folder(null, RetentionFolders.RETENTION_TYPES_NAME);
    private final RetentionTypeDefinitionMapper mapper = new RetentionTypeDefinitionMapper();
    private final RepositoryRetentionCatalogue catalogue = new RepositoryRetentionCatalogue();
    private final RetentionTypeDefinitionBehaviour behaviour = new RetentionTypeDefinitionBehaviour();
    private final RecomputeScheduler scheduler = mock(RecomputeScheduler.class);
    private final RetentionTypesResource resource = new RetentionTypesResource();
    private MockedStatic<AlfrescoTransactionSupport> transactions;

    @BeforeEach
    void setUp() {
        transactions = mockStatic(AlfrescoTransactionSupport.class);
        RetentionFolders folders = mock(RetentionFolders.class);
        when(folders.folder(RetentionFolders.RETENTION_TYPES_NAME)).thenReturn(Optional.of(typesFolder));
        NodeService nodeService = firingPolicies(repository.nodeService());
        catalogue.setNodeService(nodeService);
        catalogue.setFolders(folders);
        catalogue.setMapper(mapper);
        catalogue.afterPropertiesSet();
        behaviour.setPolicyComponent(mock(PolicyComponent.class));
        behaviour.setNodeService(nodeService);
        behaviour.setCatalogue(catalogue);
        behaviour.setMapper(mapper);
        behaviour.setRecomputeScheduler(scheduler);
        behaviour.afterPropertiesSet();
        Map<QName, Serializable> payroll = mapper.toProperties(PAYROLL);
        payroll.put(ContentModel.PROP_NAME, PAYROLL.code());
        repository.add(RetentionModel.TYPE_RETENTION_TYPE_DEFINITION, typesFolder, payroll);
        resource.setCatalogue(catalogue);
        resource.setMapper(mapper);
        resource.setFolders(folders);
        resource.setNodeService(nodeService);
        resource.setAccess(callers.access);
        resource.setAudit(callers.audit);
        resource.afterPropertiesSet();
        AdminCallers.as(AdminCallers.OFFICER);
    }

    @AfterEach
    void tearDown() {
        transactions.close();
        AdminCallers.reset();
    }

    @Test
    void aLongerPeriodIsServedAtOnceAndRecomputesTheTypesDocuments() {
        assertThat(catalogue.current().require("PAYROLL").period().toString()).isEqualTo("P7Y");

        resource.update("PAYROLL", period("P10Y"), RestRequest.query("").parameters());

        assertThat(catalogue.current().require("PAYROLL").period().toString()).isEqualTo("P10Y");
        verify(scheduler).recomputeTypeAfterCommit("PAYROLL");
    }

    @Test
    void aNewLabelChangesNoDocument() {
        RetentionTypeEntry labels = new RetentionTypeEntry();
        labels.setLabels(Map.of("en", "Payroll", "nl", "Salaris"));

        resource.update("PAYROLL", labels, RestRequest.query("").parameters());

        assertThat(catalogue.current().require("PAYROLL").label(java.util.Locale.forLanguageTag("nl")))
                .isEqualTo("Salaris");
        verify(scheduler, never()).recomputeTypeAfterCommit(anyString());
    }

    @Test
    void aCreatedTypeIsADefinitionOfTheCatalogue() {
        RetentionTypeEntry contracts = new RetentionTypeEntry();
        contracts.setCode("CONTRACTS");
        contracts.setLabels(Map.of("en", "Contracts", "nl", "Contracten"));
        contracts.setPeriod("P2Y");
        contracts.setStartTrigger("CREATION_DATE");
        contracts.setCategory("OTHER");

        resource.create(List.of(contracts), RestRequest.query("").parameters());

        assertThat(catalogue.current().find("CONTRACTS")).isPresent();
        assertThat(repository.children(typesFolder)).hasSize(2);
    }

    private static RetentionTypeEntry period(String period) {
        RetentionTypeEntry entry = new RetentionTypeEntry();
        entry.setPeriod(period);
        return entry;
    }

    /** The node service with the catalogue behaviour fired as ACS's policy component fires it. */
    private NodeService firingPolicies(NodeService target) {
        return (NodeService) Proxy.newProxyInstance(NodeService.class.getClassLoader(),
                new Class<?>[] {NodeService.class}, (proxy, method, args) -> {
                    boolean definition = args != null && args.length > 0 && args[0] instanceof NodeRef node
                            && RetentionModel.TYPE_RETENTION_TYPE_DEFINITION.equals(repository.type(node));
                    Map<QName, Serializable> before = definition && method.getName().equals("addProperties")
                            ? target.getProperties((NodeRef) args[0]) : null;
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (before != null) {
                        behaviour.onUpdateProperties((NodeRef) args[0], before, target.getProperties((NodeRef) args[0]));
                    }
                    if (method.getName().equals("createNode")
                            && RetentionModel.TYPE_RETENTION_TYPE_DEFINITION.equals(args[3])) {
                        ChildAssociationRef created = (ChildAssociationRef) result;
                        behaviour.onCreateNode(created);
                        behaviour.onUpdateProperties(created.getChildRef(), Map.of(),
                                target.getProperties(created.getChildRef()));
                    }
                    return result;
                });
    }
}
