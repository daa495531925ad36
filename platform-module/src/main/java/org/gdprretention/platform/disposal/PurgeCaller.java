package org.gdprretention.platform.disposal;

/**
 * Who asked for a purge and what they may do.
 *
 * @param userName the calling user, never blank
 * @param admin    an administrator (or the system itself): may purge and may force
 * @param officer  a member of {@code GROUP_GDPR_OFFICERS}: may purge expired documents, may not force
 */
record PurgeCaller(String userName, boolean admin, boolean officer) {

    boolean mayPurge() {
        return admin || officer;
    }

    boolean mayForce() {
        return admin;
    }

    String refusal() {
        return "NOT_PERMITTED: user '" + userName + "' is neither an administrator nor a member of "
                + PurgePermission.OFFICERS_GROUP;
    }
}
