package org.gdprretention.platform.sweep;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * Each sweep's last result and the progress of a run in progress, kept in ACS's attribute table (the database), so
 * that every server of a cluster shows the same: a run started on one server is seen running, with its progress,
 * from all of them. A running run refreshes its heartbeat while it works; one whose heartbeat is older than
 * {@code staleAfter} (its server stopped) is no longer shown as running. Each write is its own short transaction.
 */
public class SweepStatusStore implements InitializingBean {

    private static final String ROOT = "gdpr-retention.sweeps";
    private static final String LAST = "last";
    private static final String RUNNING = "running";

    private AttributeService attributeService;
    private TransactionService transactionService;

    /** The last finished run of a sweep. */
    public record LastRun(Instant startedAt, Instant finishedAt, boolean dryRun, long count, long bytes,
                          long removed, long removedBytes, boolean complete, List<String> problems) {
    }

    /** A run in progress, as its server last reported it. */
    public record Running(Instant startedAt, boolean dryRun, String startedBy, SweepProgress.Snapshot progress,
                          Instant heartbeat) {
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "attributeService", attributeService);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
    }

    public void recordLast(String sweep, SweepResult result, Instant startedAt, Instant finishedAt) {
        HashMap<String, Serializable> value = new HashMap<>();
        value.put("startedAt", startedAt.toEpochMilli());
        value.put("finishedAt", finishedAt.toEpochMilli());
        value.put("dryRun", result.dryRun());
        value.put("count", result.candidates());
        value.put("bytes", result.candidateBytes());
        value.put("removed", result.removed());
        value.put("removedBytes", result.removedBytes());
        value.put("complete", result.complete());
        value.put("problems", new ArrayList<>(result.problems()));
        write(value, sweep, LAST);
    }

    public Optional<LastRun> last(String sweep) {
        Map<String, Serializable> value = read(sweep, LAST);
        if (value == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> problems = value.get("problems") instanceof List<?> list ? (List<String>) list : List.of();
        return Optional.of(new LastRun(instant(value.get("startedAt")), instant(value.get("finishedAt")),
                Boolean.TRUE.equals(value.get("dryRun")), number(value.get("count")), number(value.get("bytes")),
                number(value.get("removed")), number(value.get("removedBytes")),
                Boolean.TRUE.equals(value.get("complete")), List.copyOf(problems)));
    }

    public void running(String sweep, Running running) {
        HashMap<String, Serializable> value = new HashMap<>();
        value.put("startedAt", running.startedAt().toEpochMilli());
        value.put("dryRun", running.dryRun());
        value.put("startedBy", running.startedBy());
        value.put("phase", running.progress().phase().name());
        value.put("processed", running.progress().processed());
        value.put("total", running.progress().total() == null ? -1L : running.progress().total());
        value.put("bytes", running.progress().bytes());
        value.put("heartbeat", running.heartbeat().toEpochMilli());
        write(value, sweep, RUNNING);
    }

    public void finished(String sweep) {
        transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            attributeService.removeAttribute(ROOT, sweep, RUNNING);
            return null;
        }, false, true);
    }

    /** The run in progress, unless its heartbeat is older than {@code staleAfter} at {@code now}. */
    public Optional<Running> running(String sweep, Instant now, Duration staleAfter) {
        Map<String, Serializable> value = read(sweep, RUNNING);
        if (value == null) {
            return Optional.empty();
        }
        Instant heartbeat = instant(value.get("heartbeat"));
        if (heartbeat == null || heartbeat.plus(staleAfter).isBefore(now)) {
            return Optional.empty();
        }
        long total = number(value.get("total"));
        SweepProgress.Snapshot progress = new SweepProgress.Snapshot(
                SweepProgress.Phase.valueOf(String.valueOf(value.get("phase"))), number(value.get("processed")),
                total < 0 ? null : total, number(value.get("bytes")));
        return Optional.of(new Running(instant(value.get("startedAt")), Boolean.TRUE.equals(value.get("dryRun")),
                String.valueOf(value.get("startedBy")), progress, heartbeat));
    }

    private void write(HashMap<String, Serializable> value, String sweep, String kind) {
        transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            attributeService.setAttribute(value, ROOT, sweep, kind);
            return null;
        }, false, true);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Serializable> read(String sweep, String kind) {
        Serializable value = transactionService.getRetryingTransactionHelper().doInTransaction(
                () -> attributeService.getAttribute(ROOT, sweep, kind), true, true);
        return value instanceof Map<?, ?> map ? (Map<String, Serializable>) map : null;
    }

    private static Instant instant(Serializable value) {
        return value instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : null;
    }

    private static long number(Serializable value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    public void setAttributeService(AttributeService attributeService) {
        this.attributeService = attributeService;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }
}
