package org.gdprretention.platform.disposal;

import java.util.Objects;

/**
 * Who asks for a purge, and so what the purge may do for them. There are three kinds of caller with rights, and
 * the repository itself is none of them: a purge reached as the system user (a rule that a system write
 * triggered, code that runs as system on someone's behalf) is refused, because "system" says nothing about who
 * wanted it.
 * <ul>
 * <li>an administrator: may purge expired documents and, with a reason, force documents that have not expired;</li>
 * <li>a GDPR officer ({@code GROUP_GDPR_OFFICERS}): may purge expired documents, never force;</li>
 * <li>a scheduled job ({@link #job(String)}): may purge expired documents whose retention type says
 * {@code AUTO_PURGE}, never force. Jobs run as the system user by nature, so no node permission is checked for
 * them.</li>
 * </ul>
 * People are found by {@code PurgeService} from the authenticated user; only a job's caller can be made outside
 * this package.
 */
public final class PurgeCaller {

    enum Kind { ADMINISTRATOR, OFFICER, JOB, NOT_PERMITTED }

    private final String name;
    private final Kind kind;
    private final String refusal;

    private PurgeCaller(String name, Kind kind, String refusal) {
        this.name = name;
        this.kind = kind;
        this.refusal = refusal;
    }

    /**
     * A scheduled job, recorded under its name (e.g. {@code "gdpr-retention.expiryJob"}) as the one who purged.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public static PurgeCaller job(String jobName) {
        if (jobName == null || jobName.isBlank()) {
            throw new IllegalArgumentException("A job caller needs the job's name");
        }
        return new PurgeCaller("job:" + jobName.strip(), Kind.JOB, null);
    }

    static PurgeCaller administrator(String user) {
        return new PurgeCaller(user, Kind.ADMINISTRATOR, null);
    }

    static PurgeCaller officer(String user) {
        return new PurgeCaller(user, Kind.OFFICER, null);
    }

    static PurgeCaller notPermitted(String user, String refusal) {
        return new PurgeCaller(user, Kind.NOT_PERMITTED, refusal);
    }

    /** The user name, or {@code job:<name>} for a job: the "purged by" of records and audit entries. */
    public String userName() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    boolean mayPurge() {
        return kind != Kind.NOT_PERMITTED;
    }

    /** Only a human administrator's explicit call may purge before expiry. */
    boolean mayForce() {
        return kind == Kind.ADMINISTRATOR;
    }

    /** A job purges only documents whose retention type disposes of them automatically. */
    boolean onlyAutoPurge() {
        return kind == Kind.JOB;
    }

    /** People are checked against each node's permissions (as themselves) before anything runs as system. */
    boolean isPerson() {
        return kind == Kind.ADMINISTRATOR || kind == Kind.OFFICER;
    }

    String refusal() {
        return refusal;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PurgeCaller caller && caller.name.equals(name) && caller.kind == kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind);
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
