package org.gdprretention.platform.expiry;

import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_EMAIL;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_DATA_SUBJECT_NAME;
import static org.gdprretention.platform.model.RetentionModel.PROP_GRANTED_EXTENSIONS;
import static org.gdprretention.platform.model.RetentionModel.PROP_RELATIONSHIP_END;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_START;
import static org.gdprretention.platform.model.RetentionModel.PROP_RETENTION_TYPE;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_EMAIL;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_ID;
import static org.gdprretention.platform.model.RetentionModel.PROP_SUBJECT_NAME;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alfresco.service.namespace.QName;
import org.gdprretention.platform.config.RepositoryDates;
import org.gdprretention.platform.guard.HandEditGuard;
import org.gdprretention.platform.guard.HandEditGuard.Blanks;
import org.gdprretention.platform.model.RetentionModel;

/**
 * One write's change of a node's retention inputs: which input properties changed, whether that is their first
 * setting or a change of values already set, and how the audit log describes it without personal data.
 */
record RetentionInputChange(Set<QName> changed, Map<QName, Serializable> before, Map<QName, Serializable> after) {

    /**
     * Who the document's data belong to: as set on the document itself or as computed from its dossier. The
     * language (of the consent mail) is the subject's, so it is guarded, audited and kept out of the log alike.
     */
    static final Set<QName> SUBJECT = Set.of(PROP_SUBJECT_ID, PROP_SUBJECT_EMAIL, PROP_SUBJECT_NAME,
            RetentionModel.PROP_SUBJECT_LANGUAGE, PROP_DATA_SUBJECT_ID, PROP_DATA_SUBJECT_EMAIL,
            PROP_DATA_SUBJECT_NAME, RetentionModel.PROP_DATA_SUBJECT_LANGUAGE);
    /** What a document's retention is computed from. */
    static final Set<QName> DOCUMENT_INPUTS = union(SUBJECT,
            Set.of(PROP_RETENTION_TYPE, PROP_RETENTION_START, PROP_GRANTED_EXTENSIONS, PROP_RELATIONSHIP_END));
    /** What a dossier folder passes on to the documents below it. */
    static final Set<QName> DOSSIER_INPUTS = DataSubjectBehaviour.DOSSIER_INPUTS;

    static final String AUDIT_ACTION = "retention.inputChanged";

    static RetentionInputChange of(Set<QName> inputs, Map<QName, Serializable> before,
            Map<QName, Serializable> after) {
        Map<QName, Serializable> was = before == null ? Map.of() : before;
        Map<QName, Serializable> is = after == null ? Map.of() : after;
        return new RetentionInputChange(HandEditGuard.changed(inputs, was, is, Blanks.ARE_UNSET), was, is);
    }

    boolean isEmpty() {
        return changed.isEmpty();
    }

    /**
     * Whether this write changes values that were already set: an input that had a value, or the data subject of a
     * node that already had one (setting a document's own subject over the one its dossier gave it is a change).
     * A first setting (e.g. a document created with its inputs, or a start that was still pending) is not.
     */
    boolean changesSetValues() {
        boolean subjectChanged = changed.stream().anyMatch(SUBJECT::contains);
        boolean hadSubject = SUBJECT.stream().anyMatch(name -> blankToNull(before.get(name)) != null);
        return subjectChanged && hadSubject || changed.stream().anyMatch(name -> blankToNull(before.get(name)) != null);
    }

    /**
     * The audit entry's details: the changed properties, and per property its old and new value; personal data
     * (the subject's id, e-mail and name) only as "set", "changed" or "removed".
     */
    Map<String, String> auditDetails(ZoneId zone) {
        List<QName> names = changed.stream().sorted(Comparator.comparing(QName::getLocalName)).toList();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("properties", names.stream().map(RetentionInputChange::prefixed).collect(Collectors.joining(",")));
        for (QName name : names) {
            Serializable old = blankToNull(before.get(name));
            Serializable now = blankToNull(after.get(name));
            details.put(prefixed(name), SUBJECT.contains(name) ? personal(old, now)
                    : text(old, zone) + " → " + text(now, zone));
        }
        return details;
    }

    private static String personal(Serializable old, Serializable now) {
        return old == null ? "set" : now == null ? "removed" : "changed";
    }

    private static String text(Serializable value, ZoneId zone) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof java.util.Date date) {
            return RepositoryDates.toLocalDate(date, zone).toString();
        }
        return value.toString();
    }

    static String prefixed(QName name) {
        return RetentionModel.NAMESPACE_URI.equals(name.getNamespaceURI())
                ? RetentionModel.PREFIX + ":" + name.getLocalName() : name.toString();
    }

    // A blank text or an empty list is no value here: clearing one is no change, and it was never "set".
    private static Serializable blankToNull(Serializable value) {
        return Blanks.ARE_UNSET.normalise(value);
    }

    private static Set<QName> union(Set<QName> first, Set<QName> second) {
        java.util.HashSet<QName> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
