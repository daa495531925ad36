package org.gdprretention.platform.guard;

import java.util.Objects;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * "The module is writing this node now", for a guard that refuses the same write by hand. ACS runs a behaviour
 * synchronously inside the {@code addAspect}/{@code setProperty} call that fires it, on the caller's thread, so a mark
 * held on the thread for the duration of that one call reaches the guard and nothing else: not another request, not a
 * later write of the same node, not a guard that asks another mark.
 *
 * <p>One node at a time: a write nested in another marks its own node until it returns and then gives the outer one
 * back; during the nested write the outer node is not marked. (The expiry's {@code ReentranceGuard} keeps a set of
 * nodes instead, all marked until their own call returns: a different contract, kept apart on purpose.)
 */
public final class ModuleWriteMark {

    private final ThreadLocal<NodeRef> writing = new ThreadLocal<>();

    /** Runs {@code write} with {@code node} marked as the module's own write on this thread. */
    public void run(NodeRef node, Runnable write) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(write, "write");
        NodeRef outer = writing.get();
        writing.set(node);
        try {
            write.run();
        } finally {
            if (outer == null) {
                writing.remove();
            } else {
                writing.set(outer);
            }
        }
    }

    /** Whether this thread is writing {@code node} under this mark right now; false for null. */
    public boolean isMarked(NodeRef node) {
        return node != null && node.equals(writing.get());
    }
}
