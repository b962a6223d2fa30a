package gr.cloudu.helpdesk.it;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer never sees another customer's data: every endpoint that names a ticket, a machine, a mail or
 * master data is walked as the portal user and the system account of another customer. Lookups answer
 * 404 (the thing does not exist for them), staff-only resources 403, lists come back empty.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerIsolationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @Test
    void anotherCustomersUsersFindNothingOfThisCustomer() throws Exception {
        TestMailServer.get();
        Fixtures mine = Fixtures.create();
        Fixtures other = Fixtures.create();
        String number = fileByMail(mine);
        long mailId = mine.as(mine.agent).get("/tickets/" + number + "/mails").jsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();

        Map<String, Integer> lookups = new LinkedHashMap<>();
        lookups.put("/tickets/" + number, 404);
        lookups.put("/tickets/" + number + "/events", 404);
        lookups.put("/tickets/" + number + "/verification", 404);
        lookups.put("/tickets/" + number + "/mails", 404);
        lookups.put("/intake/mails/" + mailId + "/raw", 404);
        lookups.put("/equipment/" + mine.equipment, 404);
        lookups.put("/equipment/" + mine.equipment + "/history", 404);
        lookups.put("/intake/mails?status=FILED", 403);
        lookups.put("/customers/" + mine.customer, 403);
        lookups.put("/contracts/" + mine.contract, 403);
        lookups.put("/users/" + mine.agent, 403);

        // Everything else that names this customer's fault, contract or people: refused (403 for staff-only
        // endpoints, 404 where the outsider's role may ask but the thing is not theirs), and nothing of it in the answer.
        List<String> reads = List.of("/tickets/" + number + "/documents", "/tickets/" + number + "/visits",
                "/tickets/" + number + "/dispatch-packet", "/tickets/" + number + "/dispatch-packet.pdf",
                "/contracts/" + mine.contract + "/reports", "/contracts/" + mine.contract + "/communication-levels",
                "/contracts/" + mine.contract + "/sla-preview?severity=MAJOR", "/users", "/dead-letters", "/assignments",
                "/approvals");
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("/tickets/" + number + "/transitions", "{\"action\":\"REOPEN\",\"comment\":\"x\"}");
        writes.put("/tickets/" + number + "/notes", "{\"text\":\"x\"}");
        writes.put("/tickets/" + number + "/severity", "{\"severity\":\"CRITICAL\",\"reason\":\"x\"}");
        writes.put("/tickets/" + number + "/customer-updates", "{\"text\":\"x\"}");
        writes.put("/tickets/" + number + "/assignments", "{\"engineer\":\"" + mine.engineer + "\"}");
        writes.put("/tickets/" + number + "/visits", "{\"parts\":[]}");
        writes.put("/customers/" + mine.customer + "/contacts", "{\"name\":\"x\",\"authorised\":true}");
        writes.put("/dead-letters/retry", "");

        for (Api outsider : new Api[]{other.as(other.customerUser), other.as(other.apiUser)}) {
            lookups.forEach((path, expected) -> assertThat(outsider.get(path).status()).as(path).isEqualTo(expected));
            for (String path : reads) {
                Api.Reply reply = outsider.get(path);
                assertThat(reply.status()).as(path).isIn(403, 404);
                // (An error may repeat the number or code the caller typed; nothing behind it may show.)
                assertThat(reply.body()).as(path).doesNotContain("Ιδιωτική βλάβη").doesNotContain(mine.reporterEmail)
                        .doesNotContain("Πελάτης δοκιμής " + mine.suffix);
            }
            writes.forEach((path, body) -> assertThat(outsider.post(path, body).status()).as(path).isIn(403, 404));
            assertThat(outsider.put("/customers/" + mine.customer + "/contacts/1", "{\"name\":\"x\"}").status()).isEqualTo(403);
            assertThat(outsider.put("/tickets/" + number + "/diagnosis", "{\"symptom\":\"x\",\"checks\":\"x\"}").status())
                    .isIn(403, 404);
            assertThat(outsider.get("/tickets?customer=" + mine.customer).json().getInt("total")).isZero();
            assertThat(outsider.get("/tickets").json().getJsonArray("items").toString()).doesNotContain(number);
            Api.Reply filing = outsider.post("/tickets", mine.faultReport("not mine to file"));
            assertThat(filing.status()).isEqualTo(400);
            assertThat(filing.json().getString("error")).isEqualTo("customer_not_yours");
        }
        assertThat(mine.as(mine.agent).get("/tickets/" + number + "/events").jsonArray().toString())
                .doesNotContain("\"REOPENED\"").doesNotContain("\"NOTE_ADDED\"").doesNotContain("\"DIAGNOSED\"");
        assertThat(mine.as(mine.agent).get("/tickets/" + number).json().getString("severity")).isEqualTo("MAJOR");
        for (Api owner : new Api[]{mine.as(mine.customerUser), mine.as(mine.apiUser)}) {
            assertThat(owner.get("/tickets/" + number).status()).isEqualTo(200);
            assertThat(owner.get("/tickets/" + number + "/mails").status()).isEqualTo(200);
            assertThat(owner.get("/intake/mails/" + mailId + "/raw").status()).isEqualTo(200);
            assertThat(owner.get("/equipment/" + mine.equipment + "/history").status()).isEqualTo(200);
        }
    }

    private static String fileByMail(Fixtures f) throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", System.getProperty("helpdesk.test.smtp-port", "3025"));
        MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
        mail.setFrom(new InternetAddress(f.reporterEmail));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailServer.HELP_DESK));
        mail.setSubject("Ιδιωτική βλάβη " + f.suffix, "UTF-8");
        mail.setText("Μόνο για εμάς.", "UTF-8");
        GreenMailUtil.sendMimeMessage(mail);
        await().atMost(Duration.ofSeconds(40)).until(() -> f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total") == 1);
        return f.as(f.agent).get("/tickets?customer=" + f.customer).json().getJsonArray("items").getJsonObject(0).getString("filingNumber");
    }
}
