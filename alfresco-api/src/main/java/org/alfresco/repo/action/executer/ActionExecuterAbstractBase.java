package org.alfresco.repo.action.executer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.alfresco.repo.action.ParameterizedItemAbstractBase;
import org.alfresco.repo.action.access.ActionAccessRestriction;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.lock.LockService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

/**
 * Compile-only copy of the ACS 26.3 signature of the base of every action. What a Spring definition with parent
 * {@code action-executer} needs works as in ACS: the setters keep their values (defaults: public, status not
 * tracked, lock ignored, default queue) and {@link #init()} registers a public action with the runtime action
 * service. {@link #execute} (transaction, lock and mandatory-parameter checks) is ACS's; tests call
 * {@link #executeImpl} directly.
 */
public abstract class ActionExecuterAbstractBase extends ParameterizedItemAbstractBase implements ActionExecuter {

    protected ActionDefinition actionDefinition;

    protected boolean publicAction = true;

    protected Set<QName> applicableTypes = new HashSet<>();

    protected List<ActionAccessRestriction> actionAccessRestrictions = new ArrayList<>();

    // Kept for ACS's own checks: execute() (not modelled here) and isApplicableType().
    private LockService lockService;
    private NodeService baseNodeService;
    private NodeService mlAwareNodeService;
    private DictionaryService dictionaryService;
    private boolean trackStatus = false;
    private boolean ignoreLock = true;
    private String queueName = "";

    public void init() {
        if (publicAction) {
            runtimeActionService.registerActionExecuter(this);
        }
    }

    public void setLockService(LockService lockService) {
        this.lockService = lockService;
    }

    public void setBaseNodeService(NodeService nodeService) {
        this.baseNodeService = nodeService;
    }

    public void setMlAwareNodeService(NodeService mlAwareNodeService) {
        this.mlAwareNodeService = mlAwareNodeService;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
    }

    public void setPublicAction(boolean publicAction) {
        this.publicAction = publicAction;
    }

    public void setTrackStatus(boolean trackStatus) {
        this.trackStatus = trackStatus;
    }

    @Override
    public boolean getTrackStatus() {
        return trackStatus;
    }

    /** Each entry is a QName in <code>{uri}local</code> form, as in ACS. */
    public void setApplicableTypes(String[] applicableTypes) {
        for (String type : applicableTypes) {
            this.applicableTypes.add(QName.createQName(type));
        }
    }

    public void setActionAccessRestrictions(List<ActionAccessRestriction> actionAccessRestrictions) {
        this.actionAccessRestrictions = actionAccessRestrictions;
    }

    public List<ActionAccessRestriction> getActionAccessRestrictions() {
        return actionAccessRestrictions;
    }

    /**
     * As in ACS: every restriction is asked; ACS calls this when a rule is saved (with the action's context set to
     * {@code rule}), when v0/v1 REST or a form executes the action, and in {@link #execute} before
     * {@link #executeImpl}.
     */
    @Override
    public void verifyActionAccessRestrictions(Action action) {
        actionAccessRestrictions.forEach(restriction -> restriction.verifyAccessRestriction(action));
    }

    /**
     * As in ACS: the node exists and its type is one of the applicable types or a subtype of one, read through the
     * base node service and the dictionary service the parent bean {@code action-executer} sets.
     */
    protected boolean isApplicableType(NodeRef actionedUponNodeRef) {
        if (!baseNodeService.exists(actionedUponNodeRef)) {
            return false;
        }
        QName nodeType = baseNodeService.getType(actionedUponNodeRef);
        if (applicableTypes.contains(nodeType)) {
            return true;
        }
        for (QName type : applicableTypes) {
            if (dictionaryService.isSubClass(nodeType, type)) {
                return true;
            }
        }
        return false;
    }

    public void setIgnoreLock(boolean ignoreLock) {
        this.ignoreLock = ignoreLock;
    }

    @Override
    public boolean getIgnoreLock() {
        return ignoreLock;
    }

    public void setQueueName(String queueName) {
        this.queueName = queueName;
    }

    @Override
    public String getQueueName() {
        return queueName;
    }

    @Override
    public ActionDefinition getActionDefinition() {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    @Override
    public void execute(Action action, NodeRef actionedUponNodeRef) {
        throw new UnsupportedOperationException("compile-only stub: ACS provides this class at run time");
    }

    protected abstract void executeImpl(Action action, NodeRef actionedUponNodeRef);
}
