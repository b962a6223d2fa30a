package gr.cloudu.helpdesk.it;

import gr.cloudu.helpdesk.dispatch.application.DispatchDeliveryService;
import gr.cloudu.helpdesk.dispatch.application.DispatchNotice;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatch queue's promises: a notice is delivered once however often it arrives, a mail server that is
 * down loses nothing (the notice waits on the dead-letter queue until an administrator retries it), and a
 * notice nobody can read is parked there while the others keep flowing.
 */
@ExtendWith(ArquillianExtension.class)
class DispatchDeliveryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withTests(DispatchDeliveryIT.class, Api.class, Fixtures.class, Mailbox.class);
    }

    @Inject
    private DispatchDeliveryService delivery;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connections;

    @Resource(lookup = "java:/jms/queue/helpdesk/Dispatch")
    private Queue dispatch;

    @Resource(lookup = "java:/jms/queue/DLQ")
    private Queue deadLetters;

    @BeforeAll
    static void mailServer() {
        // The mail server runs beside the tests, not inside the application server the test methods run in.
        if (System.getProperty("jboss.home.dir") == null) {
            TestMailServer.get();
        }
    }

    private static String fileAndAssign(Fixtures f, String subject) {
        String number = f.as(f.agent).post("/tickets", f.faultReport(subject)).json().getString("filingNumber");
        Api.Reply assigned = f.as(f.agent).post("/tickets/" + number + "/assignments", "{\"engineer\":\"" + f.engineer + "\"}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        return number;
    }

    private static List<JsonObject> events(Fixtures f, String number, String type) {
        return f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals(type)).toList();
    }

    private static long inboxEntries(Fixtures f, String number) {
        return f.as(f.engineer).get("/inbox?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("filingNumber").equals(number)).count();
    }

    @Test
    void aRedeliveredNoticeSendsNothingTwice() throws Exception {
        Fixtures f = Fixtures.create();
        String number = fileAndAssign(f, "Διπλή παράδοση");
        await().atMost(Duration.ofSeconds(30)).until(() -> events(f, number, "DISPATCH_NOTIFIED").size() == 1);
        String detail = events(f, number, "DISPATCH_NOTIFIED").get(0).getString("detail");
        String noticeId = detail.substring(detail.indexOf("notice=") + 7);
        int assignment = f.as(f.agent).get("/assignments?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("filingNumber").equals(number)).findFirst().orElseThrow().getInt("id");

        delivery.deliver(new DispatchNotice(noticeId, (long) assignment, number, f.engineer));
        delivery.deliver(new DispatchNotice(noticeId, (long) assignment, number, f.engineer));

        assertThat(events(f, number, "DISPATCH_NOTIFIED")).hasSize(1);
        assertThat(inboxEntries(f, number)).isEqualTo(1);
        // The deliveries above ran to their end here: a mail they had sent would already be in the engineer's mailbox.
        assertThat(Mailbox.read(f.engineerEmail, messages -> java.util.Arrays.stream(messages).filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(number);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count())).contains(1L);
    }

    @Test
    void aNoticeNobodyCanReadIsParkedAndTheOthersKeepFlowing() throws Exception {
        String marker = "poison-" + UUID.randomUUID();
        try (JMSContext jms = connections.createContext()) {
            jms.createProducer().setProperty("noticeId", marker).send(dispatch, "{\"id\":\"" + marker + "\",\"assignmentId\":\"nine\"");
        }
        Fixtures f = Fixtures.create();
        String number = fileAndAssign(f, "Μετά το δηλητήριο");

        await().atMost(Duration.ofSeconds(30)).until(() -> events(f, number, "DISPATCH_NOTIFIED").size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(marker) != null);
        List<JsonObject> listed = Api.admin().get("/dead-letters").jsonArray().getValuesAs(JsonObject.class);
        JsonObject letter = listed.stream().filter(l -> l.getString("body").contains(marker)).findFirst().orElseThrow();
        assertThat(letter.getString("queue")).isEqualTo("HelpdeskDispatch");
        assertThat(Api.admin().delete("/dead-letters/" + letter.getString("id")).status()).isEqualTo(204);
        assertThat(parked(marker)).isNull();
    }

    private String parked(String marker) throws Exception {
        try (JMSContext jms = connections.createContext();
             QueueBrowser browser = jms.createBrowser(deadLetters, "noticeId = '" + marker + "'")) {
            return Collections.list(browser.getEnumeration()).isEmpty() ? null : marker;
        }
    }

    @Test
    @RunAsClient
    void aMailServerThatIsDownLosesNothingAndTheAdministratorRetriesTheParkedNotices() {
        Fixtures f = Fixtures.create();
        String number = f.as(f.agent).post("/tickets", f.faultReport("Ο διακομιστής αλληλογραφίας έπεσε")).json().getString("filingNumber");
        String second = f.as(f.agent).post("/tickets", f.faultReport("Και δεύτερη βλάβη")).json().getString("filingNumber");
        await().atMost(Duration.ofSeconds(30)).until(() -> !f.as(f.agent).get("/tickets/" + number).json().isNull("receiptSentAt")
                && !f.as(f.agent).get("/tickets/" + second).json().isNull("receiptSentAt"));
        String letterId;
        TestMailServer.stop();
        try {
            Api.Reply assigned = f.as(f.agent).post("/tickets/" + number + "/assignments", "{\"engineer\":\"" + f.engineer + "\"}");
            assertThat(assigned.status()).isEqualTo(201);
            String assignment = "\"assignmentId\":" + assigned.json().getInt("id") + ",";
            Api.Reply alsoAssigned = f.as(f.agent).post("/tickets/" + second + "/assignments", "{\"engineer\":\"" + f.engineer + "\"}");
            String secondAssignment = "\"assignmentId\":" + alsoAssigned.json().getInt("id") + ",";
            letterId = await().atMost(Duration.ofSeconds(40)).until(() -> Api.admin().get("/dead-letters").jsonArray()
                    .getValuesAs(JsonObject.class).stream().filter(l -> l.getString("body").contains(assignment))
                    .map(l -> l.getString("id")).findFirst().orElse(null), id -> id != null);
            await().atMost(Duration.ofSeconds(40)).until(() -> Api.admin().get("/dead-letters").jsonArray()
                    .getValuesAs(JsonObject.class).stream().anyMatch(l -> l.getString("body").contains(secondAssignment)));
            assertThat(f.as(f.agent).get("/tickets/" + number).json().getString("assignee")).isEqualTo(f.engineer);
            assertThat(events(f, number, "DISPATCH_NOTIFIED")).isEmpty();
            // The in-app inbox does not wait for the mail server.
            assertThat(inboxEntries(f, number)).isEqualTo(1);
            // Whoever looks at the fault sees that the engineer was not told.
            await().atMost(Duration.ofSeconds(10)).until(() -> events(f, number, "DISPATCH_FAILED").size() == 1);
            assertThat(events(f, number, "DISPATCH_FAILED").get(0).getString("detail")).contains("to=" + f.engineer)
                    .contains("attempts=3").contains("parked for the administrator");
        } finally {
            TestMailServer.restart();
        }
        assertThat(f.as(f.agent).post("/dead-letters/" + letterId + "/retry", "").status()).isEqualTo(403);
        assertThat(Api.admin().post("/dead-letters/" + letterId + "/retry", "").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).until(() -> DispatchApiIT.mailTo(f.engineerEmail, number) != null);
        await().atMost(Duration.ofSeconds(10)).until(() -> events(f, number, "DISPATCH_NOTIFIED").size() == 1);
        assertThat(inboxEntries(f, number)).isEqualTo(1);
        assertThat(Api.admin().get("/dead-letters").jsonArray().getValuesAs(JsonObject.class))
                .noneMatch(l -> l.getString("id").equals(letterId));
        assertThat(Api.admin().post("/dead-letters/" + letterId + "/retry", "").status()).isEqualTo(404);

        // The rest of what waited, all at once.
        assertThat(f.as(f.agent).post("/dead-letters/retry", "").status()).isEqualTo(403);
        Api.Reply all = Api.admin().post("/dead-letters/retry", "");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().getInt("retried")).isPositive();
        await().atMost(Duration.ofSeconds(30)).until(() -> DispatchApiIT.mailTo(f.engineerEmail, second) != null);
        await().atMost(Duration.ofSeconds(10)).until(() -> events(f, second, "DISPATCH_NOTIFIED").size() == 1);

        // The receipt senders kept their connection to the mail server that went away: the next receipt still goes out.
        String next = f.as(f.agent).post("/tickets", f.faultReport("Μετά την επαναφορά")).json().getString("filingNumber");
        await().atMost(Duration.ofSeconds(30)).until(() -> !f.as(f.agent).get("/tickets/" + next).json().isNull("receiptSentAt"));
    }
}
