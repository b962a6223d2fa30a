package gr.cloudu.helpdesk.it;

import gr.cloudu.helpdesk.reporting.application.QuarterlyReportService;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;
import gr.cloudu.helpdesk.ticket.application.DeadlineWatch;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keeping the customer informed at the contract's rate (issue 6), inside the server with the watch called at
 * chosen moments: a note for the customer goes out by itself when the update falls due, an update with nothing
 * to send reminds the owner once, a manual update and the resolution reach the reporter, every message is in the
 * life-cycle, and the quarterly report counts them.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerUpdatesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withTests(CustomerUpdatesIT.class, Api.class, Fixtures.class, Mailbox.class, TestMailServer.class, Pdf.class);
    }

    @Inject
    private DeadlineWatch watch;

    @Inject
    private QuarterlyReportService reports;

    @BeforeAll
    static void mailServer() {
        if (System.getProperty("jboss.home.dir") == null) {
            TestMailServer.get();
        }
    }

    @Test
    void theCustomerHearsAtTheContractsRateAndEveryMessageIsOnTheRecord() throws Exception {
        Fixtures f = Fixtures.create();
        String number = f.as(f.agent).post("/tickets", f.faultReport("Ενημερώσεις")).json().getString("filingNumber");
        assertThat(f.as(f.agent).post("/tickets/" + number + "/transitions",
                "{\"action\":\"ASSIGN\",\"assignee\":\"" + f.engineer + "\"}").status()).isEqualTo(200);
        // Answered in time, so that no missed deadline escalates it (and takes it from the engineer) meanwhile.
        assertThat(f.as(f.agent).post("/tickets/" + number + "/transitions", "{\"action\":\"ACKNOWLEDGE\"}").status()).isEqualTo(200);

        // A note for the customer waits for the update; an internal one never leaves the house.
        assertThat(f.as(f.agent).post("/tickets/" + number + "/notes", "{\"text\":\"Εσωτερικό: κάρτα σε απόθεμα\"}").status())
                .isEqualTo(200);
        JsonObject noted = f.as(f.agent).post("/tickets/" + number + "/notes",
                "{\"text\":\"Ελέγχουμε την κάρτα συνδρομητών 1-1.\",\"forCustomer\":true}").json();
        assertThat(noted.getJsonObject("sla").getString("noteForCustomer")).isEqualTo("Ελέγχουμε την κάρτα συνδρομητών 1-1.");
        assertThat(f.as(f.customerUser).get("/tickets/" + number).json().getJsonObject("sla").isNull("noteForCustomer")).isTrue();
        assertThat(f.as(f.agent).post("/tickets/" + number + "/notes", "{\"text\":\" \"}").json().getString("field")).isEqualTo("text");

        Instant due = OffsetDateTime.parse(noted.getJsonObject("sla").getString("customerUpdateDueAt")).toInstant();
        watch.lookAt(due.minusSeconds(300));
        assertThat(types(f, number)).doesNotContain("CUSTOMER_INFORMED");
        watch.lookAt(due.minusSeconds(30));
        watch.lookAt(due.minusSeconds(20));

        JsonObject informed = f.as(f.agent).get("/tickets/" + number).json();
        assertThat(informed.getJsonObject("sla").isNull("noteForCustomer")).isTrue();
        assertThat(OffsetDateTime.parse(informed.getJsonObject("sla").getString("customerInformedAt")).toInstant())
                .isEqualTo(due.minusSeconds(30));
        Instant next = OffsetDateTime.parse(informed.getJsonObject("sla").getString("customerUpdateDueAt")).toInstant();
        assertThat(next).isAfter(due);
        List<JsonObject> sent = events(f, number, "CUSTOMER_INFORMED");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getString("detail")).contains("kind=UPDATE", "to=" + f.reporterEmail, "on_time=true",
                "Ελέγχουμε την κάρτα συνδρομητών 1-1.");
        // The customer sees the message on their timeline.
        assertThat(f.as(f.customerUser).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("type")).contains("CUSTOMER_INFORMED").doesNotContain("NOTE_ADDED");
        await().atMost(Duration.ofSeconds(40)).until(() -> Mailbox.first(f.reporterEmail, "[" + number + "] Ενημέρωση",
                m -> m[0].getContent().toString()).filter(body -> body.contains("Ελέγχουμε την κάρτα συνδρομητών 1-1.")).isPresent());

        // Nothing to send when the next one falls due: the owner is reminded, once.
        watch.lookAt(next.plusSeconds(5));
        watch.lookAt(next.plusSeconds(10));
        assertThat(events(f, number, "CUSTOMER_UPDATE_OVERDUE")).hasSize(1);
        await().atMost(Duration.ofSeconds(40)).until(() -> Mailbox.has(f.engineerEmail, "[" + number + "] Οφειλόμενη ενημέρωση"));

        // A manual update and the resolution go to the reporter too.
        assertThat(f.as(f.agent).post("/tickets/" + number + "/customer-updates", "{\"message\":\" \"}").json().getString("field"))
                .isEqualTo("message");
        assertThat(f.as(f.customerUser).post("/tickets/" + number + "/customer-updates", "{\"message\":\"x\"}").status()).isEqualTo(403);
        assertThat(f.as(f.agent).post("/tickets/" + number + "/customer-updates",
                "{\"message\":\"Ο τεχνικός θα έρθει αύριο στις 09:00.\"}").status()).isEqualTo(200);
        assertThat(f.as(f.agent).post("/tickets/" + number + "/transitions",
                "{\"action\":\"RESOLVE\",\"comment\":\"Αντικαταστάθηκε η κάρτα 1-1.\"}").status()).isEqualTo(200);
        List<JsonObject> all = events(f, number, "CUSTOMER_INFORMED");
        assertThat(all).hasSize(3);
        assertThat(all.get(1).getString("detail")).contains("kind=UPDATE", "Ο τεχνικός θα έρθει αύριο στις 09:00.");
        assertThat(all.get(2).getString("detail")).contains("kind=RESOLVED", "Αντικαταστάθηκε η κάρτα 1-1.");
        await().atMost(Duration.ofSeconds(40)).until(() -> Mailbox.has(f.reporterEmail, "[" + number + "] Η αναφορά βλάβης σας αποκαταστάθηκε")
                && Mailbox.has(f.reporterEmail, "[" + number + "] Ενημέρωση για την αναφορά βλάβης σας"));
        assertThat(f.as(f.agent).post("/tickets/" + number + "/customer-updates", "{\"message\":\"Κλειστή\"}").status()).isEqualTo(409);

        // The quarter's report counts them as the life-cycle shows them: updates in time, late, and overdue ones.
        ContractQuarter quarter = ContractQuarter.containing(LocalDate.of(2026, 2, 15), LocalDate.now(ContractQuarter.ZONE));
        List<JsonObject> inQuarter = f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(e -> OffsetDateTime.parse(e.getString("at")).toInstant().isBefore(quarter.end())).toList();
        long onTime = inQuarter.stream().filter(e -> e.getString("type").equals("CUSTOMER_INFORMED")
                && e.getString("detail").contains("on_time=true")).count();
        long late = inQuarter.stream().filter(e -> e.getString("type").equals("CUSTOMER_INFORMED")
                && e.getString("detail").contains("late=")).count();
        long overdue = inQuarter.stream().filter(e -> e.getString("type").equals("CUSTOMER_UPDATE_OVERDUE")).count();
        // An update missed is counted once, whether it fell overdue, went late, or both: by the due time it missed.
        long missed = inQuarter.stream().map(e -> e.getString("type").equals("CUSTOMER_UPDATE_OVERDUE")
                        ? e.getString("detail").replaceFirst("^update due (\\S+) .*$", "$1")
                        : e.getString("type").equals("CUSTOMER_INFORMED") && e.getString("detail").contains("late=")
                        ? e.getString("detail").replaceFirst("^.*due=([^;]+);.*$", "$1") : null)
                .filter(java.util.Objects::nonNull).distinct().count();
        assertThat(onTime + late).isPositive();
        var report = reports.produce(f.contract, quarter.number(), false, quarter.end().plusSeconds(60)).orElseThrow();
        var pdf = f.as(f.manager).download("/contracts/" + f.contract + "/reports/" + quarter.number() + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = Pdf.text(pdf.body()).replaceAll("\\s+", " ");
        assertThat(report.tickets()).isEqualTo(1);
        assertThat(text).containsPattern("Ενημερώσεις εντός της συμβατικής περιόδου ?" + onTime + " ")
                .containsPattern("Ενημερώσεις μετά την προθεσμία τους ?" + late + " ")
                .containsPattern("Φορές που η ενημέρωση έληξε χωρίς αποστολή ?" + overdue + " ")
                .containsPattern("Εμπρόθεσμες ενημερώσεις πελάτη ?" + (onTime + missed == 0 ? "—"
                        : (int) Math.floor(100.0 * onTime / (onTime + missed)) + "%"));
        // The CSV's row of the fault counts the same messages and missed updates.
        String[] lines = new String(f.as(f.manager).download("/contracts/" + f.contract + "/reports/" + quarter.number() + ".csv")
                .body(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        String[] row = lines[1].split(",", -1);
        assertThat(row[header.indexOf("filing_number")]).isEqualTo(number);
        assertThat(row[header.indexOf("customer_messages")]).isEqualTo(String.valueOf(inQuarter.stream()
                .filter(e -> e.getString("type").equals("CUSTOMER_INFORMED")).count()));
        assertThat(row[header.indexOf("updates_overdue")]).isEqualTo(String.valueOf(overdue));
    }

    private static List<String> types(Fixtures f, String number) {
        return f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("type")).toList();
    }

    private static List<JsonObject> events(Fixtures f, String number, String type) {
        return f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("type").equals(type)).toList();
    }
}
