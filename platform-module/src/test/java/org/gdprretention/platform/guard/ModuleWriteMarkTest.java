package org.gdprretention.platform.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.junit.jupiter.api.Test;

/**
 * The mark the module sets on its thread while it writes a node itself, so that the guard of that node's aspect lets
 * that one write through: only that node, only during the call, only on that thread, only for that mark.
 */
class ModuleWriteMarkTest {

    private final ModuleWriteMark mark = new ModuleWriteMark();
    private final NodeRef document = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc-1");
    private final NodeRef other = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc-2");

    @Test
    void marksTheNodeForTheDurationOfTheWriteOnly() {
        List<Boolean> seen = new ArrayList<>();

        mark.run(document, () -> {
            seen.add(mark.isMarked(document));
            seen.add(mark.isMarked(other));
            seen.add(mark.isMarked(null));
        });

        assertThat(seen).containsExactly(true, false, false);
        assertThat(mark.isMarked(document)).isFalse();
    }

    @Test
    void aFailedWriteLeavesNoMark() {
        assertThatThrownBy(() -> mark.run(document, () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(mark.isMarked(document)).isFalse();
    }

    @Test
    void aNestedWriteMarksItsOwnNodeAndGivesTheOuterMarkBack() {
        List<Boolean> inner = new ArrayList<>();
        List<Boolean> afterInner = new ArrayList<>();

        mark.run(document, () -> {
            mark.run(other, () -> {
                inner.add(mark.isMarked(other));
                // unlike a set of nodes: the outer write's node is not the module's write inside the inner one
                inner.add(mark.isMarked(document));
            });
            afterInner.add(mark.isMarked(document));
            afterInner.add(mark.isMarked(other));
        });

        assertThat(inner).containsExactly(true, false);
        assertThat(afterInner).containsExactly(true, false);
        assertThat(mark.isMarked(document)).isFalse();
    }

    @Test
    void anotherMarkOrAnotherThreadDoesNotSeeIt() throws Exception {
        ModuleWriteMark otherMark = new ModuleWriteMark();
        List<Boolean> seen = new ArrayList<>();

        mark.run(document, () -> {
            seen.add(otherMark.isMarked(document));
            seen.add(CompletableFuture.supplyAsync(() -> mark.isMarked(document)).join());
        });

        assertThat(seen).containsExactly(false, false);
    }

    @Test
    void aWriteNeedsANodeAndAWrite() {
        assertThatThrownBy(() -> mark.run(null, () -> { }))
                .isInstanceOf(NullPointerException.class).hasMessage("node");
        assertThatThrownBy(() -> mark.run(document, null))
                .isInstanceOf(NullPointerException.class).hasMessage("write");
    }
}
