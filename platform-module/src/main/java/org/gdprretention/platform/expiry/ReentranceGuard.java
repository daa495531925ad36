package org.gdprretention.platform.expiry;

import java.util.HashSet;
import java.util.Set;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Marks the nodes whose computed properties this thread is writing. Those writes fire the same policies that
 * asked for them (synchronously, as the behaviours bind EVERY_EVENT); a behaviour that sees its node marked knows
 * the event is its own echo and returns.
 */
final class ReentranceGuard {

    private final ThreadLocal<Set<NodeRef>> active = ThreadLocal.withInitial(HashSet::new);

    boolean isActive(NodeRef node) {
        return active.get().contains(node);
    }

    void run(NodeRef node, Runnable work) {
        Set<NodeRef> nodes = active.get();
        boolean added = nodes.add(node);
        try {
            work.run();
        } finally {
            if (added) {
                nodes.remove(node);
            }
            if (nodes.isEmpty()) {
                active.remove();
            }
        }
    }
}
