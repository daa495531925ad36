package org.gdprretention.share.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test of the module's JavaScript stands on: one headless Chromium (Debian's chromium and
 * chromium-driver) per test class with a profile of its own, and per test a fresh stand-in Share ({@link ShareStub})
 * with a fresh GDPR API of 57 documents ({@link FakeGdprApi}) serving the real YUI 2.9. After each test it checks
 * what Share's CSRF filter would: every POST, PUT and DELETE carried the page's token. A class whose machine has no
 * Chromium is skipped, saying why.
 */
abstract class BrowserFixture {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int DOCUMENTS = 57;

    @TempDir
    static Path profile;

    protected static ChromeDriver driver;
    private static Path yui;

    protected FakeGdprApi api;
    protected ShareStub share;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeInstalled();
        yui = yui();
        assertThat(yui.resolve("yahoo/yahoo-min.js")).as("YUI 2.9 from npm (the build's generate-test-resources step)")
                .exists();
        driver = start(profile.resolve("chromium"));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void startShare() throws IOException {
        api = new FakeGdprApi(DOCUMENTS);
        share = new ShareStub(api, yui.toAbsolutePath().normalize());
    }

    @AfterEach
    void stopShare() {
        share.close();
        assertEveryWriteCarriedTheToken(share, api);
    }

    /** Waits up to five seconds for {@code condition}, through a page that is still being redrawn. */
    static void waitFor(Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(IndexOutOfBoundsException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.get());
    }

    /** Share's CSRF filter: whatever a test did, every POST, PUT and DELETE carried the page's token. */
    static void assertEveryWriteCarriedTheToken(ShareStub share, FakeGdprApi api) {
        assertThat(share.refusedForCsrf()).isEmpty();
        assertThat(api.requests()).filteredOn(r -> !r.method().equals("GET"))
                .allSatisfy(r -> assertThat(r.csrfHeader()).as(r.method() + " " + r.path()).isEqualTo(ShareStub.CSRF_TOKEN));
    }

    /** YUI 2.9 as the build unpacks it from npm; {@code -Dgdpr.yui2.dir} points elsewhere. */
    static Path yui() {
        return Path.of(System.getProperty("gdpr.yui2.dir", "target/yui2/package/build"));
    }

    /** Skips the calling test class, saying why, when Chromium or its driver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: the browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, "
                        + "/usr/bin/chromedriver); .ci/run installs them");
    }

    private static ChromeDriver start(Path profile) throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath());
        ChromeDriver chromium = new ChromeDriver(service, options);
        chromium.manage().window().setSize(new Dimension(1280, 1100));
        chromium.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return chromium;
    }
}
