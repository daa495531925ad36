package org.gdprretention.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administration resources against a live ACS: the catalogue in Dutch, the four sweeps, a dry run of the
 * trashcan sweep that finishes with a last result, and the audit log check. Needs {@code ACS_URL}.
 */
class RestAdministrationIT {

    private static final String GDPR = RestApiIT.GDPR;

    private AcsClient admin;

    @BeforeEach
    void setUp() {
        admin = AcsClient.fromEnvironment();
    }

    @Test
    void theCatalogueListsTheDefaultTypesWithAllLabels() {
        Map<String, Object> entry = admin.get(GDPR + "/retention-types/PERSONNEL_FILE?include=labels").expect(200)
                .entry();

        assertThat(entry.get("code")).isEqualTo("PERSONNEL_FILE");
        assertThat(AcsClient.object(entry.get("labels"))).containsKeys("en", "nl");
    }

    @Test
    void aDryRunOfTheTrashcanSweepFinishesWithALastResult() {
        List<Object> sweeps = AcsClient.array(AcsClient.object(admin.get(GDPR + "/sweeps").expect(200).json()
                .get("list")).get("entries"));
        assertThat(sweeps).hasSize(4);

        admin.post(GDPR + "/sweeps/trashcan/run", Map.of()).expect(202);

        AcsClient.awaitTrue(Duration.ofMinutes(2), "the trashcan dry run to finish", () -> {
            Map<String, Object> sweep = admin.get(GDPR + "/sweeps/trashcan").expect(200).entry();
            return Boolean.FALSE.equals(sweep.get("running")) && sweep.get("lastResult") != null
                    && Boolean.TRUE.equals(AcsClient.object(sweep.get("lastResult")).get("dryRun"));
        });
    }

    @Test
    void theAuditLogIsIntactOrNamesItsFirstBrokenEntry() {
        Map<String, Object> entry = admin.post(GDPR + "/audit/-current-/verify", Map.of()).expect(200).entry();

        assertThat(entry).containsKey("intact");
        if (!Boolean.TRUE.equals(entry.get("intact"))) {
            assertThat(entry).containsKey("firstBrokenEntry");
        }
    }
}
