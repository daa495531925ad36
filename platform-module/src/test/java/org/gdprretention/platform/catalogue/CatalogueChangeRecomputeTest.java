package org.gdprretention.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.testsupport.FakeRepository.date;
import static org.gdprretention.platform.testsupport.FakeRepository.instant;
import static org.mockito.Mockito.mock;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.platform.expiry.RecomputeScheduler;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.CommitListeners;
import org.gdprretention.platform.testsupport.InlineBatchRunner;
import org.gdprretention.platform.testsupport.RetentionFixture;
import org.gdprretention.platform.testsupport.TransactionalMetadataQuery;
import org.junit.jupiter.api.Test;

/**
 * An officer changes a retention type's period: the documents of that type are recomputed with the new period after
 * the change commits, whatever order ACS runs the transaction's after-commit listeners in.
 */
class CatalogueChangeRecomputeTest {

    private final CatalogueFixture catalogueFixture = new CatalogueFixture();
    private final RetentionFixture retention =
            new RetentionFixture(catalogueFixture.repository, catalogueFixture.catalogue);
    private final RecomputeScheduler scheduler = new RecomputeScheduler();
    private final RetentionTypeDefinitionBehaviour behaviour = new RetentionTypeDefinitionBehaviour();

    CatalogueChangeRecomputeTest() {
        scheduler.setNodeService(catalogueFixture.repository.nodeService());
        scheduler.setSearchService(TransactionalMetadataQuery.over(catalogueFixture.repository).searchService());
        scheduler.setRetryingTransactionHelper(new RetryingTransactionHelper());
        scheduler.setApplier(retention.applier);
        scheduler.setBatchRunner(new InlineBatchRunner());
        scheduler.setBehaviourFilter(catalogueFixture.repository.behaviourFilter());
        scheduler.setExecutor(Runnable::run);
        scheduler.afterPropertiesSet();
        behaviour.setPolicyComponent(mock(PolicyComponent.class));
        behaviour.setNodeService(catalogueFixture.repository.nodeService());
        behaviour.setCatalogue(catalogueFixture.catalogue);
        behaviour.setMapper(catalogueFixture.mapper);
        behaviour.setRecomputeScheduler(scheduler);
        behaviour.afterPropertiesSet();
    }

    @Test
    void theRecomputeAfterCommitReadsTheNewPeriodWhateverTheListenerOrder() {
        NodeRef vog = catalogueFixture.definition(DefaultRetentionTypes.netherlands().require("VOG"));
        catalogueFixture.catalogue.markChanged();
        NodeRef document = catalogueFixture.repository.document(null,
                Map.of(ContentModel.PROP_CREATED, instant("2025-05-01T10:00:00Z")));
        catalogueFixture.repository.addAspect(document, RetentionModel.ASPECT_RETAINABLE,
                Map.of(RetentionModel.PROP_RETENTION_TYPE, "VOG"));
        retention.applier.recompute(document);
        assertThat(catalogueFixture.repository.property(document, RetentionModel.PROP_EXPIRY_DATE))
                .isEqualTo(date("2025-05-29"));

        try (CommitListeners transaction = new CommitListeners()) {
            Map<QName, Serializable> before = new HashMap<>(catalogueFixture.repository.properties(vog));
            catalogueFixture.repository.properties(vog).put(RetentionModel.PROP_TYPE_PERIOD, "P8W");
            behaviour.onUpdateProperties(vog, before, new HashMap<>(catalogueFixture.repository.properties(vog)));
            transaction.commit();
        }

        assertThat(catalogueFixture.repository.property(document, RetentionModel.PROP_EXPIRY_DATE))
                .isEqualTo(date("2025-06-26"));
    }
}
