package org.gdprretention.platform.consent;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.model.RetentionModel;
import org.springframework.beans.factory.InitializingBean;

/**
 * The {@code gdpr:consentRequest} nodes under Data Dictionary/GDPR Retention/Consent Requests.
 *
 * <p>An open request is named by the SHA-256 hash of its token, so the consent page finds it with
 * {@code getChildByName}: a lookup the database answers at once, never the eventually consistent search index.
 * The stored hash is compared again in constant time. Answering or expiring a request clears the hash and renames
 * the node, so the same token can never find it again. Everything here runs as the system user: the folder is
 * for officers only, and the consent page's caller is anonymous.
 */
public class ConsentRequestStore implements InitializingBean {

    private NodeService nodeService;
    private RetentionFolders folders;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "folders", folders);
    }

    /** Stores a new open request for a token whose hash is {@code tokenHash}. */
    public NodeRef create(String subjectId, List<NodeRef> documents, Instant expiresAt, String tokenHash,
            Locale locale, Instant sentAt) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, tokenHash);
        properties.put(RetentionModel.PROP_CONSENT_SUBJECT_ID, subjectId);
        properties.put(RetentionModel.PROP_CONSENT_DOCUMENTS, new ArrayList<>(documents));
        properties.put(RetentionModel.PROP_CONSENT_EXPIRES_AT, Date.from(expiresAt));
        properties.put(RetentionModel.PROP_CONSENT_TOKEN_HASH, tokenHash);
        properties.put(RetentionModel.PROP_CONSENT_REQUEST_STATE, ConsentRequestState.OPEN.name());
        properties.put(RetentionModel.PROP_CONSENT_LOCALE, locale.toLanguageTag());
        properties.put(RetentionModel.PROP_CONSENT_SENT_AT, Date.from(sentAt));
        return AuthenticationUtil.runAsSystem(() -> nodeService.createNode(
                folders.ensureFolder(RetentionFolders.CONSENT_REQUESTS_NAME), ContentModel.ASSOC_CONTAINS,
                QName.createQName(RetentionModel.NAMESPACE_URI, "consentRequest-" + tokenHash.substring(0, 16)),
                RetentionModel.TYPE_CONSENT_REQUEST, properties).getChildRef());
    }

    /**
     * The open, unexpired request of {@code token}, or empty for anything else: a malformed, unknown, answered or
     * expired token all look the same to the caller. Reads nothing but the lookup until the token has matched.
     */
    public Optional<OpenConsentRequest> findOpen(String token, Instant now) {
        if (!ConsentToken.isWellFormed(token)) {
            return Optional.empty();
        }
        String tokenHash = ConsentToken.hash(token);
        return AuthenticationUtil.runAsSystem(() -> {
            Optional<NodeRef> folder = folders.folder(RetentionFolders.CONSENT_REQUESTS_NAME);
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            NodeRef node = nodeService.getChildByName(folder.get(), ContentModel.ASSOC_CONTAINS, tokenHash);
            if (node == null || !RetentionModel.TYPE_CONSENT_REQUEST.equals(nodeService.getType(node))) {
                return Optional.empty();
            }
            // cm:name lookups ignore case: the stored hash decides, compared in constant time
            Map<QName, Serializable> properties = nodeService.getProperties(node);
            if (!ConsentToken.matches(text(properties.get(RetentionModel.PROP_CONSENT_TOKEN_HASH)), tokenHash)
                    || !ConsentRequestState.OPEN.name().equals(
                            text(properties.get(RetentionModel.PROP_CONSENT_REQUEST_STATE)))) {
                return Optional.empty();
            }
            Serializable expires = properties.get(RetentionModel.PROP_CONSENT_EXPIRES_AT);
            if (!(expires instanceof Date expiresAt) || now.isAfter(expiresAt.toInstant())) {
                return Optional.empty();
            }
            return Optional.of(new OpenConsentRequest(node,
                    text(properties.get(RetentionModel.PROP_CONSENT_SUBJECT_ID)),
                    documents(properties.get(RetentionModel.PROP_CONSENT_DOCUMENTS)), expiresAt.toInstant(),
                    locale(properties.get(RetentionModel.PROP_CONSENT_LOCALE))));
        });
    }

    /** The requests still OPEN (answered or not yet expired ones), found by their state in the database. */
    public List<NodeRef> openRequests() {
        return AuthenticationUtil.runAsSystem(() -> folders.folder(RetentionFolders.CONSENT_REQUESTS_NAME)
                .map(folder -> nodeService.getChildAssocsByPropertyValue(folder,
                                RetentionModel.PROP_CONSENT_REQUEST_STATE, ConsentRequestState.OPEN.name()).stream()
                        .map(ChildAssociationRef::getChildRef)
                        .filter(node -> RetentionModel.TYPE_CONSENT_REQUEST.equals(nodeService.getType(node)))
                        .toList())
                .orElse(List.of()));
    }

    /** Whether the request's last moment to answer has passed. */
    public boolean isOverdue(NodeRef request, Instant now) {
        Serializable expires = AuthenticationUtil.runAsSystem(() -> nodeService.getProperty(request,
                RetentionModel.PROP_CONSENT_EXPIRES_AT));
        return expires instanceof Date expiresAt && now.isAfter(expiresAt.toInstant());
    }

    /** Closes a request: its hash is cleared and its name no longer the hash, so its token finds nothing again. */
    public void close(NodeRef request, ConsentRequestState state, Instant at) {
        if (state == ConsentRequestState.OPEN) {
            throw new IllegalArgumentException("Invalid state '" + state + "' to close a consent request with");
        }
        Map<QName, Serializable> changes = new HashMap<>();
        changes.put(ContentModel.PROP_NAME, state.name().toLowerCase(Locale.ROOT) + "-" + request.getId());
        changes.put(RetentionModel.PROP_CONSENT_TOKEN_HASH, null);
        changes.put(RetentionModel.PROP_CONSENT_REQUEST_STATE, state.name());
        changes.put(RetentionModel.PROP_CONSENT_ANSWERED_AT, state == ConsentRequestState.EXPIRED ? null : Date.from(at));
        AuthenticationUtil.runAsSystem(() -> {
            nodeService.addProperties(request, changes);
            return null;
        });
    }

    private static List<NodeRef> documents(Serializable value) {
        List<NodeRef> documents = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            for (Object item : values) {
                if (item instanceof NodeRef ref) {
                    documents.add(ref);
                } else if (item != null && NodeRef.isNodeRef(item.toString())) {
                    documents.add(new NodeRef(item.toString()));
                }
            }
        }
        return documents;
    }

    private static Locale locale(Serializable value) {
        return value == null ? null : Locale.forLanguageTag(value.toString());
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setFolders(RetentionFolders folders) {
        this.folders = folders;
    }
}
