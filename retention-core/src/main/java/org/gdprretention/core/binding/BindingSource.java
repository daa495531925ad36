package org.gdprretention.core.binding;

/** Where a document's retention type came from, strongest first. */
public enum BindingSource {
    /** Set on the document itself (Share, CMIS, REST). */
    EXPLICIT,
    /** Bound to the document template the document was created from. */
    TEMPLATE,
    /** Applied by the folder rule action. */
    FOLDER_RULE,
    /** No retention type applies. */
    NONE
}
