package org.gdprretention.platform.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.job.InThreadBatchRunner;
import org.gdprretention.platform.job.control.StopSignal;
import org.junit.jupiter.api.Test;

/**
 * A legal hold on a folder holds what was deleted from it too: a document deleted from a held dossier waits in the
 * trashcan, also once the dossier itself was deleted after it, until the hold is lifted.
 */
class TrashcanFolderHoldTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");
    private static final Instant DAYS_AGO_40 = NOW.minus(Duration.ofDays(40));
    private static final Instant DAYS_AGO_35 = NOW.minus(Duration.ofDays(35));
    private static final LocalDate EXPIRED = LocalDate.parse("2025-06-01");

    private final SweepFixtures fixtures = new SweepFixtures();
    private final FakeTrashcan trashcan = new FakeTrashcan();
    private final NodeRef library = trashcan.liveFolder(null, "documentLibrary");
    private final NodeRef dossier = trashcan.liveFolder(library, "dossier-jansen");
    private final NodeRef contracts = trashcan.liveFolder(dossier, "contracts");

    @Test
    void aDocumentDeletedFromBelowAHeldDossierIsKept() {
        trashcan.hold(dossier);
        NodeRef fromHeld = trashcan.add("contract", DAYS_AGO_40, EXPIRED, 100, contracts);
        NodeRef fromElsewhere = trashcan.add("memo", DAYS_AGO_40, EXPIRED, 200, library);

        SweepResult result = sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.remaining()).containsExactly(fromHeld);
        assertThat(trashcan.purgeCalls).containsOnlyKeys(fromElsewhere);
        assertThat(result.removed()).isEqualTo(1);
    }

    @Test
    void aDocumentDeletedFromAHeldDossierThatWasDeletedLaterIsKept() {
        trashcan.hold(dossier);
        NodeRef document = trashcan.add("contract", DAYS_AGO_40, EXPIRED, 100, dossier);
        NodeRef dossierItem = trashcan.delete(dossier, DAYS_AGO_35);

        sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.remaining()).containsExactlyInAnyOrder(document, dossierItem);
        assertThat(trashcan.purgeCalls).isEmpty();
    }

    @Test
    void withoutAHoldAboveItTheDeletedDocumentIsPurged() {
        NodeRef document = trashcan.add("contract", DAYS_AGO_40, EXPIRED, 100, contracts);

        sweep().run(SweepOptions.REMOVE, StopSignal.NEVER);

        assertThat(trashcan.purgeCalls).containsOnlyKeys(document);
    }

    private TrashcanSweep sweep() {
        TrashcanSweep sweep = new TrashcanSweep();
        sweep.setNodeArchiveService(trashcan);
        sweep.setNodeService(trashcan.nodeService);
        sweep.setMaxFraction(1.0);
        sweep.setTransactionService(fixtures.transactionService);
        sweep.setBatchRunner(new InThreadBatchRunner(2));
        sweep.setSweepAudit(fixtures.sweepAudit);
        sweep.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        sweep.setMaxAge("P30D");
        sweep.setZone(FakeTrashcan.ZONE.getId());
        sweep.setPageSize(100);
        sweep.afterPropertiesSet();
        return sweep;
    }
}
