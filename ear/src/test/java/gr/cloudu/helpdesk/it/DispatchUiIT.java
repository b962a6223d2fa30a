package gr.cloudu.helpdesk.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole dispatch path in the browser, as its users walk it: the agent diagnoses and assigns; the engineer
 * gets the mail with the packet and sees the assignment in the inbox, asks for a visit with a part; the
 * supervisor routes it; the manager approves it; the customer's contact is told; the engineer records the
 * visit with the replaced part; the machine's composition and history show it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DispatchUiIT extends BrowserTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @AfterEach
    void leaveTheTeams() {
        Api.admin().delete("/teams/TECH_SUPPORT/members/" + f.engineer);
        Api.admin().delete("/teams/TECH_SUPPORT/members/" + f.supervisor);
    }

    @Test
    void theEngineerTakesUpWorksOnAndResolvesTheFaultFromTheWorkPage() {
        String number = f.as(f.agent).post("/tickets", f.faultReport("Θόρυβος στη γραμμή")).json().getString("filingNumber");
        assertThat(f.as(f.agent).post("/tickets/" + number + "/assignments", "{\"engineer\":\"" + f.engineer + "\"}").status())
                .isEqualTo(201);
        visit("/dispatch/work.xhtml");
        logIn(f.engineer, Fixtures.PASSWORD);
        waitForText("work:assignments", number);

        click("work:assignments:0:acknowledge");
        waitForText("work:assignments:0:assignmentStatus", "Acknowledged");
        click("work:assignments:0:start");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work:assignments:0:stop")));
        click("work:assignments:0:resolve");
        waitForText("work:messages", "needs a comment");
        type("work:note", "Αντικαταστάθηκε το καλώδιο");
        click("work:assignments:0:resolve");

        waitForText("work:messages", "The fault is resolved");
        assertThat(text("work:assignments")).doesNotContain(number);
        assertThat(f.as(f.agent).get("/tickets/" + number).json().getString("status")).isEqualTo("RESOLVED");
        assertThat(f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().toString()).contains("Αντικαταστάθηκε το καλώδιο");
    }

    @Test
    void aFaultGoesFromDiagnosisToAVisitWithAReplacedPartInTheMachinesHistory() {
        assertThat(Api.admin().put("/teams/TECH_SUPPORT/members/" + f.engineer, "{\"lead\":false}").status()).isEqualTo(200);
        assertThat(Api.admin().put("/teams/TECH_SUPPORT/members/" + f.supervisor, "{\"lead\":true}").status()).isEqualTo(200);
        String number = f.as(f.agent).post("/tickets", f.faultReport("Η κάρτα 1-1 δεν απαντά")).json().getString("filingNumber");
        String ticketPage = "/tickets/detail.xhtml?n=" + number;

        // The agent checks the machine, records the diagnosis and assigns the fault to the engineer.
        visit(ticketPage);
        logIn(f.agent, Fixtures.PASSWORD);
        assertThat(text("machineIdentity")).contains("OpenScape 4000").contains(f.equipment);
        assertThat(text("ticketMachine")).contains("S30810-Q2216-X").contains("LT" + f.suffix + "1").contains(number);
        type("diagnosisForm:symptom", "Χωρίς τόνο στις θύρες 1-8");
        type("diagnosisForm:module", "1-1");
        type("diagnosisForm:checks", "Απομακρυσμένος έλεγχος θυρών· η κάρτα δεν απαντά");
        click("diagnosisForm:diagnose");
        waitForText("diagSymptom", "Χωρίς τόνο στις θύρες 1-8");
        choose("actions:action", "Assign");
        type("actions:assignee_editableInput", f.engineer);
        click("actions:apply");
        waitForText("assignee", f.engineer);

        // The engineer has the mail with the packet, and the assignment in the application.
        await().atMost(Duration.ofSeconds(30)).until(() -> DispatchApiIT.mailTo(f.engineerEmail, number) != null);
        logOutAndIn("/dispatch/work.xhtml", f.engineer);
        waitForText("work:assignments", number);
        assertThat(text("work:inbox")).contains(number);
        browser.findElement(By.cssSelector("#work\\:assignments a[id$='packet']")).click();
        waitForText("symptom", "Χωρίς τόνο στις θύρες 1-8");
        assertThat(text("modules")).contains("S30810-Q2216-X").contains("LT" + f.suffix + "1");

        // ...and asks for a visit with the part.
        visit(ticketPage);
        type("visitForm:visitReason", "Αντικατάσταση της κάρτας SLMO24");
        type("visitForm:parts:0:partNumber", "S30810-Q2216-X");
        type("visitForm:parts:0:partReason", "Η κάρτα δεν απαντά");
        type("visitForm:parts:0:slot", "1-1");
        click("visitForm:requestVisit");
        waitForText("visits:0:visitStatus", "Requested");
        int visitId = f.as(f.agent).get("/tickets/" + number + "/visits").jsonArray().getJsonObject(0).getInt("id");

        // The supervisor routes it with the engineer.
        logOutAndIn("/dispatch/approvals.xhtml?n=" + number, f.supervisor);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide:rows"), "Routing"));
        selectRow(visitId);
        choose("decide:engineer", f.engineer);
        type("decide:date_input", LocalDate.now(ATHENS).plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        click("decide:route");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide:messages"), "done"));

        // The technical support manager approves it; the customer's contact is told the date.
        logOutAndIn("/dispatch/approvals.xhtml?n=" + number, f.manager);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide:rows"), "Approval"));
        assertThat(text("decide:rows")).contains("On track");
        selectRow(visitId);
        type("decide:reason", "Εντός συμβολαίου");
        click("decide:approve");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide:messages"), "done"));
        await().atMost(Duration.ofSeconds(30)).until(() -> DispatchApiIT.mailTo(f.reporterEmail, number + "] Προγραμματισμένη") != null);

        // The engineer records the visit with the part replaced.
        JsonObject visit = f.as(f.engineer).get("/visits/" + visitId).json();
        OffsetDateTime arrived = OffsetDateTime.parse(visit.getString("requestedAt")).plusSeconds(1);
        OffsetDateTime left = arrived.plusSeconds(1);
        await().until(() -> OffsetDateTime.now().isAfter(left.plusSeconds(1)));
        logOutAndIn("/dispatch/visit.xhtml?id=" + visitId, f.engineer);
        waitForText("status", "Approved");
        type("report:arrivedAt_input", arrived.atZoneSameInstant(ATHENS).format(PICKER));
        type("report:leftAt_input", left.atZoneSameInstant(ATHENS).format(PICKER));
        type("report:workDone", "Αντικατάσταση της κάρτας, έλεγχος όλων των θυρών");
        type("report:fittedParts:0:removedSerial", "LT" + f.suffix + "1");
        type("report:fittedParts:0:fittedSerial", "UI-" + f.suffix);
        click("report:save");
        waitForText("status", "Done");

        // The machine shows the new part and the visit in its history.
        visit("/equipment/detail.xhtml?serial=" + f.equipment);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "UI-" + f.suffix));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Part replaced").contains("Engineer's visit");
    }

    @Test
    void theSupervisorRoutesTheVisitOnItsPageAndTakesOutAPartTheMachineDoesNotUse() {
        assertThat(Api.admin().put("/teams/TECH_SUPPORT/members/" + f.engineer, "{\"lead\":false}").status()).isEqualTo(200);
        assertThat(Api.admin().put("/teams/TECH_SUPPORT/members/" + f.supervisor, "{\"lead\":true}").status()).isEqualTo(200);
        String number = f.as(f.agent).post("/tickets", f.faultReport("Η κάρτα 1-2 δεν απαντά")).json().getString("filingNumber");
        assertThat(f.as(f.agent).post("/tickets/" + number + "/assignments", "{\"engineer\":\"" + f.engineer + "\"}").status())
                .isEqualTo(201);
        Api.Reply requested = f.as(f.engineer).post("/tickets/" + number + "/visits", """
                {"reason":"Αντικατάσταση κάρτας","parts":[
                  {"partNumber":"S30810-Q2216-X","quantity":1,"reason":"Η SLMO24 δεν απαντά","slot":"1-1"},
                  {"partNumber":"XX-UNKNOWN-9","quantity":1,"reason":"Καλώδιο"}]}""");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        int visitId = requested.json().getInt("id");

        visit("/dispatch/visit.xhtml?id=" + visitId);
        logIn(f.supervisor, Fixtures.PASSWORD);
        waitForText("status", "Requested");
        assertThat(browser.findElement(By.id("route:routeParts:1:partNumber")).getAttribute("value")).isEqualTo("XX-UNKNOWN-9");
        click("route:routeParts:1:removeRoutePart");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("route:routeParts:1:partNumber")));
        type("route:date_input", LocalDate.now(ATHENS).plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        click("route:routeVisit");
        waitForText("status", "Routed");
        assertThat(text("parts")).contains("S30810-Q2216-X").doesNotContain("XX-UNKNOWN-9");
        JsonObject visit = f.as(f.manager).get("/visits/" + visitId).json();
        assertThat(visit.getString("engineer")).isEqualTo(f.engineer);
        assertThat(visit.getJsonArray("warnings")).isEmpty();
        assertThat(f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("type").equals("VISIT_ROUTED")).singleElement()
                .satisfies(e -> assertThat(e.getString("detail")).contains("parts=").doesNotContain("XX-UNKNOWN-9"));
    }

    @Test
    void theManagerCancelsAScheduledVisitOnItsPageWithTheReason() {
        String number = f.as(f.agent).post("/tickets", f.faultReport("Επανήλθε η κάρτα 1-1")).json().getString("filingNumber");
        assertThat(f.as(f.agent).post("/tickets/" + number + "/assignments", "{\"engineer\":\"" + f.engineer + "\"}").status())
                .isEqualTo(201);
        int visitId = f.as(f.engineer).post("/tickets/" + number + "/visits", "{\"reason\":\"Έλεγχος\",\"parts\":[]}").json().getInt("id");
        assertThat(f.as(f.manager).post("/visits/" + visitId + "/route", """
                {"engineer":"%s","date":"%s","from":"10:00","to":"12:00"}""".formatted(f.engineer, LocalDate.now(ATHENS).plusDays(3)))
                .status()).isEqualTo(403);
        Api.admin().post("/visits/" + visitId + "/route", """
                {"engineer":"%s","date":"%s","from":"10:00","to":"12:00"}""".formatted(f.engineer, LocalDate.now(ATHENS).plusDays(3)));

        visit("/dispatch/visit.xhtml?id=" + visitId);
        logIn(f.manager, Fixtures.PASSWORD);
        waitForText("status", "scheduled");
        click("cancel:cancelVisit");
        waitForText("cancel", "\"reason\"");
        type("cancel:cancelReason", "Ο πελάτης ζήτησε άλλη ημέρα");
        click("cancel:cancelVisit");

        waitForText("status", "Cancelled");
        assertThat(text("cancelled")).contains(f.manager).contains("Ο πελάτης ζήτησε άλλη ημέρα");
        assertThat(browser.findElements(By.id("cancel:cancelVisit"))).isEmpty();
        assertThat(f.as(f.manager).get("/visits/" + visitId).json().getString("status")).isEqualTo("CANCELLED");
    }

    private void selectRow(int visitId) {
        By box = By.cssSelector("#decide\\:rows tr[data-rk='" + visitId + "'] .ui-chkbox-box");
        wait.until(ExpectedConditions.elementToBeClickable(box)).click();
        wait.until(d -> d.findElement(By.cssSelector("#decide\\:rows tr[data-rk='" + visitId + "']")).getAttribute("aria-selected")
                .equals("true"));
    }
}
