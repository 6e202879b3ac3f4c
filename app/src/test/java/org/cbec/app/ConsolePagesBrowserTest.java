package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The console's pages beyond a parcel's, in a real browser: finding a parcel by any of its numbers, refused
 * parcels by reason, the queue's filters and counts, the dashboard drawn by ECharts, the risk rules and their
 * audit, tax bills for their guarantor, the operator's pages, every kind of person signing in, and HTML pages for
 * what cannot be shown. Screenshots of the main pages go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsolePagesBrowserTest extends BrowserTestBase {

    @Test
    void aDeclarantFindsAParcelByItsOrderNumberAndByItsWaybillNumber() throws Exception {
        String copNo = refusedParcel();
        String id = copNo.substring("COP".length());
        signIn(person(Parcels.AGENT, "DECLARANT"), PASSWORD);

        browser.findElement(By.id("q")).sendKeys("ORD" + id);
        browser.findElement(By.id("find")).click();
        arrivedAt("/console/inventories/" + copNo);

        browser.get(url("/console"));
        browser.findElement(By.id("q")).sendKeys("LN" + id);
        browser.findElement(By.id("find")).click();
        arrivedAt("/console/inventories/" + copNo);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("100 海关退单");
        screenshot("parcel-with-mismatch");
    }

    @Test
    void thePlatformOfTheOrderFindsItsParcelButAnotherEnterpriseDoesNot() throws Exception {
        String copNo = refusedParcel();
        String id = copNo.substring("COP".length());
        signIn(person(Parcels.PLATFORM, "MANAGER"), PASSWORD);
        browser.get(url("/console/search?q=ORD" + id));
        arrivedAt("/console/inventories/" + copNo);

        browser.findElement(By.id("sign-out")).click();
        arrivedAt("/login?signedOut");
        signIn(person(Parcels.PAYER, "CLERK"), PASSWORD);
        browser.get(url("/console/search?q=ORD" + id));
        assertThat(browser.findElement(By.id("nothing")).getText()).contains("ORD" + id);
        browser.get(url("/console/refused"));
        assertThat(browser.getPageSource()).doesNotContain(copNo);
    }

    @Test
    void refusedParcelsAreListedByReasonAndChoosingAReasonUpdatesTheListInPlace() throws Exception {
        String copNo = refusedParcel();
        signIn(person(Parcels.AGENT, "DECLARANT"), PASSWORD);
        browser.findElement(By.id("nav-refused")).click();
        arrivedAt("/console/refused");

        WebElement freight = browser.findElements(By.cssSelector("#reasons a.reason")).stream()
                .filter(a -> a.getText().startsWith("清单运费与运单不符")).findFirst().orElseThrow();
        screenshot("refused-parcels");
        freight.click();
        // htmx swaps the list in and pushes the address: the page is not loaded again
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(
                "reason=inventory-freight-equals-waybill"));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.cssSelector("#refused caption"), "清单运费与运单不符"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#refused tr td:first-child a"));
        assertThat(rows).extracting(WebElement::getText).contains(copNo);
        assertThat(browser.findElements(By.cssSelector("#refused tr td:nth-child(4)"))).extracting(WebElement::getText)
                .containsOnly("清单运费与运单不符");
        browser.findElement(By.linkText(copNo)).click();
        arrivedAt("/console/inventories/" + copNo);
    }

    @Test
    void anOfficerFiltersTheQueueSeesItsCountsAndTheDashboardDrawnOffline() throws Exception {
        String invtNo = heldForReview(officer("RISK_ADMIN")[1], "Q" + shortId(), AGENT_KEY);
        signIn(person(officer("REVIEWER")[0], "CUSTOMS", null, "REVIEWER"), PASSWORD);
        browser.findElement(By.id("nav-queue")).click();
        assertThat(Long.parseLong(browser.findElement(By.id("count-OPEN")).getText().replaceAll("\\D", "")))
                .isPositive();
        assertThat(browser.findElement(By.id("queue")).getText()).contains(invtNo);

        new Select(browser.findElement(By.id("status"))).selectByValue("DETAINED");
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(
                "status=DETAINED"));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("queue-view"), invtNo)));
        new Select(browser.findElement(By.id("status"))).selectByValue("OPEN");
        browser.findElement(By.id("hit")).sendKeys("BLOCKED_BUYER");
        browser.findElement(By.id("filter")).click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("queue"), invtNo));
        screenshot("review-queue");

        browser.findElement(By.linkText(invtNo)).click();
        assertThat(browser.findElement(By.id("hits")).getText()).contains("BLOCKED_BUYER");
        assertThat(browser.findElement(By.id("comparison")).getText()).contains("一致");
        screenshot("review-case");

        browser.findElement(By.id("nav-dashboard")).click();
        arrivedAt("/console/customs/dashboard");
        assertThat(browser.findElement(By.id("per-hour")).getText()).contains("人工审核");
        // ECharts came from the WebJar and drew the chart
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("#per-hour-chart canvas")));
        screenshot("dashboard");
    }

    @Test
    void aRiskAdminChangesARuleSayingWhyAndTheAuditShowsItWhileAReviewerOnlyReads() throws Exception {
        signIn(person(officer("RISK_ADMIN")[0], "CUSTOMS", null, "RISK_ADMIN"), PASSWORD);
        browser.findElement(By.id("nav-rules")).click();
        WebElement randomReview = browser.findElement(By.id("rule-RANDOM_REVIEW"));
        randomReview.findElement(By.id("parameter-RANDOM_REVIEW")).clear();
        randomReview.findElement(By.id("parameter-RANDOM_REVIEW")).sendKeys("2");
        randomReview.findElement(By.id("reason-RANDOM_REVIEW")).sendKeys("加强抽查");
        randomReview.findElement(By.tagName("button")).click();
        assertThat(browser.findElement(By.id("refused")).getText()).contains("a fraction from 0 to 1");

        randomReview = browser.findElement(By.id("rule-RANDOM_REVIEW"));
        randomReview.findElement(By.id("parameter-RANDOM_REVIEW")).clear();
        randomReview.findElement(By.id("parameter-RANDOM_REVIEW")).sendKeys("0");
        randomReview.findElement(By.id("reason-RANDOM_REVIEW")).sendKeys("恢复默认抽查比例");
        randomReview.findElement(By.tagName("button")).click();
        assertThat(browser.findElement(By.id("changed")).getText()).contains("RANDOM_REVIEW");
        assertThat(browser.findElement(By.cssSelector("#rule-RANDOM_REVIEW details")).getAttribute("textContent"))
                .contains("恢复默认抽查比例");
        screenshot("risk-rules");

        browser.findElement(By.id("sign-out")).click();
        arrivedAt("/login?signedOut");
        signIn(person(officer("REVIEWER")[0], "CUSTOMS", null, "REVIEWER"), PASSWORD);
        browser.get(url("/console/customs/rules"));
        assertThat(browser.findElements(By.id("reason-RANDOM_REVIEW"))).isEmpty();
    }

    @Test
    void theGuarantorSeesTheTaxBillOfAReleasedParcelAndOfficersSeeTheGuarantees() throws Exception {
        String id = "T" + shortId();
        sendParcel(Parcels.parcel(id, AGENT_KEY, message -> { }));
        assertThat(statuses("agent", "copNo", "COP" + id)).endsWith("800");
        signIn(person(Parcels.PLATFORM, "FINANCE"), PASSWORD);
        browser.findElement(By.id("nav-tax")).click();
        assertThat(browser.findElement(By.id("guarantee")).getText()).contains("100,000,000.00");
        assertThat(browser.findElement(By.id("tax-bills")).getText()).contains("COP" + id);
        screenshot("tax-bills");

        browser.findElement(By.id("sign-out")).click();
        arrivedAt("/login?signedOut");
        signIn(person(Parcels.AGENT, "DECLARANT"), PASSWORD);
        browser.get(url("/console/tax-bills"));
        assertThat(browser.findElement(By.id("no-guarantee")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).doesNotContain("COP" + id);

        browser.findElement(By.id("sign-out")).click();
        arrivedAt("/login?signedOut");
        signIn(person(officer("REVIEWER")[0], "CUSTOMS", null, "REVIEWER"), PASSWORD);
        browser.findElement(By.id("nav-guarantees")).click();
        assertThat(browser.findElement(By.id("guarantees")).getText()).contains(Parcels.PLATFORM);
    }

    @Test
    void anEnterpriseSeesItsFilingAndTheOperatorSeesEnterprisesPeopleAndHealth() throws Exception {
        refusedParcel();
        signIn(person(Parcels.AGENT, "DECLARANT"), PASSWORD);
        browser.findElement(By.id("nav-filing")).click();
        assertThat(browser.findElement(By.id("filing")).getText()).contains(Parcels.AGENT, "申报企业");
        assertThat(browser.findElement(By.id("certificates")).getText()).contains("有效");
        browser.findElement(By.id("sign-out")).click();
        arrivedAt("/login?signedOut");

        signIn(person("op" + shortId().toLowerCase(), "OPERATOR", null, "ADMIN"), PASSWORD);
        browser.findElement(By.id("nav-enterprises")).click();
        assertThat(browser.findElement(By.id("enterprises")).getText()).contains(Parcels.AGENT, Parcels.PLATFORM);
        browser.findElement(By.id("nav-people")).click();
        String newcomer = "new" + shortId().toLowerCase();
        browser.findElement(By.id("login")).sendKeys(newcomer);
        browser.findElement(By.id("displayName")).sendKeys("新同事");
        new Select(browser.findElement(By.id("kind"))).selectByValue("ENTERPRISE");
        browser.findElement(By.id("orgCode")).sendKeys("9999999999");
        browser.findElement(By.id("role")).sendKeys("DECLARANT");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("file-person")).click();
        assertThat(browser.findElement(By.id("refused")).getText()).contains("orgCode");
        assertThat(browser.findElement(By.id("login")).getAttribute("value")).as("kept").isEqualTo(newcomer);

        browser.findElement(By.id("orgCode")).clear();
        browser.findElement(By.id("orgCode")).sendKeys(Parcels.AGENT);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("file-person")).click();
        assertThat(browser.findElement(By.id("filed")).getText()).contains(newcomer);
        assertThat(browser.findElement(By.id("people")).getText()).contains(newcomer);
        screenshot("operator-people");
        browser.findElement(By.id("nav-health")).click();
        assertThat(browser.findElement(By.id("per-minute")).getText()).isNotBlank();
        browser.findElement(By.id("nav-officers")).click();
        assertThat(browser.findElement(By.id("officers")).isDisplayed()).isTrue();

        browser.findElement(By.id("sign-out")).click();
        arrivedAt("/login?signedOut");
        signIn(newcomer, PASSWORD);
        arrivedAt("/console");
        assertThat(browser.findElement(By.id("nav-refused")).isDisplayed()).isTrue();
    }

    @Test
    void aDepartmentsPersonSignsInAndSeesNoEnterprisesData() {
        signIn(person("tax" + shortId().toLowerCase(), "DEPARTMENT", "TAX", "ANALYST"), PASSWORD);
        arrivedAt("/console");
        assertThat(browser.findElement(By.id("department-home")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("q"))).isEmpty();
        browser.get(url("/console/refused"));
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("您无权查看本页");
        browser.get(url("/console/customs/reviews"));
        assertThat(browser.findElement(By.id("error")).getText()).as("the error page, not JSON")
                .isEqualTo("您无权查看本页");
    }

    @Test
    void whatCannotBeShownIsAPageInTheConsolesLanguage() {
        signIn(person(officer("REVIEWER")[0], "CUSTOMS", null, "REVIEWER"), PASSWORD);
        browser.get(url("/console/customs/reviews/NO-SUCH-CASE?lang=en"));
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("Not found");
        assertThat(browser.findElement(By.id("error-detail")).getText()).contains("NO-SUCH-CASE");
        assertThat(browser.getPageSource()).doesNotContain("urn:cbec:problem");
        browser.get(url("/console/customs/reviews?status=NONSENSE"));
        assertThat(browser.findElement(By.id("error-detail")).getText()).contains("status: one of");
    }
}
