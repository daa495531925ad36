package org.gdprretention.platform.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.util.PropertyCheck;
import org.alfresco.util.transaction.TransactionListenerAdapter;
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
 * node per type, and every document operation needs it, so the last reading is kept until a definition changes;
 * the cache is dropped only after that change commits, so no transaction caches a catalogue that is rolled back.
 */
public class RepositoryRetentionCatalogue implements InitializingBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(RepositoryRetentionCatalogue.class);

    private NodeService nodeService;
    private RetentionFolders folders;
    private RetentionTypeDefinitionMapper mapper;

    // A reading carries the generation it started in: one that began before an invalidation and ends after it
    // is stale, and is never served even if it is stored last.
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "folders", folders);
        PropertyCheck.mandatory(this, "mapper", mapper);
    }

    /** The catalogue, from the cache when nothing changed since it was read. */
    public RetentionCatalogue current() {
        long current = generation.get();
        Snapshot cached = snapshot;
        if (cached != null && cached.generation() == current) {
            return cached.catalogue();
        }
        RetentionCatalogue read =
                AuthenticationUtil.runAsSystem(() -> RetentionCatalogue.of(readDefinitions(null).values()));
        snapshot = new Snapshot(current, read);
        return read;
    }

    /**
     * Checks a definition node against all other definitions, as read inside the current transaction: the node's
     * own fields (through the engine) and that no other definition has its code. Returns the node's type.
     */
    public RetentionType validate(NodeRef definition) {
        RetentionType type = mapper.toRetentionType(nodeService.getProperties(definition));
        Map<NodeRef, RetentionType> others = AuthenticationUtil.runAsSystem(() -> readDefinitions(definition));
        RetentionCatalogue.of(others.values()).with(type);
        return type;
    }

    /** Drops the cached catalogue once the current transaction commits. */
    public void invalidateAfterCommit() {
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void afterCommit() {
                invalidate();
            }
        });
    }

    public void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }

    /** The definition node holding {@code code}, if any. */
    public Optional<NodeRef> findDefinition(String code) {
        return AuthenticationUtil.runAsSystem(() -> readDefinitions(null).entrySet().stream()
                .filter(entry -> entry.getValue().code().equals(code)).map(Map.Entry::getKey).findFirst());
    }

    // A definition the engine refuses (edited around the behaviour, e.g. before this module was installed) is
    // left out with a warning instead of making every document operation fail; so is a second use of a code.
    private Map<NodeRef, RetentionType> readDefinitions(NodeRef excluded) {
        Map<NodeRef, RetentionType> types = new LinkedHashMap<>();
        Optional<NodeRef> folder = folders.folder(RetentionFolders.RETENTION_TYPES_NAME);
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

    private record Snapshot(long generation, RetentionCatalogue catalogue) {
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
