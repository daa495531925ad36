package org.gdprretention.platform.sweep;

import java.util.ArrayList;
import java.util.List;

import org.gdprretention.core.sweep.StoreWalkSummary;
import org.gdprretention.core.sweep.UnreadableEntry;

/** Turns what a store walk could not read into lines an administrator can act on. */
final class SweepProblems {

    private SweepProblems() {
    }

    static List<String> of(StoreWalkSummary walk) {
        List<String> problems = new ArrayList<>();
        if (walk.unreadableEntries() > 0) {
            problems.add(walk.unreadableEntries() + " entr" + (walk.unreadableEntries() == 1 ? "y" : "ies")
                    + " could not be read and were left alone");
            for (UnreadableEntry entry : walk.unreadableSample()) {
                problems.add("unreadable: " + (entry.relativePath().isEmpty() ? "(store root)" : entry.relativePath())
                        + " (" + entry.reason() + ")");
            }
        }
        return problems;
    }
}
