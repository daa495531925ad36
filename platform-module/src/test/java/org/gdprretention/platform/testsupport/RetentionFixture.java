package org.gdprretention.platform.testsupport;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import org.alfresco.service.namespace.NamespaceService;
import org.gdprretention.core.catalogue.DefaultRetentionTypes;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.expiry.ExpiryCalculator;
import org.gdprretention.core.expiry.RetentionStatusEvaluator;
import org.gdprretention.platform.catalogue.RepositoryRetentionCatalogue;
import org.gdprretention.platform.expiry.RetentionApplier;
import org.gdprretention.platform.model.RetentionModel;

/**
 * A real {@link RetentionApplier} on a {@link FakeRepository}, with the Dutch default catalogue, the Amsterdam
 * zone and a clock fixed at {@link #NOW}.
 */
public final class RetentionFixture {

    public static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");

    public final FakeRepository repository;
    public final RepositoryRetentionCatalogue catalogue;
    public final NamespaceService namespaceService = mock(NamespaceService.class);
    public final RetentionStatusEvaluator statusEvaluator =
            new RetentionStatusEvaluator(new ExpiryCalculator(FakeRepository.ZONE));
    public final Clock clock = Clock.fixed(NOW, FakeRepository.ZONE);
    public final RetentionApplier applier = new RetentionApplier();

    public RetentionFixture() {
        this(DefaultRetentionTypes.netherlands());
    }

    public RetentionFixture(RetentionCatalogue types) {
        this(new FakeRepository(), mock(RepositoryRetentionCatalogue.class));
        lenient().when(catalogue.current()).thenReturn(types);
    }

    /** An applier on {@code repository} that reads {@code catalogue}, e.g. a real one on the same repository. */
    public RetentionFixture(FakeRepository repository, RepositoryRetentionCatalogue catalogue) {
        this.repository = repository;
        this.catalogue = catalogue;
        lenient().when(namespaceService.getNamespaceURI(RetentionModel.PREFIX)).thenReturn(RetentionModel.NAMESPACE_URI);
        lenient().when(namespaceService.getNamespaceURI(NamespaceService.CONTENT_MODEL_PREFIX))
                .thenReturn(NamespaceService.CONTENT_MODEL_1_0_URI);
        applier.setNodeService(repository.nodeService());
        applier.setNamespaceService(namespaceService);
        applier.setCatalogue(catalogue);
        applier.setStatusEvaluator(statusEvaluator);
        applier.setClock(clock);
        applier.setBehaviourFilter(repository.behaviourFilter());
        applier.afterPropertiesSet();
    }
}
