package gr.cloudu.helpdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** An agent logs in, records a fault report received by phone, and finds it in the register. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketFilingUiIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @Test
    void anAgentFilesAPhoneReportAndSeesItInTheRegister() {
        browser.get(BASE + "/tickets/new.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:customer")));

        choose("intake:customer", "Πελάτης δοκιμής " + f.suffix);
        wait.until(d -> d.findElements(By.cssSelector("#intake\\:reporter_input option")).size() > 1);
        choose("intake:reporter", "Γιώργος Δοκιμαστικός");
        browser.findElement(By.cssSelector("label[for='intake:channel:0']")).click();
        browser.findElement(By.id("intake:equipment")).sendKeys(f.equipment);
        browser.findElement(By.id("intake:subject")).sendKeys("Δεν λειτουργεί η τηλεφωνήτρια");
        browser.findElement(By.id("intake:description")).sendKeys("Αναφορά τηλεφωνικώς από τον κ. Δοκιμαστικό.");
        browser.findElement(By.id("intake:file")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filingNumber")));
        String number = browser.findElement(By.id("filingNumber")).getText();
        assertThat(number).matches("CU-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("subject")).getText()).isEqualTo("Δεν λειτουργεί η τηλεφωνήτρια");
        assertThat(browser.findElement(By.id("reporter")).getText()).contains("Τεχνικός τηλεπικοινωνιών");
        assertThat(browser.getPageSource()).contains("Phone");
        browser.findElement(By.id("verify:again")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify:outcome"), "The life-cycle is intact"));

        browser.findElement(By.id("nav:menuTickets")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tickets:table")));
        assertThat(browser.findElement(By.id("tickets:table")).getText()).contains(number);

        assertThat(Api.admin().get("/tickets/" + number).json().getString("channel")).isEqualTo("PHONE");
    }

    @Test
    void anAgentFilesAPaperFaxWithItsScanAndTheScanEntersTheLifecycle() throws Exception {
        java.nio.file.Path scan = java.nio.file.Files.createTempFile("fax-scan", ".pdf");
        java.nio.file.Files.writeString(scan, "%PDF-1.4 scanned paper fax " + f.suffix);
        browser.get(BASE + "/tickets/new.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:customer")));

        choose("intake:customer", "Πελάτης δοκιμής " + f.suffix);
        wait.until(d -> d.findElements(By.cssSelector("#intake\\:reporter_input option")).size() > 1);
        choose("intake:reporter", "Γιώργος Δοκιμαστικός");
        browser.findElement(By.cssSelector("label[for='intake:channel:1']")).click();
        browser.findElement(By.cssSelector("#intake input[type=file]")).sendKeys(scan.toString());
        type("intake:subject", "Φαξ: βλάβη στο κέντρο");
        browser.findElement(By.id("intake:file")).click();

        String number = text("filingNumber");
        assertThat(text("documentTable")).contains(scan.getFileName().toString());
        // No machine named: its cell says so, and the rows below keep their labels.
        assertThat(text("equipmentSerial")).isEqualTo("—");
        assertThat(text("status")).isEqualTo("Filed");
        assertThat(text("verify:checked")).contains("and one stored file checked");
        assertThat(Api.admin().get("/tickets/" + number).json().getString("channel")).isEqualTo("FAX");
        var documents = f.as(f.agent).get("/tickets/" + number + "/documents").jsonArray();
        assertThat(documents).hasSize(1);
        String sha256 = documents.getJsonObject(0).getString("sha256");
        assertThat(f.as(f.agent).get("/tickets/" + number + "/events").body()).contains("DOCUMENT_FILED").contains(sha256);
        Api.Reply download = f.as(f.customerUser).get("/tickets/" + number + "/documents/"
                + documents.getJsonObject(0).getJsonNumber("id").longValue());
        assertThat(download.body()).isEqualTo("%PDF-1.4 scanned paper fax " + f.suffix);
    }

    @Test
    void aMissingSubjectIsShownBesideTheFieldAndNothingIsFiled() {
        browser.get(BASE + "/tickets/new.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:customer")));
        long before = Api.admin().get("/tickets?customer=" + f.customer).json().getInt("total");

        choose("intake:customer", "Πελάτης δοκιμής " + f.suffix);
        wait.until(d -> d.findElements(By.cssSelector("#intake\\:reporter_input option")).size() > 1);
        choose("intake:reporter", "Γιώργος Δοκιμαστικός");
        browser.findElement(By.id("intake:file")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Problem: please fill this in."));
        assertThat(browser.findElement(By.id("intake:subject")).getAttribute("class")).contains("ui-state-error");
        assertThat(Api.admin().get("/tickets?customer=" + f.customer).json().getInt("total")).isEqualTo(before);
    }

    @Test
    void thePagesSpeakGreekOnRequestAndAnUnknownTicketIsNotFound() {
        browser.get(BASE + "/tickets/list.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user:langEl"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Αναγγελίες βλαβών"));
        assertThat(browser.findElement(By.id("nav:menuNewTicket")).getText()).isEqualTo("Αναγγελία βλάβης");

        browser.get(BASE + "/tickets/detail.xhtml?n=CU-1999-999999");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Δεν βρέθηκε");
        assertThat(browser.getPageSource()).doesNotContain("BusinessException").doesNotContain("at gr.cloudu");
    }

    @Test
    void aCustomerFilesOnThePortalAsThemselvesAndSeesOnlyTheirOwnReports() {
        Fixtures other = Fixtures.create();
        String foreign = other.as(other.agent).post("/tickets", other.faultReport("Άλλου πελάτη")).json().getString("filingNumber");
        visit("/tickets/new.xhtml");
        logIn(f.customerUser, Fixtures.PASSWORD);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:subject")));
        assertThat(browser.findElements(By.id("intake:customer"))).isEmpty();
        type("intake:subject", "Δεν χτυπούν τα εσωτερικά του 2ου ορόφου");
        browser.findElement(By.id("intake:file")).click();

        String number = text("filingNumber");
        assertThat(browser.findElement(By.id("reporter")).getText()).contains(f.reporterEmail);
        assertThat(Api.admin().get("/tickets/" + number).json().getString("channel")).isEqualTo("WEB");
        visit("/tickets/list.xhtml");
        assertThat(text("tickets:table")).contains(number).doesNotContain(foreign);
        visit("/tickets/detail.xhtml?n=" + foreign);
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Not found");
    }

    @Test
    void aWrongPasswordIsToldOnTheLoginPage() {
        browser.get(BASE + "/tickets/list.xhtml");
        logIn(f.agent, "wrong-password");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginFailed")));
    }
}
