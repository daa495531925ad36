package org.gdprretention.share.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The document library actions and the retention line, as Share's document list calls them, in headless Chromium. */
class DocumentLibraryActionsBrowserTest extends BrowserFixture {

    @Test
    void theModuleRegistersItsActionsAndItsRetentionLine() {
        open("en");

        @SuppressWarnings("unchecked")
        List<String> registered = (List<String>) driver.executeScript(
                "return Object.keys(YAHOO.Bubbling.actions).concat(Object.keys(YAHOO.Bubbling.renderers)).sort();");
        assertThat(registered).containsExactly("gdprRetention", "onActionGdprLiftHold", "onActionGdprPlaceHold",
                "onActionGdprPurgeNow");
    }

    @Test
    void purgeNowOnSeveralDocumentsPurgesOnlyWhatTheDryRunAllowsAfterConfirmation() {
        open("en");

        driver.executeScript("YAHOO.Bubbling.actions.onActionGdprPurgeNow(["
                + "{ nodeRef: 'workspace://SpacesStore/node-001', displayName: 'Dossier 001.pdf' },"
                + "{ nodeRef: 'workspace://SpacesStore/node-050', displayName: 'Dossier 050.pdf' }]);");

        waitFor(() -> prompt().contains("Would be purged"));
        assertThat(prompt()).contains("Dossier 001.pdf: Would be purged",
                "Dossier 050.pdf: Refused (The document has not expired yet)");
        FakeGdprApi.Request dryRun = api.requests("POST", "/purges").get(0);
        assertThat(dryRun.body()).containsEntry("dryRun", true);
        assertThat(dryRun.csrfHeader()).isEqualTo(ShareStub.CSRF_TOKEN);

        promptButton("Continue").click();
        waitFor(() -> prompt().contains("cannot be undone"));
        assertThat(prompt()).contains("1 document(s) will be permanently deleted");

        promptButton("Purge 1 permanently").click();
        waitFor(() -> prompt().contains("Purge finished"));
        FakeGdprApi.Request purge = api.requests("POST", "/purges").get(1);
        assertThat(purge.body()).containsEntry("dryRun", false).containsEntry("nodeIds", List.of("node-001"));
        assertThat(purge.csrfHeader()).isEqualTo(ShareStub.CSRF_TOKEN);
        assertThat(prompt()).contains("Purge finished: 1 purged, 0 refused.");
        assertThat(share.refusedForCsrf()).isEmpty();
    }

    @Test
    void nothingPurgeableEndsAfterTheDryRun() {
        open("en");

        driver.executeScript("YAHOO.Bubbling.actions.onActionGdprPurgeNow("
                + "{ nodeRef: 'workspace://SpacesStore/node-050', displayName: 'Dossier 050.pdf' });");

        waitFor(() -> prompt().contains("None of the selected documents can be purged."));
        assertThat(api.requests("POST", "/purges")).hasSize(1);
    }

    @Test
    void placingAHoldOnSeveralDocumentsAsksForTheReasonFirst() {
        open("nl");

        driver.executeScript("YAHOO.Bubbling.actions.onActionGdprPlaceHold(["
                + "{ nodeRef: 'workspace://SpacesStore/node-001' }, { nodeRef: 'workspace://SpacesStore/node-002' }]);");
        waitFor(() -> prompt().contains("Juridische blokkade plaatsen"));
        driver.findElement(By.cssSelector("#standin-prompt textarea")).sendKeys("Rechtszaak");
        promptButton("OK").click();

        waitFor(() -> api.requests("POST", "/retentions/node-002/legal-holds").size() == 1);
        assertThat(api.requests("POST", "/retentions/node-001/legal-holds").get(0).body()).containsEntry("reason", "Rechtszaak");
        waitFor(() -> driver.findElement(By.id("standin-messages")).getText().contains("Gedaan voor 2 document(en)."));
    }

    @Test
    void liftingHoldsOnSeveralDocumentsDeletesEachWithTheReason() {
        open("en");

        driver.executeScript("YAHOO.Bubbling.actions.onActionGdprLiftHold(["
                + "{ nodeRef: 'workspace://SpacesStore/node-011' }, { nodeRef: 'workspace://SpacesStore/node-022' }]);");
        waitFor(() -> !driver.findElements(By.cssSelector("#standin-prompt textarea")).isEmpty());
        driver.findElement(By.cssSelector("#standin-prompt textarea")).sendKeys("Case closed");
        promptButton("OK").click();

        waitFor(() -> api.requests("DELETE", "/retentions/node-022/legal-holds/current").size() == 1);
        assertThat(api.requests("DELETE", "/retentions/node-011/legal-holds/current").get(0).first("reason")).isEqualTo("Case closed");
        assertThat(api.requests("POST", "/retentions/node-011/legal-holds")).isEmpty();
    }

    @Test
    void theRetentionLineShowsExpiryAndStatusInTheUsersLanguage() {
        // what ACS sends for 31 January at midnight on a server in UTC, read by a browser in UTC
        inZone("UTC", () -> {
            open("nl");

            String html = (String) driver.executeScript("return YAHOO.Bubbling.renderers.gdprRetention({ node: { properties: {"
                    + "'gdpr:status': 'EXPIRED', 'gdpr:expiryDate': { value: 'Sun Jan 31 00:00:00 UTC 2027', iso8601: '2027-01-31T00:00:00.000Z' } } } });");
            driver.executeScript("document.getElementById('line').innerHTML = arguments[0];", html);

            assertThat(driver.findElement(By.id("line")).getText()).isEqualTo("Verloopt op 2027-01-31 (Verlopen)");
        });
    }

    @Test
    void theRetentionLineShowsTheExpiryDayOfTheReadersZoneNotOfUtc() {
        // ACS writes a d:date into the document list as the instant in UTC (ISO8601DateFormat.format): a server in
        // Europe/Amsterdam that stores 31 January at midnight sends 2027-01-30T23:00:00.000Z.
        inZone("Europe/Amsterdam", () -> {
            open("nl");

            String html = (String) driver.executeScript("return YAHOO.Bubbling.renderers.gdprRetention({ node: { properties: {"
                    + "'gdpr:status': 'EXPIRING', 'gdpr:expiryDate': { value: 'Sun Jan 31 00:00:00 CET 2027', iso8601: '2027-01-30T23:00:00.000Z' } } } });");
            driver.executeScript("document.getElementById('line').innerHTML = arguments[0];", html);

            assertThat(driver.findElement(By.id("line")).getText()).isEqualTo("Verloopt op 2027-01-31 (Verloopt binnenkort)");
        });
    }

    /** Runs with the browser in a time zone (Chromium's DevTools override), then back to the system's. */
    private static void inZone(String zone, Runnable test) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
        try {
            test.run();
        } finally {
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
    }

    private void open(String language) {
        driver.get(share.url("/test/doclib?lang=" + language));
        waitFor(() -> (Boolean) driver.executeScript("return !!(window.GdprRetention && GdprRetention.doclib);"));
    }

    private String prompt() {
        return driver.findElement(By.id("standin-prompt")).getText();
    }

    private WebElement promptButton(String label) {
        return driver.findElements(By.cssSelector("#standin-prompt button")).stream()
                .filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in: " + prompt()));
    }
}
