package org.alfresco.repo.action.executer;

import java.util.HashSet;
import java.util.Set;

import org.alfresco.repo.action.ParameterizedItemAbstractBase;
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

    // Kept for ACS's own checks in execute(), which the stub does not model.
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
