package gr.cloudu.helpdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dispatch over the API, black-box: the diagnosis, the assignment and its notification (mail with the packet,
 * inbox, timeline), the engineer's work log, and the spare-part visit from request to the machine's history.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DispatchApiIT {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private Fixtures f;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @BeforeEach
    void masterData() {
        TestMailServer.get();
        f = Fixtures.create();
        assertThat(Api.admin().put("/teams/TECH_SUPPORT/members/" + f.engineer, "{\"lead\":false}").status()).isEqualTo(200);
        assertThat(Api.admin().put("/teams/TECH_SUPPORT/members/" + f.supervisor, "{\"lead\":true}").status()).isEqualTo(200);
    }

    @AfterEach
    void leaveTheTeams() {
        Api.admin().delete("/teams/TECH_SUPPORT/members/" + f.engineer);
        Api.admin().delete("/teams/TECH_SUPPORT/members/" + f.supervisor);
    }

    private String file(String subject) {
        Api.Reply filed = f.as(f.agent).post("/tickets", f.faultReport(subject));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().getString("filingNumber");
    }

    private JsonObject assign(String number) {
        Api.Reply assigned = f.as(f.agent).post("/tickets/" + number + "/assignments",
                "{\"engineer\":\"" + f.engineer + "\",\"note\":\"Ελέγξτε την κάρτα 1-1\"}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        return assigned.json();
    }

    private List<String> types(String user, String number) {
        return f.as(user).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type")).toList();
    }

    @Test
    void theEngineerGetsTheDiagnosisAndTheMachineByMailWithThePacketAndInTheInbox() throws Exception {
        String number = file("Νεκρές αναλογικές γραμμές");

        Api.Reply incomplete = f.as(f.agent).put("/tickets/" + number + "/diagnosis", "{\"symptom\":\"Χωρίς τόνο\"}");
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
        assertThat(incomplete.json().getString("field")).isEqualTo("checks");
        Api.Reply diagnosed = f.as(f.agent).put("/tickets/" + number + "/diagnosis", """
                {"symptom":"Χωρίς τόνο στις θύρες 1-8","module":"1-1","checks":"Απομακρυσμένος έλεγχος θυρών, επανεκκίνηση κάρτας",
                 "result":"Η κάρτα SLMO24 δεν απαντά"}""");
        assertThat(diagnosed.status()).as(diagnosed.toString()).isEqualTo(200);
        assertThat(diagnosed.json().getJsonObject("diagnosis").getString("module")).isEqualTo("1-1");
        assertThat(f.as(f.customerUser).get("/tickets/" + number).json().isNull("diagnosis")).isTrue();

        Api.Reply notAnEngineer = f.as(f.agent).post("/tickets/" + number + "/assignments", "{\"engineer\":\"" + f.agent + "\"}");
        assertThat(notAnEngineer.status()).isEqualTo(400);
        assertThat(notAnEngineer.json().getString("field")).isEqualTo("engineer");
        JsonObject assignment = assign(number);
        assertThat(assignment.getString("status")).isEqualTo("ASSIGNED");
        assertThat(f.as(f.agent).get("/tickets/" + number).json().getString("assignee")).isEqualTo(f.engineer);

        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(f.engineerEmail, number), m -> m != null);
        byte[] pdf = attachment(mail, "application/pdf");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String packetText = Pdf.text(pdf);
        assertThat(packetText).contains(number, "Νεκρές αναλογικές γραμμές", "Χωρίς τόνο στις θύρες 1-8", "Η κάρτα SLMO24 δεν απαντά",
                "S30810-Q2216-X", "LT" + f.suffix + "1", "Κεντρικό κτίριο, Αθήνα", f.reporterEmail, "ASSIGNED");
        assertThat(mail.getSubject()).contains("[" + number + "]");

        await().atMost(Duration.ofSeconds(10)).until(() -> types(f.agent, number).contains("DISPATCH_NOTIFIED"));
        JsonArray inbox = f.as(f.engineer).get("/inbox").json().getJsonArray("items");
        assertThat(inbox.getValuesAs(JsonObject.class)).anySatisfy(e -> {
            assertThat(e.getString("kind")).isEqualTo("ASSIGNMENT");
            assertThat(e.getString("filingNumber")).isEqualTo(number);
        });
        assertThat(f.as(f.engineer).get("/assignments/" + assignment.getInt("id")).json().isNull("notifiedAt")).isFalse();

        JsonObject packet = f.as(f.engineer).get("/tickets/" + number + "/dispatch-packet").json();
        assertThat(packet.getJsonObject("ticket").getJsonObject("diagnosis").getString("symptom")).startsWith("Χωρίς τόνο");
        assertThat(packet.getJsonObject("equipment").getJsonArray("modules")).hasSize(2);
        assertThat(packet.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(h -> h.getString("kind"))
                .contains("FAULT", "REGISTERED");
        assertThat(packet.getJsonArray("contacts").getValuesAs(JsonObject.class)).extracting(c -> c.getString("email"))
                .contains(f.reporterEmail);
        assertThat(packet.getJsonObject("equipment").getString("site")).isEqualTo("Κεντρικό κτίριο, Αθήνα");
        JsonObject deadlines = packet.getJsonObject("ticket").getJsonObject("sla");
        assertThat(deadlines.getString("responseDueAt")).isNotBlank();
        assertThat(deadlines.getString("onSiteDueAt")).isNotBlank();
        assertThat(deadlines.getString("restoreDueAt")).isNotBlank();
        assertThat(packet.getJsonArray("lifecycle").getValuesAs(JsonObject.class)).extracting(e -> e.getString("type"))
                .contains("FILED", "DIAGNOSED", "ASSIGNED");
        Api.Reply pdfReply = f.as(f.engineer).get("/tickets/" + number + "/dispatch-packet.pdf");
        assertThat(pdfReply.status()).isEqualTo(200);
        assertThat(pdfReply.header("Content-Type")).startsWith("application/pdf");

        assertThat(f.as(f.otherEngineer).get("/tickets/" + number + "/dispatch-packet").status()).isEqualTo(404);
        assertThat(f.as(f.otherEngineer).get("/assignments/" + assignment.getInt("id")).status()).isEqualTo(404);
        assertThat(f.as(f.customerUser).get("/tickets/" + number + "/dispatch-packet").status()).isEqualTo(403);
        assertThat(f.as(f.supervisor).get("/tickets/" + number + "/dispatch-packet").status()).isEqualTo(200);
        assertThat(f.as(f.supervisor).get("/assignments").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("filingNumber")).contains(number);
    }

    @Test
    void theEngineerAcknowledgesLogsWorkAndHandsBack() {
        String number = file("Διακοπές στις κλήσεις");
        int id = assign(number).getInt("id");
        String path = "/assignments/" + id;

        assertThat(f.as(f.otherEngineer).post(path + "/acknowledge", "").status()).isEqualTo(404);
        assertThat(f.as(f.supervisor).post(path + "/acknowledge", "").status()).isEqualTo(403);
        assertThat(f.as(f.engineer).post(path + "/acknowledge", "").json().getString("status")).isEqualTo("ACKNOWLEDGED");
        Api.Reply again = f.as(f.engineer).post(path + "/acknowledge", "");
        assertThat(again.status()).isEqualTo(409);

        Api.Reply stopFirst = f.as(f.engineer).post(path + "/work", "{\"action\":\"STOP\"}");
        assertThat(stopFirst.status()).isEqualTo(409);
        assertThat(stopFirst.json().getString("error")).isEqualTo("work_not_started");
        assertThat(f.as(f.engineer).post(path + "/work", "{\"action\":\"PAUSE\"}").json().getString("field")).isEqualTo("action");
        f.as(f.engineer).post(path + "/work", "{\"action\":\"START\",\"note\":\"Σύνδεση στο κέντρο\"}");
        JsonObject stopped = f.as(f.engineer).post(path + "/work", "{\"action\":\"STOP\",\"note\":\"Αλλαγή ρυθμίσεων\"}").json();
        assertThat(stopped.getJsonArray("work")).hasSize(1);
        assertThat(stopped.getJsonArray("work").getJsonObject(0).isNull("stoppedAt")).isFalse();

        Api.Reply noReason = f.as(f.engineer).post(path + "/hand-back", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("field")).isEqualTo("reason");
        JsonObject back = f.as(f.engineer).post(path + "/hand-back", "{\"reason\":\"Χρειάζεται επίσκεψη On-Site\"}").json();
        assertThat(back.getString("status")).isEqualTo("HANDED_BACK");
        assertThat(f.as(f.agent).get("/tickets/" + number).json().isNull("assignee")).isTrue();
        assertThat(types(f.agent, number)).contains("ASSIGNMENT_ACKNOWLEDGED", "WORK_STARTED", "WORK_STOPPED", "HANDED_BACK");
        assertThat(types(f.customerUser, number)).doesNotContain("WORK_STARTED", "HANDED_BACK", "ASSIGNED");

        // Given to someone else, the first engineer's assignment ends.
        int second = assign(number).getInt("id");
        assertThat(second).isNotEqualTo(id);
        f.as(f.agent).post("/tickets/" + number + "/transitions", "{\"action\":\"ASSIGN\",\"assignee\":\"" + f.otherEngineer + "\"}");
        assertThat(f.as(f.agent).get("/assignments/" + second).json().getString("status")).isEqualTo("SUPERSEDED");

        // Resolving the fault ends the assignment of whoever holds it.
        f.as(f.agent).post("/tickets/" + number + "/transitions", "{\"action\":\"RESOLVE\",\"comment\":\"Ρύθμιση κορμών\"}");
        assertThat(f.as(f.agent).get("/assignments?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getString("filingNumber").equals(number) && a.getString("engineer").equals(f.otherEngineer))
                .singleElement().satisfies(a -> assertThat(a.getString("status")).isEqualTo("DONE"));
        assertThat(f.as(f.supervisor).post("/tickets/" + number + "/visits", "{\"parts\":[]}").status()).isEqualTo(409);
    }

    @Test
    void theEngineerResolvesTheFaultFromTheAssignment() {
        String number = file("Νεκρή γραμμή ΕΠ");
        int id = assign(number).getInt("id");
        String path = "/assignments/" + id;
        f.as(f.engineer).post(path + "/work", "{\"action\":\"START\"}");

        Api.Reply noResolution = f.as(f.engineer).post(path + "/resolve", "{}");
        assertThat(noResolution.status()).isEqualTo(400);
        assertThat(noResolution.json().getString("field")).isEqualTo("comment");
        assertThat(f.as(f.otherEngineer).post(path + "/resolve", "{\"resolution\":\"x\"}").status()).isEqualTo(404);
        assertThat(f.as(f.supervisor).post(path + "/resolve", "{\"resolution\":\"x\"}").status()).isEqualTo(403);

        JsonObject done = f.as(f.engineer).post(path + "/resolve", "{\"resolution\":\"Αντικαταστάθηκε το καλώδιο της γραμμής\"}").json();

        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getJsonArray("work").getJsonObject(0).isNull("stoppedAt")).isFalse();
        JsonObject ticket = f.as(f.agent).get("/tickets/" + number).json();
        assertThat(ticket.getString("status")).isEqualTo("RESOLVED");
        assertThat(types(f.agent, number)).containsSubsequence("WORK_STARTED", "WORK_STOPPED", "RESOLVED");
        assertThat(f.as(f.engineer).post(path + "/resolve", "{\"resolution\":\"ξανά\"}").status()).isEqualTo(409);
    }

    @Test
    void aVisitStillBeingDecidedIsWithdrawnWhenTheFaultIsResolved() {
        String number = file("Επανήλθε μόνο του");
        assign(number);
        int visit = requestVisit(number);
        assertThat(f.as(f.supervisor).get("/approvals?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getJsonObject("visit").getInt("id")).isEqualTo(visit));

        assertThat(f.as(f.agent).post("/tickets/" + number + "/transitions", "{\"action\":\"RESOLVE\",\"comment\":\"Επανήλθε\"}")
                .status()).isEqualTo(200);

        assertThat(f.as(f.supervisor).get("/visits/" + visit).json().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(f.as(f.supervisor).get("/approvals?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .noneSatisfy(r -> assertThat(r.getJsonObject("visit").getInt("id")).isEqualTo(visit));
        assertThat(f.as(f.supervisor).get("/inbox").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("kind").equals("VISIT_TO_ROUTE") && number.equals(e.getString("filingNumber", null)))
                .singleElement().satisfies(e -> assertThat(e.isNull("readAt")).isFalse());
        assertThat(types(f.agent, number)).containsSubsequence("RESOLVED", "VISIT_WITHDRAWN");
        assertThat(f.as(f.agent).get("/tickets/" + number + "/verification").json().getBoolean("intact")).isTrue();
        Api.Reply late = f.as(f.supervisor).post("/visits/" + visit + "/route",
                route(f.supervisor, visit, f.engineer, LocalDate.now(ATHENS).plusDays(1), "10:00", "12:00"));
        assertThat(late.status()).isEqualTo(409);
    }

    private int requestVisit(String number) {
        Api.Reply requested = f.as(f.engineer).post("/tickets/" + number + "/visits", """
                {"reason":"Αντικατάσταση κάρτας","parts":[
                  {"partNumber":"S30810-Q2216-X","quantity":1,"reason":"Η SLMO24 δεν απαντά","slot":"1-1"},
                  {"partNumber":"XX-UNKNOWN-7","quantity":2,"reason":"Καλώδια"}]}""");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        JsonObject visit = requested.json();
        assertThat(visit.getString("status")).isEqualTo("REQUESTED");
        assertThat(visit.getJsonArray("warnings").getString(0)).isEqualTo("part_unknown_to_model:XX-UNKNOWN-7");
        return visit.getInt("id");
    }

    private String route(String user, int visit, String engineer, LocalDate date, String from, String to) {
        return """
                {"engineer":%s,"date":"%s","from":"%s","to":"%s","note":"Με τον τεχνικό"}""".formatted(
                engineer == null ? "null" : "\"" + engineer + "\"", date, from, to);
    }

    @Test
    void aSparePartVisitIsRoutedApprovedOnceToldToTheCustomerAndRecordedIntoTheMachine() {
        String number = file("Η κάρτα συνδρομητών δεν απαντά");
        assign(number);
        assertThat(f.as(f.otherEngineer).post("/tickets/" + number + "/visits",
                "{\"parts\":[{\"partNumber\":\"P\",\"quantity\":1,\"reason\":\"x\"}]}").status()).isEqualTo(403);
        Api.Reply noQuantity = f.as(f.engineer).post("/tickets/" + number + "/visits",
                "{\"parts\":[{\"partNumber\":\"P\",\"quantity\":0,\"reason\":\"x\"}]}");
        assertThat(noQuantity.json().getString("field")).isEqualTo("parts.quantity");
        int visit = requestVisit(number);
        String visitPath = "/visits/" + visit;

        assertThat(f.as(f.supervisor).get("/approvals?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(r -> {
                    assertThat(r.getJsonObject("visit").getInt("id")).isEqualTo(visit);
                    assertThat(r.getString("waitingFor")).isEqualTo("ROUTING");
                });
        LocalDate tomorrow = LocalDate.now(ATHENS).plusDays(1);
        Api supervisor = f.as(f.supervisor);
        Api.Reply noEngineer = supervisor.post(visitPath + "/route", route(f.supervisor, visit, null, tomorrow, "09:00", "12:00"));
        assertThat(noEngineer.status()).isEqualTo(400);
        assertThat(noEngineer.json().getString("field")).isEqualTo("engineer");
        Api.Reply past = supervisor.post(visitPath + "/route", route(f.supervisor, visit, f.engineer, tomorrow.minusDays(3), "09:00", "12:00"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().getString("field")).isEqualTo("date");
        Api.Reply badTime = supervisor.post(visitPath + "/route", route(f.supervisor, visit, f.engineer, tomorrow, "9 το πρωί", "12:00"));
        assertThat(badTime.json().getString("field")).isEqualTo("from");
        assertThat(f.as(f.manager).post(visitPath + "/approve", "{}").status()).isEqualTo(409);
        // The supervisor routes the parts with the engineer: not the cables after all, two cards instead of one.
        Api.Reply badPart = supervisor.post(visitPath + "/route", """
                {"engineer":"%s","date":"%s","from":"09:00","to":"12:00","parts":[{"partNumber":"S30810-Q2216-X","quantity":0,"reason":"x"}]}"""
                .formatted(f.engineer, tomorrow));
        assertThat(badPart.json().getString("field")).isEqualTo("parts.quantity");
        JsonObject routed = supervisor.post(visitPath + "/route", """
                {"engineer":"%s","date":"%s","from":"09:00","to":"12:00","note":"Με τον τεχνικό",
                 "parts":[{"partNumber":"S30810-Q2216-X","quantity":2,"reason":"Δύο SLMO24 για σιγουριά","slot":"1-1"}]}"""
                .formatted(f.engineer, tomorrow)).json();
        assertThat(routed.getString("status")).isEqualTo("ROUTED");
        assertThat(routed.getJsonArray("parts").getValuesAs(JsonObject.class)).singleElement().satisfies(p -> {
            assertThat(p.getString("partNumber")).isEqualTo("S30810-Q2216-X");
            assertThat(p.getInt("quantity")).isEqualTo(2);
        });
        assertThat(routed.getJsonArray("warnings")).isEmpty();
        assertThat(f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("type").equals("VISIT_ROUTED")).singleElement()
                .satisfies(e -> assertThat(e.getString("detail")).contains("parts=", "S30810-Q2216-X"));
        assertThat(supervisor.post(visitPath + "/route", route(f.supervisor, visit, f.engineer, tomorrow, "09:00", "12:00")).status())
                .isEqualTo(409);

        assertThat(f.as(f.manager).get("/approvals?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(r -> {
                    assertThat(r.getJsonObject("visit").getInt("id")).isEqualTo(visit);
                    assertThat(r.getString("waitingFor")).isEqualTo("APPROVAL");
                    assertThat(r.getString("slaState")).isIn("ON_TRACK", "WARNING", "BREACHED");
                });
        assertThat(f.as(f.engineer).post(visitPath + "/approve", "{}").status()).isEqualTo(403);

        // Two managers click at the same moment: one approval, one 409.
        String otherManager = "manager2-" + f.suffix;
        assertThat(Api.admin().post("/users", """
                {"username":"%s","password":"%s","fullName":"M2","roles":["MANAGER"]}""".formatted(otherManager, Fixtures.PASSWORD))
                .status()).isEqualTo(201);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Api.Reply> one = CompletableFuture.supplyAsync(() -> awaitThen(together,
                () -> f.as(f.manager).post(visitPath + "/approve", "{\"reason\":\"Εντός συμβολαίου\"}")));
        CompletableFuture<Api.Reply> two = CompletableFuture.supplyAsync(() -> awaitThen(together,
                () -> f.as(otherManager).post(visitPath + "/approve", "{\"reason\":\"ΟΚ\"}")));
        List<Integer> statuses = List.of(one.join().status(), two.join().status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(f.as(f.manager).post(visitPath + "/reject", "{\"reason\":\"Αργά\"}").status()).isEqualTo(409);
        assertThat(types(f.agent, number).stream().filter("VISIT_APPROVED"::equals)).hasSize(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(f.reporterEmail, number + "] Προγραμματισμένη επίσκεψη") != null);
        assertThat(types(f.customerUser, number)).contains("VISIT_SCHEDULED").doesNotContain("VISIT_APPROVED", "VISIT_REQUESTED");
        // Telling the customer of the visit is a message to the customer: on the timeline, and their update for now.
        assertThat(f.as(f.customerUser).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("type").equals("CUSTOMER_INFORMED"))
                .anySatisfy(e -> assertThat(e.getString("detail")).contains("kind=VISIT_SCHEDULED", "to=" + f.reporterEmail));
        assertThat(f.as(f.agent).get("/tickets/" + number).json().getJsonObject("sla").getString("customerInformedAt")).isNotNull();

        JsonObject approved = f.as(f.engineer).get(visitPath).json();
        OffsetDateTime arrived = OffsetDateTime.parse(approved.getString("requestedAt")).plusSeconds(1);
        OffsetDateTime left = arrived.plusSeconds(1);
        await().until(() -> OffsetDateTime.now().isAfter(left.plusSeconds(1)));
        Api.Reply backwards = f.as(f.engineer).post(visitPath + "/report", report(left, arrived));
        assertThat(backwards.json().getString("field")).isEqualTo("leftAt");
        Api.Reply future = f.as(f.engineer).post(visitPath + "/report", report(arrived, OffsetDateTime.now().plusHours(1)));
        assertThat(future.json().getString("field")).isEqualTo("leftAt");
        assertThat(f.as(f.otherEngineer).post(visitPath + "/report", report(arrived, left)).status()).isEqualTo(404);
        Api.Reply recorded = f.as(f.engineer).post(visitPath + "/report", report(arrived, left));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().getString("status")).isEqualTo("COMPLETED");

        JsonObject machine = f.as(f.agent).get("/equipment/" + f.equipment).json();
        assertThat(machine.getJsonArray("modules").getValuesAs(JsonObject.class))
                .anySatisfy(m -> {
                    assertThat(m.getString("slot")).isEqualTo("1-1");
                    assertThat(m.getString("serial")).isEqualTo("NEW-" + f.suffix);
                });
        List<JsonObject> history = f.as(f.agent).get("/equipment/" + f.equipment + "/history").jsonArray().getValuesAs(JsonObject.class);
        assertThat(history).anySatisfy(h -> {
            assertThat(h.getString("kind")).isEqualTo("PART_REPLACED");
            assertThat(h.getString("reference")).isEqualTo(number);
            assertThat(h.getString("summary")).contains("LT" + f.suffix + "1").contains("NEW-" + f.suffix);
        });
        assertThat(history).anySatisfy(h -> assertThat(h.getString("kind")).isEqualTo("VISIT"));
        JsonObject sla = f.as(f.agent).get("/tickets/" + number).json().getJsonObject("sla");
        assertThat(sla.getJsonArray("deadlines").getValuesAs(JsonObject.class)).anySatisfy(d -> {
            assertThat(d.getString("kind")).isEqualTo("ON_SITE");
            assertThat(d.getString("outcome")).isEqualTo("MET");
            assertThat(OffsetDateTime.parse(d.getString("settledAt")).toInstant()).isEqualTo(arrived.toInstant());
        });
    }

    private String report(OffsetDateTime arrived, OffsetDateTime left) {
        return """
                {"arrivedAt":"%s","leftAt":"%s","workDone":"Αντικατάσταση της κάρτας SLMO24, έλεγχος θυρών",
                 "parts":[{"slot":"1-1","partNumber":"S30810-Q2216-X","removedSerial":"LT%s1","fittedSerial":"NEW-%s"}]}
                """.formatted(arrived, left, f.suffix, f.suffix);
    }

    @Test
    void bulkDecisionsReportEachRequestAndNobodyDecidesTheirOwn() {
        LocalDate tomorrow = LocalDate.now(ATHENS).plusDays(1);
        String first = file("Πρώτη");
        String second = file("Δεύτερη");
        assign(first);
        assign(second);
        int v1 = requestVisit(first);
        int v2 = requestVisit(second);
        for (int v : List.of(v1, v2)) {
            assertThat(f.as(f.supervisor).post("/visits/" + v + "/route", route(f.supervisor, v, f.engineer, tomorrow, "10:00", "13:00"))
                    .status()).isEqualTo(200);
        }
        Api.Reply noReason = f.as(f.manager).post("/visits/" + v1 + "/reject", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("field")).isEqualTo("reason");

        List<JsonObject> outcomes = f.as(f.manager).post("/visits/decisions",
                "{\"ids\":[" + v1 + "," + v2 + ",987654321],\"decision\":\"APPROVE\",\"reason\":\"Μαζική έγκριση\"}")
                .jsonArray().getValuesAs(JsonObject.class);
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).getBoolean("done")).isTrue();
        assertThat(outcomes.get(1).getString("status")).isEqualTo("APPROVED");
        assertThat(outcomes.get(2).getBoolean("done")).isFalse();
        assertThat(outcomes.get(2).getString("error")).isEqualTo("visit_not_found");

        // A supervisor who is also the manager cannot approve what they routed.
        String both = "supman-" + f.suffix;
        assertThat(Api.admin().post("/users", """
                {"username":"%s","password":"%s","fullName":"Both","roles":["SUPERVISOR","MANAGER"]}""".formatted(both, Fixtures.PASSWORD))
                .status()).isEqualTo(201);
        Api.admin().put("/teams/TECH_SUPPORT/members/" + both, "{\"lead\":true}");
        try {
            String third = file("Τρίτη");
            assign(third);
            int v3 = requestVisit(third);
            assertThat(f.as(both).post("/visits/" + v3 + "/route", route(both, v3, f.engineer, tomorrow, "10:00", "13:00")).status())
                    .isEqualTo(200);
            Api.Reply own = f.as(both).post("/visits/" + v3 + "/approve", "{}");
            assertThat(own.status()).isEqualTo(403);
            assertThat(own.json().getString("error")).isEqualTo("own_visit_request");
            assertThat(f.as(f.manager).post("/visits/" + v3 + "/reject", "{\"reason\":\"Όχι τώρα\"}").json().getString("status"))
                    .isEqualTo("REJECTED");
            assertThat(f.as(f.engineer).get("/inbox").json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .anySatisfy(e -> assertThat(e.getString("kind")).isEqualTo("VISIT_REJECTED"));
        } finally {
            Api.admin().delete("/teams/TECH_SUPPORT/members/" + both);
        }
        String lonely = "supervisor2-" + f.suffix;
        assertThat(Api.admin().post("/users", """
                {"username":"%s","password":"%s","fullName":"Alone","roles":["SUPERVISOR"]}""".formatted(lonely, Fixtures.PASSWORD))
                .status()).isEqualTo(201);
        String fourth = file("Τέταρτη");
        assign(fourth);
        int v4 = requestVisit(fourth);
        assertThat(f.as(lonely).post("/visits/" + v4 + "/route", route(lonely, v4, f.engineer, tomorrow, "10:00", "13:00")).status())
                .isIn(403, 404);
    }

    @Test
    void aVisitWithoutPartsIsScheduledByTheRoutingAlone() {
        String number = file("Έλεγχος εγκατάστασης");
        assign(number);
        JsonObject visit = f.as(f.engineer).post("/tickets/" + number + "/visits", "{\"reason\":\"Επιτόπιος έλεγχος\",\"parts\":[]}").json();
        JsonObject routed = f.as(f.supervisor).post("/visits/" + visit.getInt("id") + "/route",
                route(f.supervisor, visit.getInt("id"), f.engineer, LocalDate.now(ATHENS), "13:00", "14:00")).json();
        assertThat(routed.getString("status")).isEqualTo("APPROVED");
        assertThat(types(f.agent, number)).contains("VISIT_SCHEDULED").doesNotContain("VISIT_APPROVED");
        assertThat(f.as(f.agent).get("/tickets/" + number + "/visits").jsonArray()).hasSize(1);
    }

    @Test
    void aScheduledVisitNoLongerNeededIsCancelledAndTheCustomerAndTheEngineerAreTold() {
        String number = file("Επανήλθε πριν την επίσκεψη");
        assign(number);
        int visit = f.as(f.engineer).post("/tickets/" + number + "/visits", "{\"reason\":\"Επιτόπιος έλεγχος\",\"parts\":[]}").json()
                .getInt("id");
        LocalDate day = LocalDate.now(ATHENS).plusDays(2);
        assertThat(f.as(f.supervisor).post("/visits/" + visit + "/route", route(f.supervisor, visit, f.engineer, day, "09:00", "11:00"))
                .json().getString("status")).isEqualTo("APPROVED");

        // Only the supervisor or the manager cancels, and says why.
        assertThat(f.as(f.engineer).post("/visits/" + visit + "/cancel", "{\"reason\":\"x\"}").status()).isEqualTo(403);
        Api.Reply noReason = f.as(f.supervisor).post("/visits/" + visit + "/cancel", "{\"reason\":\"  \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("field")).isEqualTo("reason");

        JsonObject cancelled = f.as(f.supervisor).post("/visits/" + visit + "/cancel",
                "{\"reason\":\"Η βλάβη αποκαταστάθηκε από απόσταση\"}").json();

        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("cancelledBy")).isEqualTo(f.supervisor);
        assertThat(cancelled.getString("cancelReason")).isEqualTo("Η βλάβη αποκαταστάθηκε από απόσταση");
        assertThat(f.as(f.supervisor).post("/visits/" + visit + "/cancel", "{\"reason\":\"again\"}").status()).isEqualTo(409);
        assertThat(f.as(f.engineer).post("/visits/" + visit + "/report", report(OffsetDateTime.now(ATHENS).minusHours(2),
                OffsetDateTime.now(ATHENS).minusHours(1))).status()).isEqualTo(409);
        assertThat(types(f.agent, number)).containsSubsequence("VISIT_SCHEDULED", "VISIT_CANCELLED", "CUSTOMER_INFORMED");
        assertThat(types(f.customerUser, number)).contains("VISIT_CANCELLED");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(f.reporterEmail, number + "] Ακύρωση επίσκεψης τεχνικού") != null);
        assertThat(f.as(f.engineer).get("/inbox").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(e -> number.equals(e.getString("filingNumber", null)))
                .anySatisfy(e -> {
                    assertThat(e.getString("kind")).isEqualTo("VISIT_CANCELLED");
                    assertThat(e.getString("text")).contains("Η βλάβη αποκαταστάθηκε από απόσταση");
                })
                .filteredOn(e -> e.getString("kind").equals("VISIT_APPROVED"))
                .allSatisfy(e -> assertThat(e.isNull("readAt")).isFalse());
        assertThat(f.as(f.agent).get("/tickets/" + number + "/verification").json().getBoolean("intact")).isTrue();
    }

    @Test
    void aRequestOfAnEngineerNoSupervisorLeadsIsRoutedByASupervisorAndTheEngineerSentGetsThePacket() {
        // The other engineer is in no team: their requests go to every supervisor, who must be able to act on them.
        String number = file("Χωρίς ομάδα");
        assertThat(f.as(f.agent).post("/tickets/" + number + "/assignments", "{\"engineer\":\"" + f.otherEngineer + "\"}").status())
                .isEqualTo(201);
        Api.Reply requested = f.as(f.otherEngineer).post("/tickets/" + number + "/visits", "{\"reason\":\"Επιτόπιος έλεγχος\",\"parts\":[]}");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        int visit = requested.json().getInt("id");
        assertThat(f.as(f.supervisor).get("/approvals?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getJsonObject("visit").getInt("id")).isEqualTo(visit));
        assertThat(f.as(f.supervisor).get("/visits/" + visit).status()).isEqualTo(200);
        assertThat(f.as(f.engineer).get("/tickets/" + number + "/dispatch-packet").status()).isEqualTo(404);

        Api.Reply routed = f.as(f.supervisor).post("/visits/" + visit + "/route",
                route(f.supervisor, visit, f.engineer, LocalDate.now(ATHENS).plusDays(1), "10:00", "12:00"));
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        assertThat(routed.json().getString("status")).isEqualTo("APPROVED");

        // The engineer sent on the visit reads what the one who asked for it knew.
        Api.Reply packet = f.as(f.engineer).get("/tickets/" + number + "/dispatch-packet");
        assertThat(packet.status()).as(packet.toString()).isEqualTo(200);
        assertThat(packet.json().getJsonObject("ticket").getString("filingNumber")).isEqualTo(number);
        assertThat(f.as(f.engineer).get("/tickets/" + number + "/dispatch-packet.pdf").status()).isEqualTo(200);
        assertThat(f.as(f.engineer).get("/visits/" + visit).status()).isEqualTo(200);
    }

    @Test
    void theDispatchPathsArePublishedInTheOpenApiDocument() throws Exception {
        String openapi = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE.replace("/helpdesk/api/v1", "/openapi?format=JSON")))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(openapi).contains("/helpdesk/api/v1/tickets/{filingNumber}/assignments", "/helpdesk/api/v1/visits/{id}/approve",
                "/helpdesk/api/v1/visits/{id}/cancel", "/helpdesk/api/v1/equipment/{serial}", "/helpdesk/api/v1/assignments/{id}/resolve",
                "/helpdesk/api/v1/approvals", "/helpdesk/api/v1/tickets/{filingNumber}/dispatch-packet.pdf",
                "/helpdesk/api/v1/dead-letters");
    }

    private static <T> T awaitThen(CyclicBarrier barrier, java.util.function.Supplier<T> action) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return action.get();
    }

    static MimeMessage mailTo(String address, String subjectPart) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients() != null && m.getAllRecipients()[0].toString().equals(address)
                                && m.getSubject() != null && m.getSubject().contains(subjectPart);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst().orElse(null);
    }

    static byte[] attachment(MimeMessage mail, String type) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no " + type + " attachment");
    }
}
