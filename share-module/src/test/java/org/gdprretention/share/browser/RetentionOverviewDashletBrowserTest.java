package org.gdprretention.share.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The retention overview dashlet in headless Chromium with the real YUI 2.9, against a stand-in Share whose proxy
 * answers with the GDPR REST API's documented shapes. With -Dgdpr.screenshots=true it saves
 * docs/images/dashlet-en.png and dashlet-nl.png.
 */
class RetentionOverviewDashletBrowserTest extends BrowserFixture {

    private static final String ID = TestPages.HTML_ID;

    @Test
    void pagesForwardAndBackOnTheServerInExpiryOrder() {
        open("lang=en");

        assertThat(rowNames()).hasSize(25).startsWith("Dossier 001.pdf", "Dossier 002.pdf").endsWith("Dossier 025.pdf");
        FakeGdprApi.Request first = lastList();
        assertThat(first.first("orderBy")).isEqualTo("expiryDate ASC");
        assertThat(first.first("skipCount")).isEqualTo("0");
        assertThat(first.first("maxItems")).isEqualTo("25");
        assertThat(text(ID + "-paginator")).contains("Page 1 of 3");

        driver.findElement(By.cssSelector("#" + ID + "-paginator a.yui-pg-next")).click();
        waitFor(() -> "25".equals(lastList().first("skipCount")) && rowNames().contains("Dossier 026.pdf"));
        assertThat(rowNames()).hasSize(25).startsWith("Dossier 026.pdf").endsWith("Dossier 050.pdf");

        driver.findElement(By.cssSelector("#" + ID + "-paginator a.yui-pg-last")).click();
        waitFor(() -> rowNames().contains("Dossier 057.pdf"));
        assertThat(rowNames()).hasSize(7);

        driver.findElement(By.cssSelector("#" + ID + "-paginator a.yui-pg-previous")).click();
        waitFor(() -> rowNames().contains("Dossier 026.pdf"));
        assertThat(lastList().first("skipCount")).isEqualTo("25");
    }

    @Test
    void aHeaderClickSortsOnTheServerAndAgainReversesIt() {
        open("lang=en");

        clickHeader("name");
        waitFor(() -> "name ASC".equals(lastList().first("orderBy")) && rowNames().size() == 25);
        assertThat(lastList().first("skipCount")).isEqualTo("0");
        assertThat(rowNames().get(0)).isEqualTo("Dossier 001.pdf");

        clickHeader("name");
        waitFor(() -> "name DESC".equals(lastList().first("orderBy")) && rowNames().get(0).equals("Dossier 057.pdf"));
        assertThat(driver.findElement(By.cssSelector("#" + ID + "-table th.yui-dt-col-name")).getAttribute("class"))
                .contains("yui-dt-desc");
    }

    @Test
    void filtersAndTextSearchGoToTheServerAndIntoTheCsvLink() {
        open("lang=en");

        new Select(driver.findElement(By.id(ID + "-filter-status"))).selectByValue("EXPIRED");
        waitFor(() -> "EXPIRED".equals(lastList().first("status")));
        waitFor(() -> rowNames().size() == 9);
        assertThat(driver.findElements(By.cssSelector("#" + ID + "-table .gdpr-status")))
                .extracting(WebElement::getText).containsOnly("Expired");

        WebElement search = driver.findElement(By.id(ID + "-filter-text"));
        search.sendKeys("dossier 00", Keys.ENTER);
        waitFor(() -> "dossier 00".equals(lastList().first("text")));
        waitFor(() -> rowNames().size() == 9);
        assertThat(lastList().first("status")).isEqualTo("EXPIRED");

        Select types = new Select(driver.findElement(By.id(ID + "-filter-type")));
        assertThat(types.getOptions()).extracting(WebElement::getText).contains("Certificate of conduct (1 year)");
        types.selectByValue("VOG");
        waitFor(() -> "VOG".equals(lastList().first("retentionType")));

        new Select(driver.findElement(By.id(ID + "-filter-template"))).selectByValue("tpl-client");
        waitFor(() -> "tpl-client".equals(lastList().first("template")));
        String csv = driver.findElement(By.id(ID + "-csv")).getAttribute("href");
        assertThat(csv).contains("/share/proxy/alfresco/gdpr/retentions.csv?", "status=EXPIRED", "template=tpl-client",
                "retentionType=VOG",
                "text=dossier%2000");
    }

