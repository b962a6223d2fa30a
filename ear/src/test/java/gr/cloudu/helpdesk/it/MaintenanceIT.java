package gr.cloudu.helpdesk.it;

import gr.cloudu.helpdesk.maintenance.infrastructure.MaintenanceTimer;
import gr.cloudu.helpdesk.reporting.application.QuarterlyReportService;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Preventive maintenance (issue 6) in the server: a manager's plan produces its visits (at once within the lead
 * time, later ones by the run, each once), a supervisor schedules one and the customer's Level II contact hears
 * of it, the engineer records the checklist, the machine's history and the quarterly report show it.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenanceIT {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @Deployment
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withTests(MaintenanceIT.class, Api.class, Fixtures.class, Mailbox.class, TestMailServer.class, Pdf.class);
    }

    @Inject
    private MaintenanceTimer run;

    @Inject
    private QuarterlyReportService reports;

    @BeforeAll
    static void mailServer() {
        if (System.getProperty("jboss.home.dir") == null) {
            TestMailServer.get();
        }
    }

    @Test
    void aPlanProducesItsVisitsWhichAreScheduledRecordedAndReported() throws Exception {
        Fixtures f = Fixtures.create();
        Fixtures other = Fixtures.create();
        String levelTwo = "pm-" + f.suffix + "@customer.example.gr";
        assertThat(Api.admin().post("/customers/" + f.customer + "/contacts", """
                {"name":"Υπεύθυνος Τηλεπικοινωνιών","email":"%s","capacity":"TSM","unit":"ΔΤΥ","authorised":false,"level":"II"}
                """.formatted(levelTwo)).status()).isEqualTo(201);
        LocalDate today = LocalDate.now(ATHENS);
        LocalDate firstDue = today.plusDays(10);
        String plans = "/contracts/" + f.contract + "/maintenance-plans";

        // Bad plans are refused with the field; only managers, supervisors and administrators plan.
        assertThat(f.as(f.manager).post(plans, planJson(f.equipment, firstDue, "[]")).json().getString("field")).isEqualTo("checklist");
        assertThat(f.as(f.manager).post(plans, planJson(other.equipment, firstDue, "[\"x\"]")).json().getString("field"))
                .isEqualTo("equipmentSerial");
        assertThat(f.as(f.manager).post(plans, planJson(f.equipment, null, "[\"x\"]")).json().getString("field")).isEqualTo("firstDue");
        // A start in the past would owe a visit for every occurrence since.
        Api.Reply past = f.as(f.manager).post(plans, planJson(f.equipment, today.minusMonths(7), "[\"x\"]"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().getString("field")).isEqualTo("firstDue");
        assertThat(f.as(f.agent).post(plans, planJson(f.equipment, firstDue, "[\"x\"]")).status()).isEqualTo(403);

        Api.Reply created = f.as(f.manager).post(plans, planJson(f.equipment, firstDue,
                "[\"Έλεγχος τροφοδοτικών και μπαταριών\",\"Αντίγραφο ασφαλείας της βάσης\",\"Καθαρισμός ανεμιστήρων\"]"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("nextDue")).isEqualTo(firstDue.plusMonths(3).toString());
        // Within its lead time already: the first visit is there at once.
        List<JsonObject> visits = visits(f);
        assertThat(visits).hasSize(1);
        JsonObject first = visits.get(0);
        assertThat(first.getString("status")).isEqualTo("PLANNED");
        assertThat(first.getString("dueOn")).isEqualTo(firstDue.toString());
        assertThat(first.getJsonArray("checklist")).hasSize(3);

        // The run produces the next occurrence once its lead time comes, and only once.
        // (Other tests' plans share the database: this plan's visits are counted, not the run's total.)
        run.produceDue(today);
        assertThat(visits(f)).hasSize(1);
        run.produceDue(firstDue.plusMonths(3).minusDays(14));
        run.produceDue(firstDue.plusMonths(3).minusDays(14));
        assertThat(visits(f)).extracting(v -> v.getString("dueOn"))
                .containsExactly(firstDue.toString(), firstDue.plusMonths(3).toString());

        // The supervisor schedules it; the customer's Level II contact is told.
        long id = first.getJsonNumber("id").longValue();
        String schedule = "/maintenance-visits/" + id + "/schedule";
        assertThat(f.as(f.supervisor).post(schedule, scheduleJson(f.engineer, today.minusDays(1))).json().getString("field")).isEqualTo("date");
        assertThat(f.as(f.supervisor).post(schedule, scheduleJson(f.agent, firstDue)).json().getString("field")).isEqualTo("engineer");
        assertThat(f.as(f.engineer).post(schedule, scheduleJson(f.engineer, firstDue)).status()).isEqualTo(403);
        assertThat(f.as(f.supervisor).post(schedule, scheduleJson(f.otherEngineer, firstDue)).status()).isEqualTo(200);
        // Moved to another engineer: the first one is told it was taken from them; the one who goes has it unread.
        JsonObject scheduled = f.as(f.supervisor).post(schedule, scheduleJson(f.engineer, firstDue)).json();
        assertThat(scheduled.getString("status")).isEqualTo("SCHEDULED");
        assertThat(scheduled.getString("engineer")).isEqualTo(f.engineer);
        await().atMost(Duration.ofSeconds(40)).until(() -> Mailbox.has(levelTwo, "Προληπτική συντήρηση του " + f.equipment));
        assertThat(inbox(f, f.engineer, id)).singleElement().satisfies(e -> {
            assertThat(e.getString("kind")).isEqualTo("MAINTENANCE_SCHEDULED");
            assertThat(e.isNull("readAt")).isTrue();
        });
        List<JsonObject> taken = inbox(f, f.otherEngineer, id);
        assertThat(taken).extracting(e -> e.getString("kind")).containsExactly("MAINTENANCE_WITHDRAWN", "MAINTENANCE_SCHEDULED");
        assertThat(taken.get(1).isNull("readAt")).as("the entry of the visit they no longer make is settled").isFalse();
        // Moved to another day with the same engineer: one entry for the new day is left to read.
        f.as(f.supervisor).post(schedule, scheduleJson(f.engineer, firstDue.plusDays(1)));
        assertThat(inbox(f, f.engineer, id)).filteredOn(e -> e.isNull("readAt")).singleElement()
                .satisfies(e -> assertThat(e.getString("text")).contains(firstDue.plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));

        // The engineer records every item; one not in order needs a remark.
        String record = "/maintenance-visits/" + id + "/record";
        OffsetDateTime arrived = OffsetDateTime.now(ATHENS).minusHours(2).withNano(0);
        OffsetDateTime left = arrived.plusMinutes(90);
        assertThat(f.as(f.engineer).post(record, recordJson(arrived, left, "{\"position\":3,\"ok\":false}")).json().getString("field"))
                .isEqualTo("results");
        assertThat(f.as(f.otherEngineer).post(record, recordJson(arrived, left, "{\"position\":3,\"ok\":true}")).status()).isEqualTo(403);
        Api.Reply done = f.as(f.engineer).post(record, recordJson(arrived, left,
                "{\"position\":3,\"ok\":false,\"remark\":\"Ο ανεμιστήρας 2 θορυβεί\"}"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getString("status")).isEqualTo("DONE");
        assertThat(f.as(f.engineer).post(record, recordJson(arrived, left, "{\"position\":3,\"ok\":true}")).status()).isEqualTo(409);

        List<JsonObject> history = f.as(f.agent).get("/equipment/" + f.equipment + "/history").jsonArray().getValuesAs(JsonObject.class);
        assertThat(history).anySatisfy(h -> {
            assertThat(h.toString()).contains("PM-" + id, "Preventive maintenance", "Ο ανεμιστήρας 2 θορυβεί");
        });

        // The plan is revised from its next due day on; the visits already produced keep their day and checklist.
        long planId = created.json().getJsonNumber("id").longValue();
        String revise = plans + "/" + planId;
        String revision = "{\"everyMonths\":6,\"leadDays\":14,\"checklist\":[\"Έλεγχος συναγερμών\"]}";
        assertThat(f.as(f.engineer).put(revise, revision).status()).isEqualTo(403);
        assertThat(f.as(f.manager).put("/contracts/" + other.contract + "/maintenance-plans/" + planId, revision).status()).isEqualTo(404);
        Api.Reply tooEarly = f.as(f.manager).put(revise,
                "{\"everyMonths\":6,\"nextDue\":\"%s\",\"checklist\":[\"x\"]}".formatted(firstDue.plusMonths(3)));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.json().getString("field")).isEqualTo("nextDue");
        assertThat(f.as(f.manager).put(revise, "{\"everyMonths\":6,\"checklist\":[]}").json().getString("field")).isEqualTo("checklist");
        JsonObject revised = f.as(f.supervisor).put(revise, revision).json();
        assertThat(revised.getString("nextDue")).isEqualTo(firstDue.plusMonths(6).toString());
        assertThat(revised.getInt("everyMonths")).isEqualTo(6);
        assertThat(revised.getJsonArray("checklist").getString(0)).isEqualTo("Έλεγχος συναγερμών");
        assertThat(visits(f).get(1).getJsonArray("checklist")).hasSize(3);

        // An ended plan produces nothing more, and the visit nobody scheduled yet is cancelled.
        assertThat(f.as(f.engineer).post(plans + "/" + planId + "/end", "").status()).isEqualTo(403);
        assertThat(f.as(f.manager).post("/contracts/" + other.contract + "/maintenance-plans/" + planId + "/end", "").status())
                .isEqualTo(404);
        assertThat(f.as(f.manager).post(plans + "/" + planId + "/end", "").json().getBoolean("active")).isFalse();
        run.produceDue(firstDue.plusMonths(7));
        assertThat(visits(f)).extracting(v -> v.getString("status")).containsExactly("DONE", "CANCELLED");
        long cancelled = visits(f).get(1).getJsonNumber("id").longValue();
        assertThat(f.as(f.supervisor).post("/maintenance-visits/" + cancelled + "/schedule", scheduleJson(f.engineer, firstDue)).status())
                .isEqualTo(409);

        // The quarter's report shows the maintenance due in it and what was done.
        ContractQuarter quarter = ContractQuarter.containing(LocalDate.of(2026, 2, 15), firstDue);
        long due = visits(f).stream().filter(v -> !"CANCELLED".equals(v.getString("status"))).filter(v -> {
            LocalDate d = LocalDate.parse(v.getString("dueOn"));
            return !d.isBefore(quarter.from()) && !d.isAfter(quarter.to());
        }).count();
        reports.produce(f.contract, quarter.number(), false, quarter.end().plusSeconds(60)).orElseThrow();
        String text = Pdf.text(f.as(f.manager).download("/contracts/" + f.contract + "/reports/" + quarter.number() + ".pdf").body())
                .replaceAll("\\s+", " ");
        assertThat(text).containsPattern("Προληπτικές συντηρήσεις που έγιναν / οφείλονταν ?1 / " + due);
        assertThat(text).contains("πραγματοποιήθηκε");
    }

    /** The engineer's inbox entries about one maintenance visit, newest first. */
    private static List<JsonObject> inbox(Fixtures f, String engineer, long visit) {
        return f.as(engineer).get("/inbox").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").startsWith("MAINTENANCE_") && e.getJsonNumber("referenceId").longValue() == visit)
                .toList();
    }

    private static List<JsonObject> visits(Fixtures f) {
        return f.as(f.agent).get("/maintenance-visits?contract=" + f.contract).jsonArray().getValuesAs(JsonObject.class);
    }

    private static String planJson(String serial, LocalDate firstDue, String checklist) {
        return "{\"equipmentSerial\":\"" + serial + "\",\"everyMonths\":3," + (firstDue == null ? "" : "\"firstDue\":\"" + firstDue + "\",")
                + "\"leadDays\":14,\"checklist\":" + checklist + "}";
    }

    private static String scheduleJson(String engineer, LocalDate date) {
        return "{\"engineer\":\"" + engineer + "\",\"date\":\"" + date + "\",\"from\":\"09:00\",\"to\":\"12:00\"}";
    }

    private static String recordJson(OffsetDateTime arrived, OffsetDateTime left, String third) {
        return "{\"arrivedAt\":\"" + arrived + "\",\"leftAt\":\"" + left + "\",\"summary\":\"Τριμηνιαίος έλεγχος\",\"results\":["
                + "{\"position\":1,\"ok\":true},{\"position\":2,\"ok\":true}," + third + "]}";
    }
}
