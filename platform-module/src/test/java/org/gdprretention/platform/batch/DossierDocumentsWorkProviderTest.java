package org.gdprretention.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.gdprretention.platform.model.RetentionModel.ASPECT_RETAINABLE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.repo.transaction.RetryingTransactionHelper.RetryingTransactionCallback;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.model.RetentionModel;
import org.gdprretention.platform.testsupport.FakeRepository;
import org.junit.jupiter.api.Test;

class DossierDocumentsWorkProviderTest {

    // A site's own folder type: a subtype of cm:folder that cannot be recognised without the dictionary.
    private static final QName CASE_FOLDER = QName.createQName(RetentionModel.NAMESPACE_URI, "testCaseFolder");

    private final FakeRepository repository = new FakeRepository();
    private final RetryingTransactionHelper transactions = spy(new RetryingTransactionHelper());
    private final List<String> transactionUsers = new ArrayList<>();
    private final NodeRef site = repository.folder(null, "documentLibrary");
    private final NodeRef dossier = repository.folder(site, "Jan Jansen");

    @Test
    void yieldsExactlyTheRetainableDocumentsBelowTheDossierEachOnceInFullPages() {
        List<NodeRef> expected = new ArrayList<>();
        expected.add(retainable(dossier));
        repository.document(dossier, Map.of());
        NodeRef contracts = repository.folder(dossier, "Contracts");
        expected.add(retainable(contracts));
        expected.add(retainable(contracts));
        NodeRef older = repository.folder(contracts, "2019");
        expected.add(retainable(older));
        repository.document(older, Map.of());
        NodeRef caseFolder = repository.add(CASE_FOLDER, dossier, Map.of());
        expected.add(retainable(caseFolder));
        repository.folder(dossier, "Empty");
        NodeRef elsewhere = repository.folder(site, "Piet Peters");
        NodeRef linkedDocument = retainable(elsewhere);
        repository.link(dossier, linkedDocument);
        NodeRef linkedFolder = repository.folder(site, "Shared");
        retainable(linkedFolder);
        repository.link(contracts, linkedFolder);

        List<Collection<NodeRef>> pages = drain(provider(2));

        assertThat(pages).extracting(Collection::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(Collection::stream).toList()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void readsEveryPageAsTheSystemUserInANewReadOnlyTransaction() {
        retainable(repository.folder(dossier, "Contracts"));
        retainable(dossier);
        doAnswer(call -> {
            transactionUsers.add(AuthenticationUtil.getRunAsUser());
            assertThat((boolean) call.getArgument(1)).as("read-only").isTrue();
            assertThat((boolean) call.getArgument(2)).as("requires new").isTrue();
            return call.callRealMethod();
        }).when(transactions).doInTransaction(any(), anyBoolean(), anyBoolean());

        assertThat(drain(provider(1))).hasSize(2);

        assertThat(transactionUsers).isNotEmpty().containsOnly(AuthenticationUtil.SYSTEM_USER_NAME);
    }

    @Test
    void aPageRetriedAfterAFailureHalfwayReadsTheFolderAgainWithoutLosingOrRepeatingDocuments() {
        NodeRef first = retainable(dossier);
        NodeRef failing = retainable(dossier);
        NodeRef last = retainable(dossier);
        doThrow(new IllegalStateException("deadlock")).doReturn(true)
                .when(repository.nodeService()).hasAspect(eq(failing), any());
        // Retries the callback once after a failure, as ACS's helper does after a concurrency failure.
        doAnswer(call -> {
            RetryingTransactionCallback<?> callback = call.getArgument(0);
            try {
                return callback.execute();
            } catch (IllegalStateException concurrencyFailure) {
                return callback.execute();
            }
        }).when(transactions).doInTransaction(any(), anyBoolean(), anyBoolean());

        List<Collection<NodeRef>> pages = drain(provider(5));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).containsExactlyInAnyOrder(first, failing, last);
    }

    @Test
    void anEmptyDossierYieldsNothing() {
        assertThat(provider(2).getNextWork()).isEmpty();
    }

    @Test
    void aDossierDeletedBeforeTheRunYieldsNothing() {
        retainable(dossier);
        repository.delete(dossier);

        assertThat(provider(2).getNextWork()).isEmpty();
    }

    @Test
    void theTotalIsUnknown() {
        retainable(dossier);

        assertThat(provider(2).getTotalEstimatedWorkSizeLong()).isEqualTo(-1);
    }

    @Test
    void aPageSizeBelowOneIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> provider(0)).withMessageContaining("pageSize '0'");
    }

    private DossierDocumentsWorkProvider provider(int pageSize) {
        return new DossierDocumentsWorkProvider(repository.nodeService(), transactions, dossier, pageSize);
    }

    private NodeRef retainable(NodeRef folder) {
        NodeRef document = repository.document(folder, Map.of());
        repository.addAspect(document, ASPECT_RETAINABLE, Map.of());
        return document;
    }

    // Pages as BatchProcessor asks for them: until an empty one, which must then stay empty.
    private static List<Collection<NodeRef>> drain(DossierDocumentsWorkProvider provider) {
        List<Collection<NodeRef>> pages = new ArrayList<>();
        for (Collection<NodeRef> page = provider.getNextWork(); !page.isEmpty(); page = provider.getNextWork()) {
            pages.add(page);
        }
        assertThat(provider.getNextWork()).isEmpty();
        return pages;
    }
}
