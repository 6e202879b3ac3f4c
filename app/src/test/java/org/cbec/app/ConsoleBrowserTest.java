package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The console in a real browser: Debian's Chromium, headless, driven by Selenium. Runs wherever Chromium and its
 * driver are installed ({@code .ci/run} installs them; on CI a missing browser fails the build).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBrowserTest extends BrowserTestBase {

    @Test
    void aDeclarantFollowsARefusedParcelFromTheSearchBoxToTheHighlightedMismatch() throws Exception {
        String copNo = refusedParcel();
        signIn(person(Parcels.AGENT, "DECLARANT"), PASSWORD);

        browser.findElement(By.id("q")).sendKeys(copNo);
        browser.findElement(By.id("find")).click();

        arrivedAt("/console/inventories/" + copNo);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("100 海关退单");
        List<WebElement> mismatches = browser.findElements(By.cssSelector("#mismatches tr.mismatch"));
        assertThat(mismatches).singleElement().satisfies(row -> {
            assertThat(row.getText()).contains("inventory-freight-equals-waybill");
            assertThat(row.findElements(By.cssSelector("td.mismatch-value"))).extracting(WebElement::getText)
                    .containsExactly("10.00", "12");
        });
        assertThat(browser.findElement(By.id("history")).getText()).contains("海关退单");
        assertThat(browser.findElement(By.id("receipts")).getText()).contains("CEB622", "100");
        List<WebElement> xml = browser.findElements(By.cssSelector("#receipts a.receipt-xml"));
        xml.get(xml.size() - 1).click();
        arrivedAt("/console/receipts/");
        assertThat(browser.getPageSource()).contains("CEB622Message").contains("100");
        browser.navigate().back();
        browser.findElement(By.id("sign-out")).click();
        arrivedAt("/login?signedOut");
    }

    @Test
    void anOfficerApprovesAHeldParcelInTheBrowserAndItsDeclarantSees800() throws Exception {
        String riskAdmin = officer("RISK_ADMIN")[1];
        String id = "H" + shortId();
        String invtNo = heldForReview(riskAdmin, id, AGENT_KEY);
        String reviewer = person(officer("REVIEWER")[0], "CUSTOMS", null, "REVIEWER");

        signIn(reviewer, PASSWORD);
        browser.findElement(By.id("review-queue")).click();
        browser.findElement(By.linkText(invtNo)).click();
        assertThat(browser.findElement(By.id("hits")).getText()).contains("BLOCKED_BUYER");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("300 人工审核");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("action"))).selectByValue("APPROVE");
        browser.findElement(By.id("reason")).sendKeys("单证齐全，予以放行");
        browser.findElement(By.id("decide")).click();

        assertThat(browser.findElement(By.id("decided")).getText()).contains("APPROVE");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("800 放行");
        assertThat(browser.findElement(By.id("decisions")).getText()).contains("单证齐全，予以放行");
        assertThat(statuses("agent", "copNo", "COP" + id)).endsWith("300", "399", "800");

        browser.findElement(By.id("sign-out")).click();
        arrivedAt("/login?signedOut");
        signIn(person(Parcels.AGENT, "DECLARANT"), PASSWORD);
        browser.findElement(By.id("q")).sendKeys(invtNo);
        browser.findElement(By.id("find")).click();
        arrivedAt("/console/inventories/COP" + id);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("800 放行");
    }

    @Test
    void anEnterprisesPersonDoesNotOpenCustomsPages() throws Exception {
        signIn(person(Parcels.AGENT, "DECLARANT"), PASSWORD);
        browser.get(url("/console/customs/reviews"));
        assertThat(browser.getPageSource()).doesNotContain("review-queue").doesNotContain("<table id=\"queue\"");
        assertThat(browser.findElements(By.id("queue"))).isEmpty();
    }

    @Test
    void anotherEnterprisesPersonFindsNothingByItsCopNo() throws Exception {
        String copNo = refusedParcel();
        signIn(person(Parcels.CARRIER, "CLERK"), PASSWORD);

        browser.findElement(By.id("q")).sendKeys(copNo);
        browser.findElement(By.id("find")).click();
        assertThat(browser.findElement(By.id("nothing")).getText()).contains(copNo);
        assertThat(browser.findElements(By.id("mismatches"))).isEmpty();
        String invtNo = heldForReview(officer("RISK_ADMIN")[1], "X" + shortId(), AGENT_KEY);
        // a page of its own, so that the notice read is not the one of the search before
        browser.get(url("/console/search?q=" + invtNo));
        assertThat(browser.findElement(By.id("nothing")).getText()).as("another's invtNo").contains(invtNo);

        browser.get(url("/console/inventories/" + copNo));
        assertThat(browser.findElement(By.id("nothing")).getText()).contains(copNo);
        assertThat(browser.getPageSource()).doesNotContain("inventory-freight-equals-waybill");
        for (var receipt : receipts("agent", "copNo", copNo)) {
            browser.get(url("/console/receipts/" + receipt.get("cursor").asLong()));
            assertThat(browser.getPageSource()).as("the declarant's receipt " + receipt.get("cursor"))
                    .doesNotContain("CEB622Message");
        }
    }

    @Test
    void aPersonChangesTheirPasswordAndSignsInWithTheNewOne() {
        String login = person(Parcels.AGENT, "DECLARANT");
        signIn(login, PASSWORD);
        browser.findElement(By.id("password-link")).click();

        browser.findElement(By.id("current")).sendKeys("not the password");
        browser.findElement(By.id("next")).sendKeys("a new secret 42");
        browser.findElement(By.id("repeat")).sendKeys("a new secret 42");
        browser.findElement(By.id("change")).click();
        assertThat(browser.findElement(By.id("refused")).getText()).contains("current password");

        browser.findElement(By.id("current")).sendKeys(PASSWORD);
        browser.findElement(By.id("next")).sendKeys("a new secret 42");
        browser.findElement(By.id("repeat")).sendKeys("a new secret 42");
        browser.findElement(By.id("change")).click();
        assertThat(browser.findElement(By.id("changed")).isDisplayed()).isTrue();

        browser.findElement(By.id("sign-out")).click();
        arrivedAt("/login?signedOut");
        signIn(login, PASSWORD);
        arrivedAt("/login?error");
        signIn(login, "a new secret 42");
        arrivedAt("/console");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void theConsoleSpeaksChineseFirstAndEnglishOnRequest() {
        browser.get(url("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");

        browser.get(url("/login?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        browser.get(url("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("remembered").isEqualTo("Sign in");
    }

    @Test
    void fiveWrongPasswordsLockTheSignInEvenForTheRightOne() {
        String login = person(Parcels.AGENT, "DECLARANT");
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(login, "wrong password " + attempt);
            assertThat(browser.findElement(By.id("login-error")).isDisplayed()).isTrue();
        }
        signIn(login, PASSWORD);
        arrivedAt("/login?error");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndPagesNeedASignIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("/console"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
