package gr.cloudu.helpdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the preventive-maintenance page a supervisor plans a machine's maintenance, changes the plan and schedules its
 * first visit;
 * the engineer finds it in their inbox and records it with the checklist, one item not in order; the machine's
 * history shows it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaintenanceUiIT extends BrowserTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @Test
    void aSupervisorPlansAndSchedulesAndTheEngineerRecordsTheChecklist() {
        LocalDate firstDue = LocalDate.now(ATHENS).plusDays(7);
        visit("/dispatch/maintenance.xhtml?contract=" + f.contract);
        logIn(f.supervisor, Fixtures.PASSWORD);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("planList:planTable"), "No preventive-maintenance plan"));
        type("plan:equipmentSerial", f.equipment);
        type("plan:firstDue_input", firstDue.format(DAY));
        type("plan:checklist", "Έλεγχος τροφοδοτικών\nΑντίγραφο ασφαλείας");
        // Every six months, as the form proposes.
        click("plan:addPlan");
        waitForText("planList:planTable", firstDue.plusMonths(6).toString());
        waitForText("visitList:visitTable", "To schedule");

        // The plan changes: from four months after the first visit on, with one more item; the visit produced keeps its own.
        click("planList:planTable:0:revisePlan");
        waitForText("plan", "Change the plan of " + f.equipment);
        type("plan:firstDue_input", firstDue.plusMonths(4).format(DAY));
        type("plan:checklist", "Έλεγχος τροφοδοτικών\nΑντίγραφο ασφαλείας\nΚαθαρισμός φίλτρων");
        click("plan:addPlan");
        waitForText("messages", "The plan is changed.");
        waitForText("planList:planTable", firstDue.plusMonths(4).toString());
        assertThat(text("planList:planTable")).contains("3. Καθαρισμός φίλτρων");

        click("visitList:visitTable:0:open");
        choose("schedule:engineer", f.engineer);
        type("schedule:date_input", firstDue.format(DAY));
        click("schedule:scheduleButton");
        waitForText("visitList:visitTable", "Scheduled");

        // The engineer finds it in their inbox and opens it from there.
        logOutAndIn("/dispatch/work.xhtml", f.engineer);
        click("work:inbox:0:inboxMaintenance");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recordForm:checks")));
        browser.findElement(By.cssSelector("#recordForm\\:checks\\:1\\:ok .ui-chkbox-box")).click();
        type("recordForm:checks:1:remark", "Το αντίγραφο απέτυχε");
        LocalDateTime arrived = LocalDateTime.now(ATHENS).minusHours(3).withSecond(0).withNano(0);
        DateTimeFormatter picker = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        type("recordForm:arrivedAt_input", arrived.format(picker));
        type("recordForm:leftAt_input", arrived.plusHours(1).format(picker));
        type("recordForm:summary", "Εξαμηνιαίος έλεγχος");
        click("recordForm:recordButton");
        waitForText("visitList:visitTable", "Carried out");
        assertThat(text("done")).contains("Το αντίγραφο απέτυχε");

        visit("/equipment/detail.xhtml?serial=" + f.equipment);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Preventive maintenance: Εξαμηνιαίος έλεγχος"));
    }
}
