package org.gdprretention.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdprretention.platform.consent.PageCall.call;
import static org.gdprretention.platform.consent.PageCall.params;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.gdprretention.platform.model.RetentionModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The consent page as a browser shows it: the page the web script renders (real FreeMarker, both languages) opened
 * in headless Chromium with JavaScript switched off, its question, kinds, dates and two buttons visible. With
 * {@code -Dgdpr.screenshots=true} the screenshots are written to {@code docs/images/consent-page-en.png} and
 * {@code -nl.png} for the README.
 */
class ConsentPageScreenshotTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static ChromeDriverService service;
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "headless Chromium (Debian packages chromium, chromium-driver) not installed: screenshots skipped");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + Files.createDirectories(profile.resolve("chromium")));
        // the page must work without JavaScript
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(900, 760));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void theDutchPage(@TempDir Path pages) throws IOException {
        screenshot("nl", pages, "Mogen wij uw gegevens een jaar langer bewaren?",
                List.of("Een jaar langer bewaren", "Verwijderen na afloop"));
    }

    @Test
    void theEnglishPage(@TempDir Path pages) throws IOException {
        screenshot("en", pages, "May we keep your data one more year?",
                List.of("Keep one more year", "Delete on expiry"));
    }

    private void screenshot(String language, Path pages, String title, List<String> buttons) throws IOException {
        ConsentFixture fixture = new ConsentFixture();
        LocalDate expiry = LocalDate.of(2026, 6, 20);
        String token = ConsentToken.generate(new SecureRandom());
        NodeRef profile = fixture.document("Arbeidscontract J. Jansen.pdf", "CANDIDATE_PROFILE", expiry,
                "subject-1", "j@x.nl");
        NodeRef certificate = fixture.document("Getuigschrift J. Jansen.pdf", "CERTIFICATE", expiry.plusDays(9),
                "subject-1", "j@x.nl");
        NodeRef personnel = fixture.document("Personeelsdossier J. Jansen.pdf", "PERSONNEL_FILE",
                expiry.plusDays(30), "subject-1", "j@x.nl");
        // template names as an organisation would have them
        fixture.nodeService.setProperty(profile, RetentionModel.PROP_TEMPLATE, "Inschrijving kandidaat");
        fixture.nodeService.setProperty(certificate, RetentionModel.PROP_TEMPLATE, "Diploma");
        fixture.nodeService.setProperty(personnel, RetentionModel.PROP_TEMPLATE, "Arbeidsovereenkomst");
        fixture.openRequest(token, expiry, profile, certificate, personnel);
        String html = call(ConsentPageTest.page(fixture, false, "Flexwerk Uitzendbureau B.V."),
                params("token", token, "lang", language)).body();
        Path file = pages.resolve("consent-page-" + language + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);

        browser.get(file.toUri().toString());

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElements(By.cssSelector("form[method=post] button")))
                .extracting(WebElement::getText).containsExactlyElementsOf(buttons);
        assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("J. Jansen");
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        if (Boolean.getBoolean("gdpr.screenshots")) {
            Path images = Paths.get(System.getProperty("gdpr.docs.images", "../docs/images"));
            Files.createDirectories(images);
            Files.write(images.resolve("consent-page-" + language + ".png"), png);
        }
    }
}
