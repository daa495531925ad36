package org.gdprretention.platform.rest.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.rest.framework.Operation;
import org.alfresco.rest.framework.core.exceptions.ConstraintViolatedException;
import org.alfresco.rest.framework.core.exceptions.EntityNotFoundException;
import org.alfresco.rest.framework.resource.EntityResource;
import org.alfresco.rest.framework.resource.actions.interfaces.EntityResourceAction;
import org.alfresco.rest.framework.resource.parameters.CollectionWithPagingInfo;
import org.alfresco.rest.framework.resource.parameters.Parameters;
import org.alfresco.rest.framework.webscripts.WithResponse;
import org.alfresco.util.PropertyCheck;
import org.gdprretention.platform.rest.JsonBodies;
import org.gdprretention.platform.rest.model.EntryValues;
import org.gdprretention.platform.rest.model.SweepEntry;
import org.gdprretention.platform.rest.model.SweepRunRequest;
import org.gdprretention.platform.sweep.SweepStatusStore;
import org.springframework.beans.factory.InitializingBean;

/**
 * {@code /sweeps}: the four retroactive sweeps with their last result and, while one runs, its progress; for
 * officers and administrators. {@code POST /sweeps/{id}/run} starts one in the background (a dry run unless the body
 * says {@code "dryRun":false}) and answers 202 with the sweep as it starts; 409 while another run holds the lock.
 */
@EntityResource(name = "sweeps", title = "Retroactive clean-up sweeps")
public class SweepsResource implements EntityResourceAction.Read<SweepEntry>, EntityResourceAction.ReadById<SweepEntry>,
        InitializingBean {

    private SweepRuns runs;
    private AdminAccess access;
    private AdminAudit audit;

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "runs", runs);
        PropertyCheck.mandatory(this, "access", access);
        PropertyCheck.mandatory(this, "audit", audit);
    }

    @Override
    public CollectionWithPagingInfo<SweepEntry> readAll(Parameters parameters) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        AdminParameters.noOrderBy(parameters);
        AdminParameters.includes(parameters, "none");
        var paging = AdminParameters.paging(parameters, 100);
        List<SweepEntry> entries = new ArrayList<>();
        for (String id : runs.ids()) {
            entries.add(entry(id));
        }
        return AdminParameters.page(entries, paging);
    }

    @Override
    public SweepEntry readById(String id, Parameters parameters) {
        access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        return entry(known(id));
    }

    @Operation("run")
    public SweepEntry run(String id, SweepRunRequest body, Parameters parameters, WithResponse withResponse) {
        String person = access.requireOfficer();
        AdminParameters.acceptOnly(parameters);
        JsonBodies.require(parameters);
        String sweep = known(id);
        boolean dryRun = body == null || body.getDryRun() == null || body.getDryRun();
        if (runs.running(sweep).isPresent()) {
            throw new ConstraintViolatedException(AdminMessages.SWEEP_RUNNING);
        }
        SweepStatusStore.Running started;
        try {
            started = runs.start(sweep, dryRun, person);
        } catch (SweepRuns.AlreadyRunning e) {
            throw new ConstraintViolatedException(AdminMessages.SWEEP_RUNNING);
        }
        audit.record("rest.sweep.run", sweep, Map.of("dryRun", Boolean.toString(dryRun)));
        withResponse.setStatus(202);
        return new SweepEntry(sweep, true, progress(started), lastResult(runs.last(sweep)));
    }

    private String known(String id) {
        if (!runs.knows(id)) {
            throw new EntityNotFoundException(AdminMessages.SWEEP_NOT_FOUND,
                    new String[] {AdminParameters.abbreviate(id)});
        }
        return id;
    }

    private SweepEntry entry(String id) {
        Optional<SweepStatusStore.Running> running = runs.running(id);
        return new SweepEntry(id, running.isPresent(), running.map(SweepsResource::progress).orElse(null),
                lastResult(runs.last(id)));
    }

    private static SweepEntry.Progress progress(SweepStatusStore.Running running) {
        return new SweepEntry.Progress(running.progress().phase().name(), running.progress().processed(),
                running.progress().total(), running.progress().bytes(), EntryValues.utcInstant(running.startedAt()),
                running.dryRun(), running.startedBy());
    }

    private static SweepEntry.LastResult lastResult(Optional<SweepStatusStore.LastRun> last) {
        return last.map(run -> new SweepEntry.LastResult(EntryValues.utcInstant(run.startedAt()),
                EntryValues.utcInstant(run.finishedAt()), run.dryRun(), run.count(), run.bytes(), run.removed(),
                run.removedBytes(), run.complete(), run.problems()))
                .orElse(null);
    }

    public void setRuns(SweepRuns runs) {
        this.runs = runs;
    }

    public void setAccess(AdminAccess access) {
        this.access = access;
    }

    public void setAudit(AdminAudit audit) {
        this.audit = audit;
    }
}
