package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The public service platform's pages in Chromium: a department reads the datasets its policies grant, the
 * statistics with their chart, the credit of enterprises, and reviews a filing; an enterprise reads its credit,
 * its inbox and who read its data; neither opens the other's pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangePagesBrowserTest extends BrowserTestBase {

    private String released() throws Exception {
        String id = "X" + shortId();
        sendParcel(Parcels.parcel(id, AGENT_KEY, message -> { }));
        JsonNode last = lastInventoryReceipt("COP" + id);
        assertThat(last.get("returnStatus").asString()).isEqualTo("800");
        return last.get("invtNo").asString();
    }

    private void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    @Test
    void aTaxOfficialReadsItsDatasetsAndTheStatisticsChartButNotFxPayments() throws Exception {
        String invtNo = released();
        signIn(person("tax" + shortId().toLowerCase(), "DEPARTMENT", "TAX", "ANALYST"), PASSWORD);
        browser.findElement(By.id("department-home")).click();
        arrivedAt("/console/department");
        assertThat(browser.findElement(By.id("policies")).getText()).contains("export-lines")
                .contains("import-tax-bills").doesNotContain("fx-payments");

        browser.findElement(By.id("dataset-import-tax-bills")).click();
        String records = browser.findElement(By.id("records")).getText();
        if (!records.contains("TX" + invtNo)) {
            // more than a page of bills in this database: the newest is on a later page
            while (!browser.findElements(By.className("next-page")).isEmpty()
                    && !browser.findElement(By.id("records")).getText().contains("TX" + invtNo)) {
                browser.findElement(By.className("next-page")).click();
            }
        }
        assertThat(browser.findElement(By.id("records")).getText()).contains("TX" + invtNo);
        screenshot("department-dataset");

        browser.findElement(By.id("nav-statistics")).click();
        new Select(browser.findElement(By.id("group"))).selectByValue("country");
        new Select(browser.findElement(By.id("direction"))).selectByValue("I");
        browser.findElement(By.id("show")).click();
        arrivedAt("group=country");
        assertThat(browser.findElement(By.id("statistics")).getText()).contains("116");
        // ECharts from its WebJar drew the chart from the rows the table shows
        waitFor(By.cssSelector("#statistics-chart canvas"));
        assertThat(browser.findElement(By.id("csv")).getAttribute("href")).contains("statistics.csv")
                .contains("group=country");
        screenshot("department-statistics");

        browser.get(url("/console/department/datasets/fx-payments"));
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("您无权查看本页");
        browser.get(url("/console/exchange/credit"));
        assertThat(browser.findElement(By.id("error")).getText()).as("an enterprise's page").isEqualTo("您无权查看本页");
    }

    @Test
    void anFxOfficialSeesTheGapsAndTheCreditAndReviewsAFilingNamingTheDirectoryClass() throws Exception {
        released();
        JsonNode filed = api().postJson("/api/v1/exchange/filings", null, ExchangeFixtures.filing(
                ExchangeFixtures.uscc(), ExchangeFixtures.customsCode())).json();
        long id = filed.get("id").asLong();
        signIn(person("fx" + shortId().toLowerCase(), "DEPARTMENT", "FX", "ANALYST"), PASSWORD);
        browser.get(url("/console/department"));
        browser.findElement(By.id("link-fx")).click();
        arrivedAt("/console/department/fx-gaps");
        assertThat(browser.findElements(By.id("gaps")).size() + browser.findElements(By.id("no-gaps")).size())
                .isEqualTo(1);

        browser.findElement(By.id("nav-credit")).click();
        assertThat(browser.findElement(By.id("scores")).getText()).contains(Parcels.PLATFORM);
        browser.findElement(By.linkText(Parcels.PLATFORM)).click();
        assertThat(browser.findElement(By.id("factors")).getText()).contains("三单对碰退单").contains("逾期缴税");

        browser.findElement(By.id("nav-filings")).click();
        browser.findElement(By.linkText(String.valueOf(id))).click();
        new Select(browser.findElement(By.id("decision"))).selectByValue("APPROVE");
        browser.findElement(By.id("decide")).click();
        assertThat(browser.findElement(By.id("refused")).getText()).contains("fxClass");
        new Select(browser.findElement(By.id("fxClass"))).selectByValue("A");
        browser.findElement(By.id("decide")).click();
        arrivedAt("decided");
        assertThat(browser.findElement(By.id("review-FX")).getText()).contains("已通过").contains("A");
        screenshot("filing-review");
    }

    @Test
    void anEnterpriseReadsItsCreditItsInboxAndWhoReadItsData() throws Exception {
        String invtNo = released();
        String tax = department("TAX");
        assertThat(api().get("/api/v1/exchange/datasets/import-parcels?limit=1000", department("MARKET")).status())
                .isEqualTo(200);
        assertThat(api().postJson("/api/v1/exchange/results", tax, Map.of("enterprise", Parcels.PLATFORM, "kind",
                "EXEMPTION", "reference", invtNo, "outcome", "APPROVED", "detail", "无票免税已登记")).status())
                .isEqualTo(201);
        signIn(person(Parcels.PLATFORM, "FINANCE"), PASSWORD);

        browser.findElement(By.id("nav-credit")).click();
        assertThat(browser.findElement(By.id("score")).getText()).matches("\\d+");
        assertThat(browser.findElement(By.id("factor-mismatch")).getText()).contains("25");
        screenshot("enterprise-credit");

        browser.findElement(By.id("nav-inbox")).click();
        assertThat(browser.findElement(By.id("messages")).getText()).contains(invtNo).contains("无票免税");
        browser.findElement(By.id("nav-access-log")).click();
        assertThat(browser.findElement(By.id("reads")).getText()).contains("市场监管部门").contains("进口放行清单");

        browser.get(url("/console/department"));
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("您无权查看本页");
        browser.get(url("/console?lang=en"));
        browser.get(url("/console/department/credit"));
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("You may not see this page");
    }
}
