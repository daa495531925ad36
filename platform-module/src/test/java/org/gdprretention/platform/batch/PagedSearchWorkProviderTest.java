package org.gdprretention.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PagedSearchWorkProviderTest {

    private final SearchService searchService = mock(SearchService.class);
    private final List<NodeRef> nodes = List.of(node("a"), node("b"), node("c"), node("d"), node("e"));
    private final List<int[]> requestedPages = new ArrayList<>();

    @Test
    void pagesThroughTheResultsAndStopsAfterAShortPage() {
        answerPagesOf(nodes);
        PagedSearchWorkProvider provider = provider(2);

        assertThat(provider.getNextWork()).containsExactly(nodes.get(0), nodes.get(1));
        assertThat(provider.getNextWork()).containsExactly(nodes.get(2), nodes.get(3));
        assertThat(provider.getNextWork()).containsExactly(nodes.get(4));
        assertThat(provider.getNextWork()).isEmpty();

        assertThat(requestedPages).containsExactly(new int[] {0, 2}, new int[] {2, 2}, new int[] {4, 2});
        verify(searchService, times(3)).query(any(SearchParameters.class));
    }

    @Test
    void anExactlyFullLastPageCostsOneMoreEmptySearch() {
        answerPagesOf(nodes.subList(0, 4));
        PagedSearchWorkProvider provider = provider(2);

        provider.getNextWork();
        provider.getNextWork();

        assertThat(provider.getNextWork()).isEmpty();
        assertThat(provider.getNextWork()).isEmpty();
        verify(searchService, times(3)).query(any(SearchParameters.class));
    }

    @Test
    void everyResultSetIsClosed() {
        ResultSet results = mock(ResultSet.class);
        when(results.getNodeRefs()).thenReturn(List.of(nodes.get(0)));
        when(searchService.query(any(SearchParameters.class))).thenReturn(results);

        provider(10).getNextWork();

        verify(results).close();
    }

    @Test
    void theTotalIsUnknownAndThePageSizeMustBePositive() {
        assertThat(provider(3).getTotalEstimatedWorkSizeLong()).isEqualTo(-1);
        assertThatIllegalArgumentException().isThrownBy(() -> provider(0)).withMessageContaining("pageSize")
                .withMessageContaining("'0'");
    }

    private PagedSearchWorkProvider provider(int pageSize) {
        return new PagedSearchWorkProvider(searchService, new RetryingTransactionHelper(), SearchParameters::new,
                pageSize);
    }

    private void answerPagesOf(List<NodeRef> all) {
        ArgumentCaptor<SearchParameters> captor = ArgumentCaptor.forClass(SearchParameters.class);
        when(searchService.query(captor.capture())).thenAnswer(call -> {
            SearchParameters parameters = call.getArgument(0);
            requestedPages.add(new int[] {parameters.getSkipCount(), parameters.getMaxItems()});
            int from = Math.min(parameters.getSkipCount(), all.size());
            int to = Math.min(from + parameters.getMaxItems(), all.size());
            ResultSet results = mock(ResultSet.class);
            when(results.getNodeRefs()).thenReturn(all.subList(from, to));
            return results;
        });
    }

    private static NodeRef node(String id) {
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
    }
}