    @Test
    void totalsPerTemplateAndAMonthOfTheChartFilterTheTable() {
        open("lang=en");

        assertThat(driver.findElements(By.cssSelector("#" + ID + "-totals li"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Certificate 19", "Client dossier 19", "Personnel file 19");
        YearMonth month = YearMonth.from(api.today()).plusMonths(2);
        List<WebElement> months = driver.findElements(By.cssSelector("#" + ID + "-chart g.gdpr-month"));
        assertThat(months).hasSize(12);
        WebElement bar = driver.findElement(By.cssSelector("#" + ID + "-chart g.gdpr-month[data-month='" + month + "']"));
        assertThat(bar.getAttribute("aria-label")).startsWith(month + ": ").contains("document(s) expiring");
        assertThat(bar.findElements(By.cssSelector("rect[fill]"))).isNotEmpty();

        bar.click();
        waitFor(() -> (month + "-01").equals(lastList().first("expiryFrom")));
        assertThat(lastList().first("expiryTo")).isEqualTo(month.atEndOfMonth().toString());
        assertThat(rowNames()).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("Dossier"));
        assertThat(driver.findElement(By.id(ID + "-month-filter")).isDisplayed()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void purgeSelectedRunsADryRunThenAsksThenPurgesWithTheCsrfHeader() {
        open("lang=en");
        WebElement purge = driver.findElement(By.id(ID + "-purge"));
        assertThat(purge.isEnabled()).isFalse();

        driver.findElement(By.id(ID + "-select-page")).click();
        waitFor(() -> purge.isEnabled());
        assertThat(purge.getText()).isEqualTo("Purge selected (9)...");
        purge.click();

        waitFor(() -> !api.requests("POST", "/purges").isEmpty());
        FakeGdprApi.Request dryRun = api.requests("POST", "/purges").get(0);
        assertThat(dryRun.body()).containsEntry("dryRun", true);
        assertThat((List<Object>) dryRun.body().get("nodeIds")).hasSize(9).contains("node-001", "node-009");
        assertThat(dryRun.csrfHeader()).isEqualTo(ShareStub.CSRF_TOKEN);
        waitFor(() -> text(ID + "-dialog").contains("Would be purged"));
        assertThat(text(ID + "-dialog")).contains("Dossier 005.pdf: Would be purged; 1 file(s) kept because other documents still use them");

        dialogButton("Continue").click();
        waitFor(() -> text(ID + "-dialog").contains("cannot be undone"));
        assertThat(text(ID + "-dialog")).contains("9 document(s) will be permanently deleted");
        assertThat(api.requests("POST", "/purges")).hasSize(1);

        dialogButton("Purge 9 permanently").click();
        waitFor(() -> text(ID + "-dialog").contains("Purge finished: 9 purged, 0 refused."));
        FakeGdprApi.Request real = api.requests("POST", "/purges").get(1);
        assertThat(real.body()).containsEntry("dryRun", false);
        assertThat(real.csrfHeader()).isEqualTo(ShareStub.CSRF_TOKEN);
        waitFor(() -> rowNames().size() == 25 && rowNames().get(0).equals("Dossier 010.pdf"));
        assertThat(share.refusedForCsrf()).isEmpty();
    }

    @Test
    void cancellingAfterTheDryRunPurgesNothing() {
        open("lang=en");
        driver.findElement(By.cssSelector("#" + ID + "-table tbody tr:first-child input.gdpr-select")).click();
        driver.findElement(By.id(ID + "-purge")).click();
        waitFor(() -> text(ID + "-dialog").contains("Would be purged"));

        dialogButton("Cancel").click();

        assertThat(driver.findElement(By.id(ID + "-dialog")).isDisplayed()).isFalse();
        assertThat(api.requests("POST", "/purges")).hasSize(1);
        assertThat(rowNames()).contains("Dossier 001.pdf");
    }

    @Test
    void noMatchIsSaidInWordsAndSelectionIsEmpty() {
        open("lang=en");

        driver.findElement(By.id(ID + "-filter-text")).sendKeys("no such document", Keys.ENTER);

        waitFor(() -> text(ID + "-table").contains("No documents match the filters."));
        assertThat(rowNames()).isEmpty();
        assertThat(text(ID + "-status")).isEqualTo("No documents match the filters.");
        assertThat(text(ID + "-totals")).isEqualTo("No documents match.");
        assertThat(driver.findElement(By.id(ID + "-purge")).isEnabled()).isFalse();
    }

    @Test
    void whileTheRepositoryIsSlowTheTableSaysItIsLoading() {
        java.util.concurrent.CountDownLatch gate = api.holdLists();
        try {
            driver.get(share.url("/test/dashlet?lang=en"));
            waitFor(() -> text(ID + "-table").contains("Loading..."));
            assertThat(driver.findElement(By.id(ID + "-table")).getAttribute("aria-busy")).isEqualTo("true");
            assertThat(text(ID + "-status")).isEqualTo("Loading...");
        } finally {
            gate.countDown();
        }
        waitFor(() -> rowNames().size() == 25);
        assertThat(driver.findElement(By.id(ID + "-table")).getAttribute("aria-busy")).isEqualTo("false");
        assertThat(text(ID + "-table")).doesNotContain("Loading...");
    }

    @Test
    void everyControlOfTheDashletHasANameForScreenReaders() {
        open("lang=en");
        waitFor(() -> driver.findElement(By.id(ID + "-purge")).isDisplayed());

        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) driver.executeScript(
                "var root = document.getElementById(arguments[0]), missing = [];"
                + "root.querySelectorAll('input, select, textarea, button, a[href], [role=button], [role=tab]').forEach(function(e) {"
                + "  if (e.offsetParent === null && e.tagName !== 'g') { return; }"
                + "  var name = e.getAttribute('aria-label') || (e.id && root.querySelector('label[for=\"' + e.id + '\"]') ? 'label' : '')"
                + "    || (e.closest('label') ? 'label' : '') || (e.getAttribute('aria-labelledby') ? 'labelledby' : '')"
                + "    || (e.tagName !== 'INPUT' && e.tagName !== 'SELECT' ? e.textContent.trim() : '');"
                + "  if (!name) { missing.push(e.outerHTML.substring(0, 120)); }"
                + "});"
                + "return missing;", ID + "-dashlet");

        assertThat(unnamed).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#" + ID + "-table input.gdpr-select"))).isNotEmpty()
                .allSatisfy(box -> assertThat(box.getAttribute("aria-label")).startsWith("Select Dossier"));
    }

    @Test
    void aRepositoryErrorIsShownInItsOwnWords() {
        api.failNextList("The search subsystem is not available");

        driver.get(share.url("/test/dashlet?lang=en"));

        waitFor(() -> driver.findElement(By.id(ID + "-error")).isDisplayed());
        assertThat(text(ID + "-error")).isEqualTo("The repository reported an error: The search subsystem is not available");
        assertThat(driver.findElement(By.id(ID + "-error")).getAttribute("role")).isEqualTo("alert");
        assertThat(text(ID + "-table")).contains("The documents could not be loaded.");
    }

    @Test
    void aLegalHoldNeedsAReasonAndIsPlacedWithTheCsrfHeader() {
        open("lang=en");
        driver.findElement(By.cssSelector("#" + ID + "-table tbody tr:first-child button[data-action='place-hold']")).click();
        waitFor(() -> driver.findElement(By.id(ID + "-dialog")).isDisplayed());

        dialogButton("OK").click();
        assertThat(text(ID + "-dialog")).contains("A reason is required.");
        assertThat(api.requests("POST", "/retentions/node-001/legal-holds")).isEmpty();

        driver.findElement(By.id(ID + "-reason")).sendKeys("Court case 2026/114");
        dialogButton("OK").click();
        waitFor(() -> !api.requests("POST", "/retentions/node-001/legal-holds").isEmpty());
        FakeGdprApi.Request hold = api.requests("POST", "/retentions/node-001/legal-holds").get(0);
        assertThat(hold.body()).containsEntry("reason", "Court case 2026/114");
        assertThat(hold.csrfHeader()).isEqualTo(ShareStub.CSRF_TOKEN);
    }

    @Test
    void aLegalHoldIsLiftedWithAReasonByADelete() {
        open("lang=en");
        driver.findElement(By.cssSelector("#" + ID + "-table button[data-action='lift-hold']")).click();
        waitFor(() -> driver.findElement(By.id(ID + "-dialog")).isDisplayed());
        assertThat(text(ID + "-dialog-title")).isEqualTo("Lift legal hold: Dossier 011.pdf");

        driver.findElement(By.id(ID + "-reason")).sendKeys("Case closed");
        dialogButton("OK").click();

        waitFor(() -> !api.requests("DELETE", "/retentions/node-011/legal-holds/current").isEmpty());
        FakeGdprApi.Request lift = api.requests("DELETE", "/retentions/node-011/legal-holds/current").get(0);
        assertThat(lift.first("reason")).isEqualTo("Case closed");
        assertThat(lift.csrfHeader()).isEqualTo(ShareStub.CSRF_TOKEN);
        // the dialog closes and the table is loaded again
        waitFor(() -> !driver.findElement(By.id(ID + "-dialog")).isDisplayed() && api.requests("GET", "/retentions").size() == 2);
    }

    @Test
    void pendingExtensionRequestsAreApprovedWithAComment() {
        open("lang=en");
        driver.findElement(By.id(ID + "-tab-requests")).click();
        waitFor(() -> text(ID + "-requests").contains("Dossier 007.pdf"));
        assertThat(driver.findElement(By.id(ID + "-tab-requests")).getAttribute("aria-selected")).isEqualTo("true");

        driver.findElement(By.id(ID + "-comment-1")).sendKeys("Agreed with the client");
        driver.findElement(By.cssSelector("#" + ID + "-requests button[data-request='req-2'][data-decision='approve']")).click();

        waitFor(() -> !api.requests("POST", "/extension-requests/req-2/approve").isEmpty());
        FakeGdprApi.Request approve = api.requests("POST", "/extension-requests/req-2/approve").get(0);
        assertThat(approve.body()).containsEntry("comment", "Agreed with the client");
        assertThat(approve.csrfHeader()).isEqualTo(ShareStub.CSRF_TOKEN);
    }

    @Test
    void orphanedFilesShowTheLastResultAndADryRunsProgressThenCleanUpAfterConfirmation() {
        open("lang=en");
        driver.findElement(By.id(ID + "-tab-sweeps")).click();
        waitFor(() -> text(ID + "-sweeps").contains("Orphaned content URLs"));
        assertThat(text(ID + "-sweeps")).contains("12 found (3.3 MB), nothing removed");

        sweepButton("trashcan", true).click();
        waitFor(() -> text(ID + "-sweeps").contains("Running: 5 of 12"));
        assertThat(api.requests("POST", "/sweeps/trashcan/run").get(0).body()).containsEntry("dryRun", true);
        assertThat(api.requests("POST", "/sweeps/trashcan/run").get(0).csrfHeader()).isEqualTo(ShareStub.CSRF_TOKEN);
        // polled while it runs, until it is done
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !text(ID + "-sweeps").contains("Running"));

        sweepButton("trashcan", false).click();
        waitFor(() -> text(ID + "-dialog").contains("cannot be undone"));
        assertThat(api.requests("POST", "/sweeps/trashcan/run")).hasSize(1);
        dialogButton("Clean up").click();
        waitFor(() -> api.requests("POST", "/sweeps/trashcan/run").size() == 2);
        assertThat(api.requests("POST", "/sweeps/trashcan/run").get(1).body()).containsEntry("dryRun", false);
    }

    @Test
    void aSweepThatIsAlreadyRunningIsRefusedInWords() {
        open("lang=en");
        driver.findElement(By.id(ID + "-tab-sweeps")).click();
        waitFor(() -> text(ID + "-sweeps").contains("Orphaned content URLs"));
        driver.executeScript("var x = new XMLHttpRequest(); x.open('POST', arguments[0], false);"
                + "x.setRequestHeader('Alfresco-CSRFToken', arguments[1]); x.setRequestHeader('Content-Type', 'application/json');"
                + "x.send('{\"dryRun\":true}');", ShareStub.API + "/sweeps/deletedContentStore/run", ShareStub.CSRF_TOKEN);

        sweepButton("deletedContentStore", true).click();

        waitFor(() -> driver.findElement(By.id(ID + "-error")).isDisplayed());
        assertThat(text(ID + "-error")).isEqualTo("The repository reported an error: The sweep deletedContentStore is already running");
    }

    @Test
    void theChartAndTheTabsWorkFromTheKeyboard() {
        open("lang=en");
        YearMonth month = YearMonth.from(api.today()).plusMonths(3);

        driver.findElement(By.cssSelector("#" + ID + "-chart g.gdpr-month[data-month='" + month + "']")).sendKeys(Keys.ENTER);
        waitFor(() -> (month + "-01").equals(lastList().first("expiryFrom")));

        WebElement overview = driver.findElement(By.id(ID + "-tab-overview"));
        overview.sendKeys(Keys.ARROW_RIGHT);
        waitFor(() -> "true".equals(driver.findElement(By.id(ID + "-tab-requests")).getAttribute("aria-selected")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(ID + "-tab-requests");
        assertThat(driver.findElement(By.id(ID + "-panel-overview")).isDisplayed()).isFalse();
    }

    @Test
    void theTitleBarConfigurationSavesThePageSizeWithTheDashlet() {
        open("lang=en");
        driver.findElement(By.cssSelector("#" + ID + "-title button.titlebar-edit")).click();
        waitFor(() -> driver.findElement(By.id(ID + "-dialog")).isDisplayed());

        new Select(driver.findElement(By.id(ID + "-config-size"))).selectByValue("10");
        new Select(driver.findElement(By.id(ID + "-config-status"))).selectByValue("EXPIRED");
        dialogButton("Save").click();

        waitFor(() -> !share.savedConfigurations().isEmpty());
        assertThat(share.savedConfigurations().get(0)).containsEntry("pageSize", "10").containsEntry("status", "EXPIRED")
                .containsEntry("componentId", TestPages.COMPONENT_ID);
        waitFor(() -> "10".equals(lastList().first("maxItems")) && "EXPIRED".equals(lastList().first("status")));
        waitFor(() -> rowNames().size() == 9);
    }

    @Test
    void savedSettingsAreTheStartingFilters() {
        driver.get(share.url("/test/dashlet?lang=en&pageSize=10&status=EXPIRING"));
        waitFor(() -> !api.requests("GET", "/retentions").isEmpty());

        assertThat(lastList().first("maxItems")).isEqualTo("10");
        assertThat(lastList().first("status")).isEqualTo("EXPIRING");
        assertThat(new Select(driver.findElement(By.id(ID + "-filter-status"))).getFirstSelectedOption().getText())
                .isEqualTo("Expiring soon");
    }

    @Test
    void anOrdinaryUserHasNoPurgeAndNoHoldButtons() {
        api.callerIsNoOfficer();
        open("lang=en");
        waitFor(() -> driver.findElements(By.id(ID + "-tab-requests")).isEmpty());

        assertThat(driver.findElements(By.id(ID + "-purge"))).isEmpty();
        assertThat(driver.findElements(By.id(ID + "-tab-sweeps"))).isEmpty();
        assertThat(driver.findElements(By.id(ID + "-panel-requests"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#" + ID + "-table button[data-action='place-hold']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#" + ID + "-table button[data-action='extension']"))).isNotEmpty();
        // the tab list is just the overview now, and the arrow keys stay on it
        driver.findElement(By.id(ID + "-tab-overview")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(ID + "-tab-overview");
    }

    @Test
    void theSummaryIsAskedOncePerPageLoadAndPagingDoesNotAskAgain() {
        open("lang=en");
        waitFor(() -> driver.findElement(By.id(ID + "-purge")).isDisplayed());
        assertThat(api.requests("GET", "/retention-summaries/-current-")).hasSize(1);

        driver.findElement(By.cssSelector("#" + ID + "-paginator a.yui-pg-next")).click();
        waitFor(() -> rowNames().contains("Dossier 026.pdf"));
        clickHeader("name");
        waitFor(() -> "name ASC".equals(lastList().first("orderBy")) && rowNames().size() == 25);

        assertThat(api.requests("GET", "/retention-summaries/-current-")).hasSize(1);
        // the officer's actions are on rows drawn before the summary answered, too
        assertThat(driver.findElements(By.cssSelector("#" + ID + "-table button[data-action='place-hold']"))).isNotEmpty();
        assertThat(driver.findElement(By.id(ID + "-tab-requests")).isDisplayed()).isTrue();
    }

    @Test
    void anOfficerSeesPurgeSelectedEvenWhenNoRowMatches() {
        driver.get(share.url("/test/dashlet?lang=en&status=PURGED"));
        waitFor(() -> text(ID + "-table").contains("No documents match the filters."));
        waitFor(() -> driver.findElement(By.id(ID + "-purge")).isDisplayed());

        assertThat(rowNames()).isEmpty();
        assertThat(driver.findElement(By.id(ID + "-purge")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id(ID + "-tab-sweeps")).isDisplayed()).isTrue();
        assertThat(api.requests("GET", "/retention-summaries/-current-")).hasSize(1);
    }

    @Test
    void theDashletSpeaksDutch() throws IOException {
        // A Dutch browser: Share's proxy passes its Accept-Language on, so the API labels types in Dutch too.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", "nl-NL,nl;q=0.9")));
        try {
            open("lang=nl");
        } finally {
            driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }

        assertThat(text(ID + "-title")).startsWith("Bewaartermijnen");
        assertThat(driver.findElement(By.cssSelector("#" + ID + "-table th.yui-dt-col-expiryDate")).getText()).isEqualTo("Vervaldatum");
        assertThat(driver.findElements(By.cssSelector("#" + ID + "-table .gdpr-status"))).extracting(WebElement::getText)
                .contains("Verlopen", "Verloopt binnenkort");
        assertThat(text(ID + "-paginator")).contains("Pagina 1 van 3", "Volgende");
        assertThat(text(ID + "-status")).isEqualTo("Documenten 1 tot en met 25 van 57.");
        assertThat(text(ID + "-table")).contains("Cliëntdossier (5 jaar)");
        screenshot("nl");
    }

    @Test
    void theDashletInEnglish() throws IOException {
        open("lang=en");

        assertThat(text(ID + "-status")).isEqualTo("Showing 1 to 25 of 57 documents.");
        assertThat(driver.findElement(By.cssSelector("#" + ID + "-table tbody tr:first-child a")).getAttribute("href"))
                .endsWith("/share/page/site/clients/document-details?nodeRef=workspace%3A%2F%2FSpacesStore%2Fnode-001");
        screenshot("en");
    }

    private void open(String query) {
        driver.get(share.url("/test/dashlet?" + query));
        waitFor(() -> rowNames().size() == 25 && !driver.findElements(By.cssSelector("#" + ID + "-totals li a")).isEmpty());
    }

    private FakeGdprApi.Request lastList() {
        List<FakeGdprApi.Request> lists = api.requests("GET", "/retentions");
        return lists.get(lists.size() - 1);
    }

    /** Read in one script, so a table being redrawn is never half read. */
    @SuppressWarnings("unchecked")
    private List<String> rowNames() {
        return (List<String>) driver.executeScript("return Array.prototype.map.call(document.querySelectorAll("
                + "arguments[0]), function(a) { return a.textContent; });",
                "#" + ID + "-table tbody.yui-dt-data td.yui-dt-col-name a");
    }

    /** The header is redrawn with each page: a click that meets a stale header (and so did nothing) is retried. */
    private void clickHeader(String key) {
        waitFor(() -> {
            driver.findElement(By.cssSelector("#" + ID + "-table th.yui-dt-col-" + key + " a.yui-dt-sortable")).click();
            return true;
        });
    }

    private WebElement dialogButton(String label) {
        return driver.findElements(By.cssSelector("#" + ID + "-dialog-buttons button")).stream()
                .filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no dialog button " + label + " in: " + text(ID + "-dialog")));
    }

    private WebElement sweepButton(String sweep, boolean dryRun) {
        return driver.findElement(By.cssSelector("#" + ID + "-sweeps button[data-sweep='" + sweep + "'][data-dry='" + dryRun + "']"));
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** docs/images/dashlet-<language>.png when -Dgdpr.screenshots=true. */
    private static void screenshot(String language) throws IOException {
        if (!Boolean.getBoolean("gdpr.screenshots")) {
            return;
        }
        Path dir = Path.of(System.getProperty("gdpr.screenshots.dir", "../docs/images"));
        Files.createDirectories(dir);
        WebElement dashlet = driver.findElement(By.id(ID + "-dashlet"));
        Files.write(dir.resolve("dashlet-" + language + ".png"), dashlet.getScreenshotAs(OutputType.BYTES));
    }

}
