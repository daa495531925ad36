package org.gdprretention.platform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.Test;

/** The search double refuses, orders and cuts off as ACS's database query does. */
class TransactionalMetadataQueryTest {

    private final FakeRepository repository = new FakeRepository();
    private final TransactionalMetadataQuery database = TransactionalMetadataQuery.over(repository);
    private final List<NodeRef> documents = new ArrayList<>();

    TransactionalMetadataQueryTest() {
        for (int i = 0; i < 1_200; i++) {
            NodeRef document = repository.document(null, Map.of(ContentModel.PROP_CREATED,
                    Date.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i))));
            repository.addAspect(document, RetentionModel.ASPECT_RETAINABLE,
                    Map.of(RetentionModel.PROP_RETENTION_TYPE, i % 2 == 0 ? "VOG" : "CV"));
            documents.add(document);
        }
    }

    @Test
    void anFtsRangeIsRefusedUnderTransactionalConsistencyAndFindsNothingOtherwise() {
        SearchParameters range = fts("ASPECT:\"gdpr:retainable\" AND gdpr:expiryDate:[MIN TO \"2025-06-15\"]");
        range.setQueryConsistency(QueryConsistency.TRANSACTIONAL);
        assertThatThrownBy(() -> database.searchService().query(range)).isInstanceOf(AlfrescoRuntimeException.class);

        range.setQueryConsistency(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
        assertThat(database.searchService().query(range).getNodeRefs()).isEmpty();
    }

    @Test
    void stopsSilentlyAfterAThousandPermissionChecksUnlessRaised() {
        SearchParameters all = fts("ASPECT:\"gdpr:retainable\"");
        all.setSkipCount(1_000);
        all.setMaxItems(100);
        assertThat(database.searchService().query(all).getNodeRefs()).hasSize(1);

        all.setMaxPermissionChecks(2_000);
        assertThat(database.searchService().query(all).getNodeRefs()).hasSize(100);
    }

    @Test
    void aSortOnTheDatabaseIdHasNoEffectButAStoredPropertyOrders() {
        SearchParameters byDbid = fts("ASPECT:\"gdpr:retainable\" AND =gdpr:retentionType:\"VOG\"");
        byDbid.addSort("@sys:node-dbid", true);
        byDbid.setMaxItems(50);
        List<NodeRef> vog = documents.stream().filter(d -> documents.indexOf(d) % 2 == 0).toList();
        assertThat(database.searchService().query(byDbid).getNodeRefs()).hasSize(50)
                .isNotEqualTo(vog.subList(0, 50));

        SearchParameters cmis = new SearchParameters();
        cmis.setLanguage(SearchService.LANGUAGE_CMIS_ALFRESCO);
        cmis.setQuery("SELECT d.* FROM cmis:document AS d JOIN gdpr:retainable AS r ON d.cmis:objectId ="
                + " r.cmis:objectId WHERE r.gdpr:retentionType = 'VOG' ORDER BY d.cmis:creationDate ASC");
        cmis.setQueryConsistency(QueryConsistency.TRANSACTIONAL);
        cmis.setMaxItems(50);
        assertThat(database.searchService().query(cmis).getNodeRefs()).isEqualTo(vog.subList(0, 50));
    }

    @Test
    void likeMatchesWithWildcardsAndCaseAndOnlyReadableRowsComeBackWhileEachCostsACheck() {
        SearchParameters like = new SearchParameters();
        like.setLanguage(SearchService.LANGUAGE_CMIS_ALFRESCO);
        like.setQuery("SELECT d.* FROM cmis:document AS d JOIN gdpr:retainable AS r ON d.cmis:objectId ="
                + " r.cmis:objectId WHERE d.cmis:name LIKE 'doc 1_' ORDER BY d.cmis:creationDate ASC");
        repository.nodeService().setProperty(documents.get(0), org.alfresco.model.ContentModel.PROP_NAME, "doc 1%");
        repository.nodeService().setProperty(documents.get(1), org.alfresco.model.ContentModel.PROP_NAME, "doc 10");
        repository.nodeService().setProperty(documents.get(2), org.alfresco.model.ContentModel.PROP_NAME, "Doc 12");
        assertThat(database.searchService().query(like).getNodeRefs()).containsExactly(documents.get(0),
                documents.get(1));
        like.setQuery(like.getQuery().replace("'doc 1_'", "'doc 1\\\\%'"));
        assertThat(database.searchService().query(like).getNodeRefs()).containsExactly(documents.get(0));
        like.setQuery(like.getQuery().replace("'doc 1\\\\%'", "'DOC%'"));
        assertThat(database.searchService().query(like).getNodeRefs()).isEmpty();

        SearchParameters all = fts("ASPECT:\"gdpr:retainable\"");
        all.setMaxItems(5);
        all.setSkipCount(1);
        database.readableWhen(node -> documents.indexOf(node) % 3 == 0);
        assertThat(database.searchService().query(all).getNodeRefs()).hasSize(5)
                .allMatch(node -> documents.indexOf(node) % 3 == 0);
    }

    private static SearchParameters fts(String query) {
        SearchParameters parameters = new SearchParameters();
        parameters.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        parameters.setQuery(query);
        parameters.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        parameters.setQueryConsistency(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
        return parameters;
    }
}
