package org.gdprretention.alfrescoapi.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.LimitBy;
import org.alfresco.service.cmr.search.PermissionEvaluationMode;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    @Test
    void startsWithAcsDefaults() {
        SearchParameters parameters = new SearchParameters();

        assertThat(parameters.getQueryConsistency()).isEqualTo(QueryConsistency.DEFAULT);
        assertThat(parameters.getMaxItems()).isEqualTo(-1);
        assertThat(parameters.getSkipCount()).isZero();
        assertThat(parameters.getLimitBy()).isEqualTo(LimitBy.UNLIMITED);
        assertThat(parameters.getPermissionEvaluation()).isEqualTo(PermissionEvaluationMode.EAGER);
        assertThat(parameters.getStores()).isEmpty();
        assertThat(parameters.getSortDefinitions()).isEmpty();
    }

    @Test
    void keepsAQueryAsTheAddOnBuildsIt() {
        SearchParameters parameters = new SearchParameters();
        parameters.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        parameters.setQuery("ASPECT:'gdpr:retainable'");
        parameters.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        parameters.setSkipCount(50);
        parameters.setMaxItems(25);
        parameters.addSort("@gdpr:expiryDate", true);
        parameters.setQueryConsistency(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);

        assertThat(parameters.getLanguage()).isEqualTo("fts-alfresco");
        assertThat(parameters.getQuery()).isEqualTo("ASPECT:'gdpr:retainable'");
        assertThat(parameters.getStores()).containsExactly(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        assertThat(parameters.getSkipCount()).isEqualTo(50);
        assertThat(parameters.getMaxItems()).isEqualTo(25);
        assertThat(parameters.getSortDefinitions()).singleElement().satisfies(sort -> {
            assertThat(sort.getField()).isEqualTo("@gdpr:expiryDate");
            assertThat(sort.isAscending()).isTrue();
            assertThat(sort.getSortType()).isEqualTo(SearchParameters.SortDefinition.SortType.FIELD);
        });
        assertThat(parameters.getQueryConsistency()).isEqualTo(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
    }
}
