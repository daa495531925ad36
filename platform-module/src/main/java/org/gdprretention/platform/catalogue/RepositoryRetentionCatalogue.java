package org.gdprretention.platform.catalogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.core.InvalidRetentionInputException;
import org.gdprretention.core.catalogue.RetentionCatalogue;
import org.gdprretention.core.catalogue.RetentionType;
import org.gdprretention.platform.bootstrap.RetentionFolders;
import org.gdprretention.platform.model.RetentionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The retention catalogue as stored under Data Dictionary/GDPR Retention/Retention Types. Reading it costs one
 * node per type, and every document operation needs it, so the last reading is kept. Whether it is still current is
 * decided by the repository, not by this server: every change of a definition writes a new revision token on the
 * Retention Types folder in the changing transaction ({@link #markChanged()}), and every read compares that token
 * (one property, from ACS's own cluster-aware node cache) with the token the kept reading was made at. So a change
 * made on another server of a cluster is seen at once, a change is seen by any transaction that starts after it
 * commits (an after-commit listener included, whatever order ACS runs those in), and a rolled-back change, whose
 * token never becomes visible, is never served.
 */
public class RepositoryRetentionCatalogue implements InitializingBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(RepositoryRetentionCatalogue.class);

    private NodeService nodeService;
    private RetentionFolders folders;
    private RetentionTypeDefinitionMapper mapper;

    private volatile Snapshot snapshot;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "folders", folders);
        PropertyCheck.mandatory(this, "mapper", mapper);
    }

    /** The catalogue as the current transaction sees it; the kept reading when the revision token still matches. */
    public RetentionCatalogue current() {
        return AuthenticationUtil.runAsSystem(() -> {
            Optional<NodeRef> folder = folders.folder(RetentionFolders.RETENTION_TYPES_NAME);
            String revision = folder.map(this::revision).orElse(null);
            Snapshot cached = snapshot;
            // No token yet (before the first definition was written): nothing to compare with, so read every time.
            if (revision != null && cached != null && revision.equals(cached.revision())) {
                return cached.catalogue();
            }
            RetentionCatalogue read = RetentionCatalogue.of(readDefinitions(folder, null).values());
            snapshot = new Snapshot(revision, read);
            return read;
        });
    }

    /**
     * Records a change of the catalogue in the current transaction: a new revision token on the Retention Types
     * folder. Concurrent changes write the same node, so ACS serialises them (one retries).
     */
    public void markChanged() {
        AuthenticationUtil.runAsSystem(() -> {
            // The folder itself being deleted takes the catalogue with it: nothing to mark.
            folders.folder(RetentionFolders.RETENTION_TYPES_NAME).filter(nodeService::exists).ifPresent(folder -> {
                String token = UUID.randomUUID().toString();
                if (nodeService.hasAspect(folder, RetentionModel.ASPECT_CATALOGUE_REVISION)) {
                    nodeService.setProperty(folder, RetentionModel.PROP_CATALOGUE_REVISION_TOKEN, token);
                } else {
                    nodeService.addAspect(folder, RetentionModel.ASPECT_CATALOGUE_REVISION,
                            Map.of(RetentionModel.PROP_CATALOGUE_REVISION_TOKEN, token));
                }
            });
            return null;
        });
    }

    /** Whether {@code folder} is Data Dictionary/GDPR Retention/Retention Types, where definitions belong. */
    public boolean isDefinitionsFolder(NodeRef folder) {
        return folder != null && AuthenticationUtil.runAsSystem(() ->
                folders.folder(RetentionFolders.RETENTION_TYPES_NAME).map(folder::equals).orElse(false));
    }

    private String revision(NodeRef folder) {
        Serializable token = nodeService.getProperty(folder, RetentionModel.PROP_CATALOGUE_REVISION_TOKEN);
        return token == null ? null : token.toString();
    }

    /**
     * Checks a definition node against all other definitions, as read inside the current transaction: the node's
     * own fields (through the engine) and that no other definition has its code. Returns the node's type.
     */
    public RetentionType validate(NodeRef definition) {
        RetentionType type = mapper.toRetentionType(nodeService.getProperties(definition));
        Map<NodeRef, RetentionType> others = AuthenticationUtil.runAsSystem(() ->
                readDefinitions(folders.folder(RetentionFolders.RETENTION_TYPES_NAME), definition));
        RetentionCatalogue.of(others.values()).with(type);
        return type;
    }

    /** The definition node holding {@code code}, if any. */
    public Optional<NodeRef> findDefinition(String code) {
        return AuthenticationUtil.runAsSystem(() -> readDefinitions(
                folders.folder(RetentionFolders.RETENTION_TYPES_NAME), null).entrySet().stream()
                .filter(entry -> entry.getValue().code().equals(code)).map(Map.Entry::getKey).findFirst());
    }

    // A definition the engine refuses (edited around the behaviour, e.g. before this module was installed) is
    // left out with a warning instead of making every document operation fail; so is a second use of a code.
    private Map<NodeRef, RetentionType> readDefinitions(Optional<NodeRef> folder, NodeRef excluded) {
        Map<NodeRef, RetentionType> types = new LinkedHashMap<>();
        if (folder.isEmpty()) {
            return types;
        }
        List<String> codes = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(folder.get(),
                Set.of(RetentionModel.TYPE_RETENTION_TYPE_DEFINITION))) {
            NodeRef node = child.getChildRef();
            if (node.equals(excluded)) {
                continue;
            }
            try {
                RetentionType type = mapper.toRetentionType(nodeService.getProperties(node));
                if (codes.contains(type.code())) {
                    LOGGER.warn("Ignoring retention type definition {}: code {} is already defined", node, type.code());
                    continue;
                }
                codes.add(type.code());
                types.put(node, type);
            } catch (InvalidRetentionInputException e) {
                LOGGER.warn("Ignoring retention type definition {}: {}", node, e.getMessage());
            }
        }
        return types;
    }

    private record Snapshot(String revision, RetentionCatalogue catalogue) {
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setFolders(RetentionFolders folders) {
        this.folders = folders;
    }

    public void setMapper(RetentionTypeDefinitionMapper mapper) {
        this.mapper = mapper;
    }
}
