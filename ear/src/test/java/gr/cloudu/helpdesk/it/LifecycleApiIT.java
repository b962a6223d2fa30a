package gr.cloudu.helpdesk.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticket's life-cycle, SLA clocks, calendar and teams over the API, black-box. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleApiIT {

    private Fixtures f;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @BeforeEach
    void masterData() {
        TestMailServer.get();
        f = Fixtures.create();
    }

    private String file() {
        Api.Reply filed = f.as(f.agent).post("/tickets", f.faultReport("Νεκρές γραμμές"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().getString("filingNumber");
    }

    private Api.Reply act(String user, String number, String json) {
        return f.as(user).post("/tickets/" + number + "/transitions", json);
    }

    @Test
    void aFiledTicketCarriesTheDeadlinesItsContractTermGivesAtItsReceiptTime() {
        Api.Reply filed = f.as(f.agent).post("/tickets", f.faultReport("Νεκρές γραμμές"));
        JsonObject ticket = filed.json();

        assertThat(ticket.getString("contract")).isEqualTo(f.contract);
        JsonObject sla = ticket.getJsonObject("sla");
        assertThat(sla.getString("state")).isIn("ON_TRACK", "WARNING");
        assertThat(sla.getString("clock")).isEqualTo("BUSINESS");
        String reportedAt = ticket.getString("reportedAt");
        JsonObject preview = f.as(f.agent).get("/contracts/" + f.contract + "/sla-preview?severity=MAJOR&reportedAt="
                + reportedAt.replace("+", "%2B")).json();
        assertThat(OffsetDateTime.parse(sla.getString("responseDueAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(preview.getString("responseDueAt")).toInstant());
        assertThat(OffsetDateTime.parse(sla.getString("onSiteDueAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(preview.getString("onSiteDueAt")).toInstant());
        assertThat(OffsetDateTime.parse(sla.getString("restoreDueAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(preview.getString("restoreDueAt")).toInstant());
        assertThat(ticket.getJsonArray("availableActions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("ACKNOWLEDGE", "ESCALATE");
    }

    @Test
    void theSlaPreviewCountsBusinessHoursOverWeekendsHolidaysAndDaylightSaving() {
        Api agent = f.as(f.agent);

        // Friday 14:00, 2 business hours: Monday 09:00.
        JsonObject friday = preview(agent, "MAJOR", "2026-11-27T14:00:00%2B02:00");
        assertThat(friday.getString("responseDueAt")).isEqualTo("2026-11-30T09:00:00+02:00");
        // Tuesday before Ochi Day (Wednesday 28 October 2026), across nothing else: Thursday.
        JsonObject holiday = preview(agent, "MAJOR", "2026-10-27T14:00:00%2B02:00");
        assertThat(holiday.getString("responseDueAt")).isEqualTo("2026-10-29T09:00:00+02:00");
        // Friday before the March change to summer time.
        JsonObject dst = preview(agent, "MAJOR", "2026-03-27T14:00:00%2B02:00");
        assertThat(dst.getString("responseDueAt")).isEqualTo("2026-03-30T09:00:00+03:00");
        // Orthodox Easter 2027: Good Friday 30 April, Labour Day on Saturday, Easter Monday 3 May.
        JsonObject easter = preview(agent, "MAJOR", "2027-04-29T14:30:00%2B03:00");
        assertThat(easter.getString("responseDueAt")).isEqualTo("2027-05-04T09:30:00+03:00");
        // Clean Monday 2027 (15 March) and the October change to winter time (31 October 2027).
        JsonObject cleanMonday = preview(agent, "MAJOR", "2027-03-12T14:00:00%2B02:00");
        assertThat(cleanMonday.getString("responseDueAt")).isEqualTo("2027-03-16T09:00:00+02:00");
        JsonObject october = preview(agent, "MAJOR", "2027-10-29T14:00:00%2B03:00");
        assertThat(october.getString("responseDueAt")).isEqualTo("2027-11-01T09:00:00+02:00");
        // CRITICAL runs round the clock.
        JsonObject critical = preview(agent, "CRITICAL", "2026-11-28T23:30:00%2B02:00");
        assertThat(critical.getString("responseDueAt")).isEqualTo("2026-11-29T00:30:00+02:00");
        assertThat(critical.getString("clock")).isEqualTo("ALWAYS");

        Api.Reply bad = agent.get("/contracts/" + f.contract + "/sla-preview?severity=MAJOR&reportedAt=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("field")).isEqualTo("reportedAt");
        assertThat(agent.get("/contracts/" + f.contract + "/sla-preview?severity=URGENT").status()).isEqualTo(400);
        assertThat(agent.get("/contracts/NO-SUCH-CONTRACT/sla-preview?severity=MAJOR").status()).isEqualTo(404);
        Fixtures other = Fixtures.create();
        assertThat(other.as(other.customerUser).get("/contracts/" + f.contract + "/sla-preview?severity=MAJOR").status())
                .isEqualTo(404);
        assertThat(f.as(f.customerUser).get("/contracts/" + f.contract + "/sla-preview?severity=MAJOR").status()).isEqualTo(200);
    }

    private JsonObject preview(Api api, String severity, String reportedAt) {
        return api.get("/contracts/" + f.contract + "/sla-preview?severity=" + severity + "&reportedAt=" + reportedAt).json();
    }

    @Test
    void theStateMachineAllowsWhatItAllowsAndAnswers409ToTheRest() {
        String number = file();

        Api.Reply close = act(f.agent, number, "{\"action\":\"CLOSE\"}");
        assertThat(close.status()).isEqualTo(409);
        assertThat(close.json().getString("error")).isEqualTo("illegal_transition");

        Api.Reply ack = act(f.agent, number, "{\"action\":\"ACKNOWLEDGE\",\"comment\":\"Το εξετάζουμε\"}");
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        assertThat(ack.json().getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(ack.json().getString("respondedAt")).isNotBlank();

        Api.Reply unknown = act(f.agent, number, "{\"action\":\"TELEPORT\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getString("field")).isEqualTo("action");

        Api.Reply noComment = act(f.agent, number, "{\"action\":\"RESOLVE\"}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().getString("field")).isEqualTo("comment");

        Api.Reply assign = act(f.agent, number, "{\"action\":\"ASSIGN\",\"assignee\":\"" + f.engineer + "\"}");
        assertThat(assign.json().getString("assignee")).isEqualTo(f.engineer);
        assertThat(act(f.agent, number, "{\"action\":\"ASSIGN\",\"assignee\":\"" + f.customerUser + "\"}").status()).isEqualTo(400);

        Api.Reply escalate = act(f.agent, number, "{\"action\":\"ESCALATE\",\"comment\":\"Χρειάζεται ειδικό\"}");
        assertThat(escalate.json().getString("tier")).isEqualTo("TECH_SUPPORT");
        assertThat(escalate.json().getString("status")).isEqualTo("ESCALATED");

        Api.Reply pause = act(f.agent, number, "{\"action\":\"AWAIT_CUSTOMER\",\"comment\":\"Χρειαζόμαστε πρόσβαση\"}");
        assertThat(pause.json().getJsonObject("sla").getString("state")).isEqualTo("PAUSED");
        Api.Reply resume = act(f.agent, number, "{\"action\":\"RESUME\"}");
        assertThat(resume.json().getString("status")).isEqualTo("ESCALATED");

        Api.Reply resolve = act(f.agent, number, "{\"action\":\"RESOLVE\",\"comment\":\"Αντικατάσταση κάρτας\"}");
        assertThat(resolve.json().getString("status")).isEqualTo("RESOLVED");
        JsonObject restore = resolve.json().getJsonObject("sla").getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("RESTORE")).findFirst().orElseThrow();
        assertThat(restore.getString("outcome")).isEqualTo("MET");

        // The customer is offered, and may take, only the confirmation and the dispute of the resolution.
        assertThat(f.as(f.customerUser).get("/tickets/" + number).json().getJsonArray("availableActions")
                .getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("CLOSE", "REOPEN");
        assertThat(act(f.customerUser, number, "{\"action\":\"START\"}").status()).isEqualTo(403);
        Api.Reply confirmed = act(f.customerUser, number, "{\"action\":\"CLOSE\",\"comment\":\"Λειτουργεί\"}");
        assertThat(confirmed.json().getString("status")).isEqualTo("CLOSED");
        Api.Reply reopened = act(f.customerUser, number, "{\"action\":\"REOPEN\",\"comment\":\"Ξανά χωρίς τόνο\"}");
        assertThat(reopened.json().getString("status")).isEqualTo("REOPENED");

        assertThat(f.as(f.agent).get("/tickets/" + number + "/verification").json().getBoolean("intact")).isTrue();
    }

    @Test
    void theLifecycleRecordsTheActorsCapacityAndHidesInternalEntriesFromTheCustomer() {
        String number = file();
        act(f.agent, number, "{\"action\":\"ASSIGN\",\"assignee\":\"" + f.engineer + "\"}");
        act(f.agent, number, "{\"action\":\"START\"}");

        List<JsonObject> staffView = f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class);
        assertThat(staffView).extracting(e -> e.getString("type")).contains("FILED", "SLA_STARTED", "ASSIGNED", "STARTED");
        JsonObject started = staffView.stream().filter(e -> e.getString("type").equals("STARTED")).findFirst().orElseThrow();
        assertThat(started.getString("actor")).isEqualTo(f.agent);
        assertThat(started.getString("actorCapacity")).isEqualTo("AGENT");

        List<JsonObject> customerView = f.as(f.customerUser).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class);
        assertThat(customerView).extracting(e -> e.getString("type")).contains("FILED", "STARTED")
                .doesNotContain("ASSIGNED", "SLA_STARTED", "DEADLINE_MET");
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        String number = file();
        long seen = f.as(f.agent).get("/tickets/" + number).json().getJsonNumber("version").longValue();
        act(f.agent, number, "{\"action\":\"ACKNOWLEDGE\"}");

        Api.Reply stale = act(f.agent, number, "{\"action\":\"START\",\"version\":" + seen + "}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("error")).isEqualTo("stale_ticket");
    }

    @Test
    void twoPeopleActingAtTheSameMomentGetOneChangeAndOne409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = file();
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> racing(together, number, "ACKNOWLEDGE"));
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> racing(together, number, "ACKNOWLEDGE"));

            assertThat(List.of(first.get(), second.get())).as("round " + round).containsExactlyInAnyOrder(200, 409);
            List<JsonObject> events = f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class);
            assertThat(events.stream().filter(e -> e.getString("type").equals("ACKNOWLEDGED") || e.getString("type").equals("STARTED")))
                    .hasSize(1);
            assertThat(f.as(f.agent).get("/tickets/" + number + "/verification").json().getBoolean("intact")).isTrue();
        }
    }

    private int racing(CyclicBarrier together, String number, String action) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return act(f.agent, number, "{\"action\":\"" + action + "\"}").status();
    }

    @Test
    void aSeverityChangeRecomputesTheDeadlines() {
        String number = file();

        Api.Reply changed = f.as(f.agent).post("/tickets/" + number + "/severity",
                "{\"severity\":\"CRITICAL\",\"reason\":\"Έπεσε όλο το κέντρο\"}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("severity")).isEqualTo("CRITICAL");
        assertThat(changed.json().getJsonObject("sla").getString("clock")).isEqualTo("ALWAYS");
        OffsetDateTime reported = OffsetDateTime.parse(changed.json().getString("reportedAt"));
        assertThat(OffsetDateTime.parse(changed.json().getJsonObject("sla").getString("responseDueAt")).toInstant())
                .isEqualTo(reported.toInstant().plusSeconds(3600));
        assertThat(f.as(f.customerUser).post("/tickets/" + number + "/severity", "{\"severity\":\"MINOR\"}").status()).isEqualTo(403);
    }

    @Test
    void theCalendarShowsComputedHolidaysAndOnlyTheAdministratorChangesIt() {
        JsonObject calendar = f.as(f.agent).get("/calendar?from=2027&to=2027").json();
        assertThat(calendar.getString("opensAt")).startsWith("08:00");
        assertThat(calendar.getJsonArray("holidays").getValuesAs(JsonObject.class)).extracting(d -> d.getString("date"))
                .contains("2027-03-15", "2027-04-30", "2027-05-03", "2027-06-21", "2027-10-28");
        assertThat(f.as(f.agent).post("/calendar/closures", "{\"date\":\"2031-07-14\",\"reason\":\"Μετακόμιση\"}").status())
                .isEqualTo(403);

        // 14 July 2031 is a Monday: a closure pushes a Friday-afternoon deadline to Tuesday.
        String friday = "/contracts/" + f.contract + "/sla-preview?severity=MAJOR&reportedAt=2031-07-11T14:00:00%2B03:00";
        assertThat(f.as(f.agent).get(friday).json().getString("responseDueAt")).isEqualTo("2031-07-14T09:00:00+03:00");
        Api.Reply added = Api.admin().post("/calendar/closures", "{\"date\":\"2031-07-14\",\"reason\":\"Μετακόμιση\"}");
        try {
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            assertThat(f.as(f.agent).get(friday).json().getString("responseDueAt")).isEqualTo("2031-07-15T09:00:00+03:00");
        } finally {
            assertThat(Api.admin().delete("/calendar/closures/2031-07-14").status()).isEqualTo(200);
        }
        assertThat(f.as(f.agent).get(friday).json().getString("responseDueAt")).isEqualTo("2031-07-14T09:00:00+03:00");
        Api.Reply badHours = Api.admin().put("/calendar", "{\"opensAt\":\"15:00\",\"closesAt\":\"08:00\"}");
        assertThat(badHours.status()).isEqualTo(400);
        assertThat(badHours.json().getString("field")).isEqualTo("closesAt");
    }

    @Test
    void queuesListTheOpenTicketsOfATierNearestDeadlineFirst() {
        String first = file();
        String second = file();
        f.as(f.agent).post("/tickets/" + second + "/severity", "{\"severity\":\"CRITICAL\"}");
        act(f.agent, first, "{\"action\":\"ESCALATE\"}");

        List<JsonObject> helpDesk = f.as(f.agent).get("/tickets?tier=HELP_DESK&customer=" + f.customer).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(helpDesk).extracting(r -> r.getString("filingNumber")).containsExactly(second);
        assertThat(helpDesk.get(0).getString("slaState")).isIn("ON_TRACK", "WARNING");
        List<JsonObject> techSupport = f.as(f.agent).get("/tickets?tier=TECH_SUPPORT&customer=" + f.customer).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(techSupport).extracting(r -> r.getString("filingNumber")).containsExactly(first);
        assertThat(f.as(f.agent).get("/tickets?tier=NOWHERE").status()).isEqualTo(400);
    }

    @Test
    void theAdministratorManagesTheTeams() {
        Api.Reply added = Api.admin().put("/teams/TECH_SUPPORT/members/" + f.engineer, "{\"lead\":true}");
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(f.as(f.agent).get("/teams/TECH_SUPPORT").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(m -> {
                    assertThat(m.getString("username")).isEqualTo(f.engineer);
                    assertThat(m.getBoolean("lead")).isTrue();
                });
        assertThat(f.as(f.agent).put("/teams/TECH_SUPPORT/members/" + f.agent, "{}").status()).isEqualTo(403);
        assertThat(Api.admin().put("/teams/TECH_SUPPORT/members/" + f.customerUser, "{}").status()).isEqualTo(400);
        assertThat(Api.admin().delete("/teams/TECH_SUPPORT/members/" + f.engineer).status()).isEqualTo(204);
        assertThat(f.as(f.customerUser).get("/teams").status()).isEqualTo(403);
    }
}
