package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.cbec.ceb.schema.import202205.CEB511Message;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the console's browser tests share: Debian's Chromium, headless, driven by Selenium, the parcel enterprises,
 * people to sign in as. Runs wherever Chromium and its driver are installed ({@code .ci/run} installs them; on CI a
 * missing browser fails the build).
 */
abstract class BrowserTestBase extends ParcelApiTest {

    static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("console agent");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    static final String PASSWORD = "correct horse 9";

    protected WebDriver browser;

    @BeforeEach
    void browserAndEnterprises() throws Exception {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!installed && !"true".equals(System.getenv("CI"))) {
            System.out.println("NOTICE: browser tests skipped: Debian's chromium and chromium-driver are not "
                    + "installed (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed || "true".equals(System.getenv("CI")), "chromium not installed");
        fileParcelEnterprises(AGENT_KEY);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    /**
     * Saves what the browser shows as {@code target/screenshots/<name>.png}: the README's pictures of the console
     * are taken from there (docs/screenshots).
     */
    protected void screenshot(String name) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
        Files.createDirectories(folder);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser)
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        assertThat(png).as("a PNG").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        Files.write(folder.resolve(name + ".png"), png);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String person(String code, String role) {
        return person("p" + shortId().toLowerCase(), "ENTERPRISE", code, role);
    }

    protected String person(String login, String kind, String code, String role) {
        Map<String, Object> filing = new java.util.HashMap<>(Map.of("login", login, "password", PASSWORD, "kind",
                kind, "role", role, "displayName", "王小明"));
        if (code != null) {
            filing.put("orgCode", code);
        }
        ApiClient.Response filed = api().postJson("/api/v1/people", ADMIN, filing);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return login;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String login, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        // the form's answer: the console, or the sign-in page again with its error
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(
                ExpectedConditions.urlToBe(url("/login"))));
    }

    /** Waits for the browser to land on this path: a click's navigation ends after the click returns. */
    protected void arrivedAt(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
        assertThat(browser.getCurrentUrl()).contains(path);
    }

    protected String refusedParcel() throws Exception {
        String id = "W" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof CEB511Message waybill) {
                waybill.getLogistics().get(0).getLogisticsHead().setFreight(new java.math.BigDecimal("12"));
            }
        });
        sendParcel(parcel);
        return "COP" + id;
    }
}
