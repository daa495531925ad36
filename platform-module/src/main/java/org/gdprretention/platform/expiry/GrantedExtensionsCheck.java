package org.gdprretention.platform.expiry;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionPeriod;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.core.extension.ContactKind;
import org.gdprretention.platform.model.RetentionModel;

/**
 * Checks {@code gdpr:grantedExtensions} as a client wrote it against the record: every granted extension is proven
 * by a contact moment under the document (an approved extension or the subject's consent), the type allows that
 * many, extensions granted before stay as they were, and a new one is the type's extension period. Otherwise a
 * client could lengthen retention (or shorten it, by taking extensions away) without any decision behind it.
 */
final class GrantedExtensionsCheck {

    static final String FIELD = "grantedExtensions";
    private static final Set<String> GRANTING = Set.of(ContactKind.EXTENSION_APPROVED.name(),
            ContactKind.CONSENT_GIVEN.name());

    private final NodeService nodeService;

    GrantedExtensionsCheck(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    void check(NodeRef document, RetentionType type, Serializable before, Serializable after) {
        List<RetentionPeriod> was = periods(before);
        List<RetentionPeriod> now = periods(after);
        String shown = String.valueOf(after);
        if (!now.isEmpty() && !type.extendable()) {
            throw refused(shown, "retention type " + type.code() + " is not extendable");
        }
        if (now.size() > type.maxExtensions()) {
            throw refused(shown, "retention type " + type.code() + " allows at most " + type.maxExtensions()
                    + " extensions");
        }
        for (int i = 0; i < now.size(); i++) {
            if (i < was.size() && !was.get(i).equals(now.get(i))) {
                throw refused(shown, "extension " + (i + 1) + " was granted as " + was.get(i)
                        + " and cannot be rewritten");
            }
            if (i >= was.size() && !now.get(i).equals(type.extensionPeriod())) {
                throw refused(shown, "a new extension of retention type " + type.code() + " is "
                        + type.extensionPeriod());
            }
        }
        long proven = grantingMoments(document);
        if (now.size() != proven) {
            throw refused(shown, "the document's contact moments prove " + proven
                    + " granted extensions (approved extensions and consents), not " + now.size());
        }
    }

    // Read as the system user: the moments are the repository's record, whoever may read them.
    private long grantingMoments(NodeRef document) {
        return AuthenticationUtil.runAsSystem(() -> nodeService.getChildAssocs(document,
                Set.of(RetentionModel.TYPE_CONTACT_MOMENT)).stream()
                .map(child -> nodeService.getProperty(child.getChildRef(), RetentionModel.PROP_MOMENT_KIND))
                .filter(Objects::nonNull).map(Object::toString).filter(GRANTING::contains).count());
    }

    private static List<RetentionPeriod> periods(Serializable value) {
        if (value == null) {
            return List.of();
        }
        Collection<?> values = value instanceof Collection<?> list ? list : List.of(value);
        return values.stream().filter(Objects::nonNull).map(period -> RetentionPeriod.parse(FIELD, period.toString()))
                .toList();
    }

    private static InvalidRetentionInputException refused(String value, String reason) {
        return new InvalidRetentionInputException(FIELD, value, reason);
    }
}
