package org.gdprretention.core.extension;

/** How a contact moment reached the repository. */
public enum ContactChannel {
    /** A task or action in Share. */
    TASK,
    /** The data subject's answer on the consent page (or the e-mail asking for it). */
    SURVEY,
    /** A REST or CMIS client. */
    API,
    /** The repository itself, e.g. a scheduled job closing a request nobody decided on. */
    SYSTEM
}
