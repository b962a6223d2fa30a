package gr.cloudu.helpdesk.it;

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
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Inside the server: the deadline watch, called with a chosen moment instead of waiting for its timer, warns,
 * breaches, escalates and tells the team lead and the customer's Level I contact by mail.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineWatchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withTests(DeadlineWatchIT.class, Api.class, Fixtures.class, Mailbox.class);
    }

    @Inject
    private DeadlineWatch watch;

    @BeforeAll
    static void mailServer() {
        // The mail server runs beside the tests, not inside the application server the test methods run in.
        if (System.getProperty("jboss.home.dir") == null) {
            TestMailServer.get();
        }
    }

    private static Instant due(JsonObject ticket, String field) {
        return OffsetDateTime.parse(ticket.getJsonObject("sla").getString(field)).toInstant();
    }

    @Test
    void aPassedResponseDeadlineEscalatesOnceAndTellsTheLeadAndTheCustomer() {
        Fixtures f = Fixtures.create();
        String lead = "lead-" + f.suffix;
        String leadEmail = lead + "@cloud-u.gr";
        assertThat(Api.admin().post("/users", """
                {"username":"%s","password":"it-password-123","fullName":"Lead %s","email":"%s","roles":["SUPERVISOR"]}
                """.formatted(lead, f.suffix, leadEmail)).status()).isEqualTo(201);
        assertThat(Api.admin().put("/teams/TECH_SUPPORT/members/" + lead, "{\"lead\":true}").status()).isEqualTo(200);
        JsonObject ticket = f.as(f.agent).post("/tickets", f.faultReport("Νεκρό κέντρο")).json();
        String number = ticket.getString("filingNumber");
        Instant responseDue = due(ticket, "responseDueAt");

        watch.lookAt(responseDue.minusSeconds(60));
        assertThat(types(f, number)).contains("SLA_WARNING").doesNotContain("SLA_BREACHED");
        assertThat(f.as(f.agent).get("/tickets/" + number).json().getString("tier")).isEqualTo("HELP_DESK");

        watch.lookAt(responseDue.plusSeconds(1));
        watch.lookAt(responseDue.plusSeconds(2));

        JsonObject escalated = f.as(f.agent).get("/tickets/" + number).json();
        assertThat(escalated.getString("tier")).isEqualTo("TECH_SUPPORT");
        assertThat(escalated.getString("status")).isEqualTo("ESCALATED");
        assertThat(escalated.getJsonObject("sla").getString("state")).isEqualTo("BREACHED");
        List<String> types = types(f, number);
        assertThat(types.stream().filter("SLA_WARNING"::equals)).hasSize(1);
        assertThat(types.stream().filter("SLA_BREACHED"::equals)).hasSize(1);
        assertThat(types.stream().filter("ESCALATED"::equals)).hasSize(1);

        await().atMost(Duration.ofSeconds(40)).until(() -> Mailbox.has(leadEmail, "[" + number + "] Κλιμάκωση")
                && Mailbox.has(f.reporterEmail, "[" + number + "] Η αναφορά βλάβης σας κλιμακώθηκε"));
        assertThat(Api.admin().delete("/teams/TECH_SUPPORT/members/" + lead).status()).isEqualTo(204);
    }

    @Test
    void aPausedTicketIsLeftAloneByTheWatch() {
        Fixtures f = Fixtures.create();
        JsonObject ticket = f.as(f.agent).post("/tickets", f.faultReport("Αναμονή")).json();
        String number = ticket.getString("filingNumber");
        f.as(f.agent).post("/tickets/" + number + "/transitions", "{\"action\":\"AWAIT_CUSTOMER\",\"comment\":\"Πρόσβαση;\"}");

        watch.lookAt(due(ticket, "restoreDueAt").plusSeconds(3600));

        JsonObject after = f.as(f.agent).get("/tickets/" + number).json();
        assertThat(after.getString("tier")).isEqualTo("HELP_DESK");
        assertThat(after.getJsonObject("sla").getString("state")).isEqualTo("PAUSED");
    }

    @Test
    void aResolutionNobodyDisputesClosesAfterTheQuietPeriod() {
        Fixtures f = Fixtures.create();
        String number = f.as(f.agent).post("/tickets", f.faultReport("Θα κλείσει")).json().getString("filingNumber");
        f.as(f.agent).post("/tickets/" + number + "/transitions", "{\"action\":\"RESOLVE\",\"comment\":\"Επανεκκίνηση\"}");

        watch.lookAt(Instant.now().plus(Duration.ofDays(3)));
        assertThat(f.as(f.agent).get("/tickets/" + number).json().getString("status")).isEqualTo("RESOLVED");
        watch.lookAt(Instant.now().plus(Duration.ofDays(12)));
        assertThat(f.as(f.agent).get("/tickets/" + number).json().getString("status")).isEqualTo("CLOSED");
    }

    private static List<String> types(Fixtures f, String number) {
        return f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("type")).toList();
    }
}
