package org.gdprretention.core.disposal;

/** Why a binary of a purged document stays in the content store. */
public enum KeepReason {
    /** A node, version or rendition that is not being purged still references it. */
    SHARED_WITH_LIVE_NODE
}
