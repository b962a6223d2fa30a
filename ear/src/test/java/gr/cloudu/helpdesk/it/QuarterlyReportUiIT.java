package gr.cloudu.helpdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager produces a quarter's report again in English on the reports page, downloads it and sends it to the
 * customer's Level II contact, reads the compliance dashboard and the contract's communication levels; the
 * customer's own user sees only their organisation's contracts and cannot produce anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuarterlyReportUiIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @Test
    void aManagerProducesAQuarterAgainDownloadsItAndReadsTheDashboard() {
        visit("/reports.xhtml?contract=" + f.contract);
        logIn(f.manager, Fixtures.PASSWORD);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current"), "2026"));
        type("reports:quarter_input", "1");
        choose("reports:language", "English");
        browser.findElement(By.id("reports:produce")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports:messages"), "Quarter 1: version"));
        WebElement pdf = browser.findElement(By.cssSelector("[id$=':pdf']"));
        String link = pdf.getAttribute("href");
        assertThat(link).contains("/api/v1/contracts/" + f.contract + "/reports/1.pdf?version=");
        String path = URI.create(link).getRawPath().replaceFirst("^/helpdesk/api/v1", "") + "?" + URI.create(link).getRawQuery();
        var download = f.as(f.manager).download(path);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(text("reports:table")).contains("(en)").contains(f.manager);

        // Sending it to Level II: refused while the customer has none, sent once they have one.
        browser.findElement(By.id("reports:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports:messages"), "no Level II contact"));
        String levelTwo = "tsm-ui-" + f.suffix + "@customer.example.gr";
        assertThat(Api.admin().post("/customers/" + f.customer + "/contacts", """
                {"name":"Υπεύθυνη Τηλεπικοινωνιών","email":"%s","capacity":"TSM","unit":"ΔΤΥ","authorised":false,"level":"II"}
                """.formatted(levelTwo)).status()).isEqualTo(201);
        browser.findElement(By.id("reports:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports:messages"), "sent to " + levelTwo));
        assertThat(text("reports:table")).contains(levelTwo);

        visit("/management/dashboard.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("standings"), f.contract));
        assertThat(text("chart")).contains(f.contract);
        // The manager also sees how the last nightly check of the register went (or that none has run yet).
        assertThat(text("registerAudit")).containsAnyOf("Last nightly check", "has not been audited yet");

        visit("/customers/detail.xhtml?code=" + f.customer);
        openTab("contractsTab");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Communication levels"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Cloud-U Help Desk", "Γιώργος Δοκιμαστικός");
    }

    @Test
    void aCustomersUserSeesOnlyTheirOwnContractsAndProducesNothing() {
        visit("/reports.xhtml");
        logIn(f.customerUser, Fixtures.PASSWORD);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:contract")));
        browser.findElement(By.id("reports:contract")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:contract_items")));
        assertThat(browser.findElements(By.cssSelector("#reports\\:contract_items li"))).extracting(WebElement::getText)
                .containsExactly(f.contract + " (" + f.customer + ", signed on 2026-02-15)");
        assertThat(browser.findElements(By.id("reports:produce"))).isEmpty();
        assertThat(browser.findElements(By.id("menuDashboard"))).isEmpty();
    }
}
