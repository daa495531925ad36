package org.gdprretention.platform.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.batch.BatchProcessWorkProvider;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Hands a BatchProcessor the retainable documents below a dossier folder, read from the node service (the
 * database) rather than the search index, so a document filed a moment before the dossier changed is found too.
 * The folder tree is walked depth first with an explicit stack of folders still to read: memory grows with the
 * breadth of the tree (and one folder's listing), not with the number of documents. Each page is read as the
 * system user in its own read-only transaction.
 */
public class DossierDocumentsWorkProvider implements BatchProcessWorkProvider<NodeRef> {

    private final NodeService nodeService;
    private final RetryingTransactionHelper transactionHelper;
    private final int pageSize;
    private final Deque<NodeRef> foldersToRead = new ArrayDeque<>();
    // Documents read but not yet handed out: one folder's listing can hold more than a page.
    private final Deque<NodeRef> found = new ArrayDeque<>();

    public DossierDocumentsWorkProvider(NodeService nodeService, RetryingTransactionHelper transactionHelper,
            NodeRef dossier, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("Invalid pageSize '" + pageSize + "': must be at least 1");
        }
        this.nodeService = nodeService;
        this.transactionHelper = transactionHelper;
        this.pageSize = pageSize;
        foldersToRead.push(dossier);
    }

    @Override
    public synchronized Collection<NodeRef> getNextWork() {
        if (found.size() < pageSize && !foldersToRead.isEmpty()) {
            // Called by BatchProcessor after the dossier change committed, outside any caller's transaction.
            AuthenticationUtil.runAsSystem(() -> transactionHelper.doInTransaction(
                    this::readFolders, true, true)); // acs-lint: ok: no outer transaction
        }
        List<NodeRef> page = new ArrayList<>(Math.min(pageSize, found.size()));
        while (page.size() < pageSize && !found.isEmpty()) {
            page.add(found.poll());
        }
        return page;
    }

    // Reads folders until a page is full or the tree is done. Works on copies and updates the state only at the
    // end, so a retried transaction reads the same folders again instead of skipping them.
    private Void readFolders() {
        // The copy iterates, and so pops, in the same order as the original.
        Deque<NodeRef> stack = new ArrayDeque<>(foldersToRead);
        List<NodeRef> documents = new ArrayList<>();
        while (found.size() + documents.size() < pageSize && !stack.isEmpty()) {
            read(stack.pop(), stack, documents);
        }
        foldersToRead.clear();
        foldersToRead.addAll(stack);
        found.addAll(documents);
        return null;
    }

    private void read(NodeRef folder, Deque<NodeRef> stack, List<NodeRef> documents) {
        // A dossier deleted before the run, or a folder deleted while it runs, holds nothing to recompute.
        if (!nodeService.exists(folder)) {
            return;
        }
        List<ChildAssociationRef> children =
                nodeService.getChildAssocs(folder, ContentModel.ASSOC_CONTAINS, RegexQNamePattern.MATCH_ALL);
        for (ChildAssociationRef child : children) {
            // A secondary link files a document that lives elsewhere, under another data subject's dossier.
            if (!child.isPrimary()) {
                continue;
            }
            NodeRef node = child.getChildRef();
            boolean retainable = nodeService.hasAspect(node, RetentionModel.ASPECT_RETAINABLE);
            if (retainable) {
                documents.add(node);
            }
            // Without the dictionary a subtype of cm:folder is not recognised by its type, so any node that is
            // not itself a retainable document is read as a folder: reading it is how we learn it has children,
            // and a plain document costs one empty listing. A retainable document's own children (if any) are
            // not documents filed in the dossier.
            if (!retainable || ContentModel.TYPE_FOLDER.equals(nodeService.getType(node))) {
                stack.push(node);
            }
        }
    }

    // The total is unknown until the tree has been walked; BatchProcessor only uses it for progress messages.
    @Override
    @Deprecated
    public int getTotalEstimatedWorkSize() {
        return -1;
    }

    @Override
    public long getTotalEstimatedWorkSizeLong() {
        return -1;
    }
}
