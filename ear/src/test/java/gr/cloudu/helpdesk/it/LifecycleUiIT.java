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

/** Staff work a ticket on its page, find it in their tier's queue, and the administrator keeps the calendar. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleUiIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @Test
    void anAgentSeesTheClocksAndEscalatesATicketFromItsPage() {
        String number = f.as(f.agent).post("/tickets", f.faultReport("Νεκρές γραμμές")).json().getString("filingNumber");
        visit("/tickets/detail.xhtml?n=" + number);
        logIn(f.agent, Fixtures.PASSWORD);

        assertThat(text("slaState")).isIn("On track", "Warning");
        assertThat(text("deadlines")).contains("Response").contains("On site").contains("Restore").contains("Running");

        choose("actions:action", "Acknowledge");
        browser.findElement(By.id("actions:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Acknowledged"));
        assertThat(text("deadlines")).contains("Met");

        choose("actions:action", "Resolve");
        browser.findElement(By.id("actions:apply")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actions:comment")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "needs a comment"));
        assertThat(text("status")).isEqualTo("Acknowledged");

        choose("actions:action", "Escalate to the next tier");
        type("actions:comment", "Χρειάζεται την Τεχνική Υποστήριξη");
        browser.findElement(By.id("actions:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Escalated"));
        assertThat(text("lifecycle")).contains("Escalated").contains("(AGENT)").contains("Χρειάζεται την Τεχνική Υποστήριξη");

        visit("/tickets/queue.xhtml?tier=TECH_SUPPORT");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue:table")));
        choose("queue:customer", "Πελάτης δοκιμής " + f.suffix);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:table"), number));
        assertThat(browser.findElement(By.cssSelector("#queue\\:table .hd-countdown")).getAttribute("data-seconds")).matches("-?\\d+");
    }

    @Test
    void theCustomerConfirmsAResolutionOnThePortal() {
        String number = f.as(f.agent).post("/tickets", f.faultReport("Θα επιβεβαιωθεί")).json().getString("filingNumber");
        f.as(f.agent).post("/tickets/" + number + "/transitions", "{\"action\":\"RESOLVE\",\"comment\":\"Αντικατάσταση κάρτας\"}");
        visit("/tickets/detail.xhtml?n=" + number);
        logIn(f.customerUser, Fixtures.PASSWORD);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actions:action")));
        assertThat(browser.findElements(By.id("severityForm"))).isEmpty();
        choose("actions:action", "Close (confirm the resolution)");
        browser.findElement(By.id("actions:apply")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Closed"));
        assertThat(text("lifecycle")).doesNotContain("SLA clock started");
    }

    @Test
    void theCalendarPageListsTheHolidaysAndTheAdministratorAddsAClosureDay() {
        visit("/calendar.xhtml");
        logIn("admin", Api.ADMIN_PASSWORD);

        assertThat(text("holidays")).contains("Ochi Day").contains("Clean Monday");
        type("closures:closureReason", "Γενική συνέλευση " + f.suffix);
        type("closures:closureDate_input", "2032-08-16");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("closures:addClosure"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("closures:closureTable"), "Γενική συνέλευση " + f.suffix));

        assertThat(Api.admin().get("/calendar").body()).contains("2032-08-16");
        assertThat(Api.admin().delete("/calendar/closures/2032-08-16").status()).isEqualTo(200);
    }
}
