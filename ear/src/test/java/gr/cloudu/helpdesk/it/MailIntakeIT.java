package gr.cloudu.helpdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault reports by e-mail and fax through a real mailbox: GreenMail's IMAP server is the help-desk mailbox
 * the application polls, its SMTP server carries the customers' mails in and the help desk's answers out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIntakeIT {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private GreenMail mail;
    private Fixtures f;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @BeforeEach
    void masterData() {
        mail = TestMailServer.get();
        f = Fixtures.create();
    }

    @Test
    void aMailFromAnAuthorisedContactIsFiledWithTheMailboxArrivalTime() throws Exception {
        Instant claimed = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant before = Instant.now().minusSeconds(2);
        MimeMessage report = message(f.reporterEmail, "Εκτός λειτουργίας οι εξωτερικές γραμμές",
                "Από τις 09:00 δεν βγαίνουν κλήσεις προς τα έξω.");
        report.setSentDate(Date.from(claimed));
        GreenMailUtil.sendMimeMessage(report);

        JsonObject ticket = awaitOnlyTicket();

        assertThat(ticket.getString("channel")).isEqualTo("EMAIL");
        assertThat(ticket.getString("subject")).isEqualTo("Εκτός λειτουργίας οι εξωτερικές γραμμές");
        assertThat(ticket.getString("description")).contains("δεν βγαίνουν κλήσεις");
        assertThat(ticket.getJsonObject("reporter").getString("capacity")).isEqualTo("Τεχνικός τηλεπικοινωνιών");
        assertThat(OffsetDateTime.parse(ticket.getString("senderDate")).toInstant()).isEqualTo(claimed);
        assertThat(OffsetDateTime.parse(ticket.getString("reportedAt")).toInstant()).isBetween(before, Instant.now());
        String number = ticket.getString("filingNumber");
        // The customer has one machine: the report is about it, and it is in the machine's history.
        assertThat(ticket.getString("equipmentSerial")).isEqualTo(f.equipment);
        assertThat(f.as(f.agent).get("/equipment/" + f.equipment + "/history").jsonArray().toString()).contains(number);
        await().atMost(PATIENCE).until(() -> received(f.reporterEmail, "[" + number + "]") != null);
        await("the mailbox is emptied after filing").atMost(PATIENCE).until(() ->
                Arrays.stream(mail.getReceivedMessagesForDomain("cloud-u.gr")).noneMatch(this::fromThisTest));
    }

    @Test
    void ofSeveralMachinesTheOneWhoseSerialTheMailQuotesIsTheOneReported() throws Exception {
        String second = "PBX2-" + f.suffix;
        assertThat(Api.admin().post("/customers/" + f.customer + "/equipment", """
                {"serial":"%s","vendor":"Unify","model":"OpenScape Business","softwareRelease":"V3","site":"Αποθήκη",
                 "contract":"%s","modules":[]}""".formatted(second, f.contract)).status()).isEqualTo(201);

        GreenMailUtil.sendMimeMessage(message(f.reporterEmail, "Βλάβη στο κέντρο της αποθήκης",
                "Το κέντρο με σειριακό " + second.toLowerCase() + " δεν δίνει τόνο."));
        assertThat(awaitOnlyTicket().getString("equipmentSerial")).isEqualTo(second);

        GreenMailUtil.sendMimeMessage(message(f.reporterEmail, "Κάποιο κέντρο " + f.suffix, "Δεν ξέρω ποιο."));
        await().atMost(PATIENCE).until(() -> f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total") == 2);
        JsonObject unnamed = f.as(f.agent).get("/tickets?customer=" + f.customer).json().getJsonArray("items").stream()
                .map(t -> t.asJsonObject()).filter(t -> t.getString("subject").startsWith("Κάποιο κέντρο")).findFirst().orElseThrow();
        assertThat(f.as(f.agent).get("/tickets/" + unnamed.getString("filingNumber")).json().isNull("equipmentSerial")).isTrue();
    }

    @Test
    void aReplyQuotingTheFilingNumberJoinsTheSameTicket() throws Exception {
        GreenMailUtil.sendMimeMessage(message(f.reporterEmail, "Κέντρο εκτός λειτουργίας", "Δεν λειτουργεί τίποτα."));
        String number = awaitOnlyTicket().getString("filingNumber");

        GreenMailUtil.sendMimeMessage(message(f.reporterEmail, "RE: [" + number + "] Παραλαβή αναγγελίας βλάβης",
                "Επανήλθαν οι μισές γραμμές."));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonArray events = f.as(f.agent).get("/tickets/" + number + "/events").jsonArray();
            assertThat(events.stream().map(e -> e.asJsonObject().getString("type"))).contains("CUSTOMER_MESSAGE");
        });
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isEqualTo(1);
        JsonArray events = f.as(f.agent).get("/tickets/" + number + "/events").jsonArray();
        assertThat(events.toString()).contains("Επανήλθαν οι μισές γραμμές");
        assertThat(f.as(f.agent).get("/tickets/" + number + "/verification").json().getBoolean("intact")).isTrue();
    }

    @Test
    void aReplyThatLostTheFilingNumberFromItsSubjectJoinsTheTicketByItsReferences() throws Exception {
        GreenMailUtil.sendMimeMessage(message(f.reporterEmail, "Θόρυβος στις γραμμές", "Ακούγεται θόρυβος."));
        String number = awaitOnlyTicket().getString("filingNumber");
        await().atMost(PATIENCE).until(() -> received(f.reporterEmail, "[" + number + "]") != null);
        String receiptId = received(f.reporterEmail, "[" + number + "]").getMessageID();
        assertThat(receiptId).contains(number);

        MimeMessage reply = message(f.reporterEmail, "Απάντηση χωρίς αριθμό", "Ο θόρυβος σταμάτησε.");
        reply.setHeader("In-Reply-To", receiptId);
        reply.setHeader("References", receiptId);
        GreenMailUtil.sendMimeMessage(reply);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().toString()).contains("Ο θόρυβος σταμάτησε"));
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void aReportTakenByTelephoneWaitsForItsWrittenConfirmation() throws Exception {
        Api.Reply filed = f.as(f.agent).post("/tickets", f.faultReport("Τηλεφωνική αναγγελία").replace("\"severity\"",
                "\"channel\":\"PHONE\",\"severity\""));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String number = filed.json().getString("filingNumber");
        assertThat(filed.json().getBoolean("writtenConfirmationRequired")).isTrue();
        assertThat(filed.json().isNull("writtenConfirmationAt")).isTrue();
        await().atMost(PATIENCE).until(() -> received(f.reporterEmail, "[" + number + "]") != null);
        assertThat(received(f.reporterEmail, "[" + number + "]").getContent().toString()).contains("επιβεβαιώστε");

        GreenMailUtil.sendMimeMessage(message(f.reporterEmail, "Re: [" + number + "] Παραλαβή αναγγελίας βλάβης",
                "Επιβεβαιώνω την τηλεφωνική αναγγελία."));

        await().atMost(PATIENCE).until(() -> !f.as(f.agent).get("/tickets/" + number).json().isNull("writtenConfirmationAt"));
        JsonArray events = f.as(f.agent).get("/tickets/" + number + "/events").jsonArray();
        assertThat(events.stream().map(e -> e.asJsonObject().getString("type"))).contains("WRITTEN_CONFIRMATION");
    }

    @Test
    void aFaxFromTheGatewayIsFiledForTheContactWithThatFaxNumber() throws Exception {
        MimeMessage fax = new MimeMessage(session());
        fax.setFrom(new InternetAddress(TestMailServer.FAX_GATEWAY));
        fax.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailServer.HELP_DESK));
        fax.setSubject("Fax from " + f.reporterFax.substring(0, 3) + " " + f.reporterFax.substring(3), "UTF-8");
        MimeBodyPart note = new MimeBodyPart();
        note.setText("1 page received", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent("%PDF-1.4 fax page".getBytes(), "application/pdf");
        pdf.setFileName("fax-0001.pdf");
        fax.setContent(new MimeMultipart(note, pdf));
        // A gateway that says it is a machine, as RFC 3834 asks, still delivers faxes.
        fax.setHeader("Auto-Submitted", "auto-generated");
        GreenMailUtil.sendMimeMessage(fax);

        JsonObject ticket = awaitOnlyTicket();

        assertThat(ticket.getString("channel")).isEqualTo("FAX");
        assertThat(ticket.getJsonObject("reporter").getString("email")).isEqualTo(f.reporterEmail);

        JsonArray mails = f.as(f.customerUser).get("/tickets/" + ticket.getString("filingNumber") + "/mails").jsonArray();
        assertThat(mails).hasSize(1);
        JsonObject archived = mails.getJsonObject(0);
        JsonObject page = archived.getJsonArray("attachments").getJsonObject(0);
        assertThat(page.getString("fileName")).isEqualTo("fax-0001.pdf");
        assertThat(page.getBoolean("stored")).isTrue();
        long mailId = archived.getJsonNumber("id").longValue();
        Api.Reply original = f.as(f.customerUser).get("/intake/mails/" + mailId + "/raw");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.header("Content-Type")).startsWith("message/rfc822");
        assertThat(original.body()).contains("Fax from");
        Api.Reply download = f.as(f.agent).get("/intake/mails/" + mailId + "/attachments/" + page.getJsonNumber("id").longValue());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("%PDF-1.4 fax page");
        Fixtures other = Fixtures.create();
        assertThat(other.as(other.customerUser).get("/intake/mails/" + mailId + "/raw").status()).isEqualTo(404);
        assertThat(other.as(other.apiUser).get("/tickets/" + ticket.getString("filingNumber") + "/mails").status()).isEqualTo(404);
    }

    @Test
    void aFaxFromAnUnknownNumberLinkedByAnAgentIsFiledAsAFax() throws Exception {
        String unknownNumber = "+30 210 " + (1000000 + Math.abs(f.suffix.hashCode() % 8999999));
        MimeMessage fax = new MimeMessage(session());
        fax.setFrom(new InternetAddress(TestMailServer.FAX_GATEWAY));
        fax.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailServer.HELP_DESK));
        fax.setSubject("Fax from " + unknownNumber, "UTF-8");
        fax.setText("1 page received " + f.suffix, "UTF-8");
        GreenMailUtil.sendMimeMessage(fax);
        JsonObject quarantined = await().atMost(PATIENCE).until(() ->
                f.as(f.agent).get("/intake/mails?status=QUARANTINED&size=200").jsonArray().stream().map(m -> m.asJsonObject())
                        .filter(m -> ("Fax from " + unknownNumber).equals(m.getString("subject", null))).findFirst().orElse(null),
                m -> m != null);
        assertThat(quarantined.getString("reason")).isEqualTo("fax from a number of no authorised contact");

        Api.Reply linked = f.as(f.agent).post("/intake/mails/" + quarantined.getJsonNumber("id").longValue() + "/link",
                "{\"customer\":\"" + f.customer + "\",\"contactEmail\":\"" + f.reporterEmail + "\"}");

        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.json().getString("channel")).isEqualTo("FAX");
    }

    @Test
    void aGatewayMailWithoutTheFaxItselfWaitsForAnAgent() throws Exception {
        MimeMessage notice = new MimeMessage(session());
        notice.setFrom(new InternetAddress(TestMailServer.FAX_GATEWAY));
        notice.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailServer.HELP_DESK));
        notice.setSubject("Fax from " + f.reporterFax, "UTF-8");
        MimeBodyPart note = new MimeBodyPart();
        note.setText("Reception failed after page 1 " + f.suffix, "UTF-8");
        MimeBodyPart log = new MimeBodyPart();
        log.setContent("line error".getBytes(), "application/octet-stream");
        log.setFileName("reception.log");
        notice.setContent(new MimeMultipart(note, log));
        GreenMailUtil.sendMimeMessage(notice);

        JsonObject quarantined = await().atMost(PATIENCE).until(() ->
                f.as(f.agent).get("/intake/mails?status=QUARANTINED&size=200").jsonArray().stream().map(m -> m.asJsonObject())
                        .filter(m -> ("Fax from " + f.reporterFax).equals(m.getString("subject", null))).findFirst().orElse(null),
                m -> m != null);
        assertThat(quarantined.getString("reason")).isEqualTo("no fax (PDF or TIFF) attached");
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isZero();
    }

    @Test
    void anUnknownSenderIsQuarantinedAndPolitelyAnswered() throws Exception {
        String stranger = "stranger-" + f.suffix + "@elsewhere.example.com";
        GreenMailUtil.sendMimeMessage(message(stranger, "Πρόβλημα " + f.suffix, "Δεν έχουμε τηλέφωνα."));

        await().atMost(PATIENCE).until(() -> received(stranger, "Λάβαμε το μήνυμά σας") != null);
        JsonArray quarantine = f.as(f.agent).get("/intake/mails?status=QUARANTINED").jsonArray();
        assertThat(quarantine.stream().map(m -> m.asJsonObject().getString("from", ""))).contains(stranger);
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isZero();
    }

    @Test
    void aQuarantinedMailFiledByAnAgentKeepsTheTimeItReachedUs() throws Exception {
        String stranger = "colleague-" + f.suffix + "@customer.example.gr";
        GreenMailUtil.sendMimeMessage(message(stranger, "Βλάβη στον όροφο 3", "Δεν λειτουργούν τα εσωτερικά."));
        JsonObject quarantined = awaitQuarantined(stranger);

        Api.Reply linked = f.as(f.agent).post("/intake/mails/" + quarantined.getJsonNumber("id").longValue() + "/link",
                "{\"customer\":\"" + f.customer + "\",\"contactEmail\":\"" + f.reporterEmail + "\"}");

        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        JsonObject ticket = linked.json();
        assertThat(ticket.getString("reportedAt")).isEqualTo(quarantined.getString("receivedAt"));
        assertThat(ticket.getJsonObject("reporter").getString("email")).isEqualTo(f.reporterEmail);
        String number = ticket.getString("filingNumber");
        await().atMost(PATIENCE).until(() -> received(stranger, "[" + number + "]") != null);
        assertThat(f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getJsonObject(0).getString("actor"))
                .isEqualTo(f.agent);
        Api.Reply again = f.as(f.agent).post("/intake/mails/" + quarantined.getJsonNumber("id").longValue() + "/link",
                "{\"customer\":\"" + f.customer + "\",\"contactEmail\":\"" + f.reporterEmail + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("error")).isEqualTo("mail_not_in_quarantine");
    }

    @Test
    void aQuarantinedMailRejectedByAnAgentTellsTheSenderWhy() throws Exception {
        String stranger = "seller-" + f.suffix + "@elsewhere.example.com";
        GreenMailUtil.sendMimeMessage(message(stranger, "Προσφορά τηλεφωνικών συσκευών", "Δείτε τις τιμές μας."));
        long id = awaitQuarantined(stranger).getJsonNumber("id").longValue();

        assertThat(f.as(f.agent).post("/intake/mails/" + id + "/reject", "{\"reason\":\"\"}").status()).isEqualTo(400);
        Api.Reply rejected = f.as(f.agent).post("/intake/mails/" + id + "/reject", "{\"reason\":\"Διαφημιστικό μήνυμα.\"}");

        assertThat(rejected.status()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> received(stranger, "Το μήνυμά σας δεν καταχωρήθηκε") != null);
        assertThat(received(stranger, "Το μήνυμά σας δεν καταχωρήθηκε").getContent().toString()).contains("Διαφημιστικό μήνυμα.");
        assertThat(f.as(f.agent).get("/intake/mails?status=REJECTED").jsonArray().stream()
                .map(m -> m.asJsonObject().getString("from", ""))).contains(stranger);
        assertThat(f.as(f.customerUser).get("/intake/mails?status=REJECTED").status()).isEqualTo(403);
    }

    @Test
    void anAutoReplyFromAContactStartsNoTicketAndGetsNoAnswer() throws Exception {
        MimeMessage autoReply = message(f.reporterEmail, "Out of office " + f.suffix, "I am away until Monday.");
        autoReply.setHeader("Auto-Submitted", "auto-replied");
        GreenMailUtil.sendMimeMessage(autoReply);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                f.as(f.agent).get("/intake/mails?status=IGNORED").jsonArray().stream()
                        .map(m -> m.asJsonObject().getString("subject"))).contains("Out of office " + f.suffix));
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isZero();
    }

    @Test
    void mailMadeByMachinesAndOurOwnMailComingBackStartNoTicketAndGetNoAnswer() throws Exception {
        GreenMailUtil.sendMimeMessage(message(f.reporterEmail, "Βλάβη " + f.suffix, "Δεν λειτουργεί το κέντρο."));
        String number = awaitOnlyTicket().getString("filingNumber");
        await().atMost(PATIENCE).until(() -> received(f.reporterEmail, "[" + number + "]") != null);
        MimeMessage receipt = received(f.reporterEmail, "[" + number + "]");
        // The receipt says a machine answered, so the reporter's own auto-responder leaves it alone.
        assertThat(receipt.getHeader("Auto-Submitted")).containsExactly("auto-replied");

        // The reporter's mailbox forwards everything it receives back to us.
        MimeMessage forwarded = message(TestMailServer.HELP_DESK, "Fwd: " + receipt.getSubject() + " " + f.suffix,
                GreenMailUtil.getBody(receipt));
        GreenMailUtil.sendMimeMessage(forwarded);
        MimeMessage list = message(f.reporterEmail, "Newsletter " + f.suffix, "Monthly news.");
        list.setHeader("Precedence", "bulk");
        MimeMessage vacation = message(f.reporterEmail, "Away " + f.suffix, "Back on Monday.");
        vacation.setHeader("X-Autoreply", "yes");
        // A delivery report comes from the null sender: the server that files it in the mailbox writes Return-Path: <>.
        MimeMessage nullSender = message(f.reporterEmail, "Delivery delayed " + f.suffix, "Your message could not be delivered yet.");
        nullSender.setHeader("Return-Path", "<>");
        nullSender.saveChanges();
        mail.getUserManager().getUserByEmail(TestMailServer.HELP_DESK).deliver(nullSender);
        MimeMessage report = message(f.reporterEmail, "Undeliverable " + f.suffix, "");
        MimeMultipart dsn = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("The mail system could not deliver your message.", "UTF-8");
        dsn.addBodyPart(human);
        report.setContent(dsn);
        for (MimeMessage automatic : List.of(list, vacation, report)) {
            GreenMailUtil.sendMimeMessage(automatic);
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                f.as(f.agent).get("/intake/mails?status=IGNORED").jsonArray().stream()
                        .map(m -> m.asJsonObject().getString("subject")).filter(subject -> subject.contains(f.suffix)))
                .containsExactlyInAnyOrder("Fwd: " + receipt.getSubject() + " " + f.suffix, "Newsletter " + f.suffix,
                        "Away " + f.suffix, "Delivery delayed " + f.suffix, "Undeliverable " + f.suffix));
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isEqualTo(1);
        assertThat(f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().stream()
                .map(e -> e.asJsonObject().getString("type"))).doesNotContain("CUSTOMER_MESSAGE");
        // Answers go out through a queue: whatever would have been sent has had time to arrive.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equalsIgnoreCase(f.reporterEmail);
                    } catch (MessagingException e) {
                        return false;
                    }
                }).count() == 1);
    }

    @Test
    void aGreekSubjectInIso8859_7AndAnHtmlOnlyBodyAreReadAsText() throws Exception {
        MimeMessage report = new MimeMessage(session());
        report.setFrom(new InternetAddress(f.reporterEmail));
        report.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailServer.HELP_DESK));
        report.setSubject("Βλάβη στο τηλεφωνικό κέντρο", "ISO-8859-7");
        report.setContent("<html><body><p>Η κάρτα <b>SLMO</b> δεν αποκρίνεται.</p><script>alert('x')</script></body></html>",
                "text/html; charset=windows-1253");
        GreenMailUtil.sendMimeMessage(report);

        JsonObject ticket = awaitOnlyTicket();

        assertThat(ticket.getString("subject")).isEqualTo("Βλάβη στο τηλεφωνικό κέντρο");
        assertThat(ticket.getString("description")).isEqualTo("Η κάρτα SLMO δεν αποκρίνεται.");
    }

    @Test
    void anOversizedAttachmentIsNotKeptButTheReportIsFiledAndTheSenderTold() throws Exception {
        MimeMessage report = message(f.reporterEmail, "Καταγραφές συναγερμών", "Επισυνάπτω τις καταγραφές.");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Επισυνάπτω τις καταγραφές.", "UTF-8");
        MimeBodyPart big = new MimeBodyPart();
        big.setContent(new byte[300_000], "application/octet-stream");
        big.setFileName("alarms.log");
        report.setContent(new MimeMultipart(text, big));
        GreenMailUtil.sendMimeMessage(report);

        String number = awaitOnlyTicket().getString("filingNumber");

        await().atMost(PATIENCE).until(() -> received(f.reporterEmail, "Συνημμένα που δεν φυλάχθηκαν") != null);
        assertThat(received(f.reporterEmail, "Συνημμένα που δεν φυλάχθηκαν").getSubject()).contains(number);
        JsonObject attachment = f.as(f.agent).get("/tickets/" + number + "/mails").jsonArray().getJsonObject(0)
                .getJsonArray("attachments").getJsonObject(0);
        assertThat(attachment.getString("fileName")).isEqualTo("alarms.log");
        assertThat(attachment.getJsonNumber("sizeBytes").longValue()).isEqualTo(300_000);
        assertThat(attachment.getBoolean("stored")).isFalse();
    }

    @Test
    void headersTooLongToKeepAreCutAndTheReportIsStillFiled() throws Exception {
        MimeMessage report = message(f.reporterEmail, "Μακριές κεφαλίδες " + f.suffix, "Επισυνάπτω το αρχείο.");
        report.setHeader("Message-ID", "<" + "x".repeat(1200) + "@" + f.suffix + ".example.gr>");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Επισυνάπτω το αρχείο.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(new byte[]{1, 2, 3}, "application/x-" + "y".repeat(300));
        file.setFileName("καταγραφή-" + "z".repeat(600) + ".log");
        report.setContent(new MimeMultipart(text, file));
        report.saveChanges();
        report.setHeader("Message-ID", "<" + "x".repeat(1200) + "@" + f.suffix + ".example.gr>");
        GreenMailUtil.sendMimeMessage(report);

        String number = awaitOnlyTicket().getString("filingNumber");
        JsonObject attachment = f.as(f.agent).get("/tickets/" + number + "/mails").jsonArray().getJsonObject(0)
                .getJsonArray("attachments").getJsonObject(0);
        assertThat(attachment.getString("fileName")).startsWith("καταγραφή-zzz").hasSize(500);
        assertThat(attachment.getBoolean("stored")).isTrue();
    }

    @Test
    void theSameMailDeliveredTwiceMakesOneTicket() throws Exception {
        MimeMessage report = message(f.reporterEmail, "Διπλή παράδοση " + f.suffix, "Το ίδιο μήνυμα δύο φορές.");
        report.saveChanges();
        var mailbox = mail.getUserManager().getUserByEmail(TestMailServer.HELP_DESK);
        mailbox.deliver(report);
        mailbox.deliver(report);

        awaitOnlyTicket();
        await().atMost(PATIENCE).until(() -> Arrays.stream(mail.getReceivedMessagesForDomain("cloud-u.gr"))
                .noneMatch(this::fromThisTest));
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void theSameMessageReachingTheMailboxByTwoRoutesMakesOneTicket() throws Exception {
        MimeMessage report = message(f.reporterEmail, "Δύο διαδρομές " + f.suffix, "Το ίδιο μήνυμα από δύο διακομιστές.");
        report.saveChanges();
        var mailbox = mail.getUserManager().getUserByEmail(TestMailServer.HELP_DESK);
        MimeMessage first = new MimeMessage(report);
        first.addHeader("Received", "from mx1.customer.example.gr by mail.cloud-u.gr; Fri, 27 Nov 2026 09:00:01 +0200");
        MimeMessage second = new MimeMessage(report);
        second.addHeader("Received", "from mx2.customer.example.gr by mail.cloud-u.gr; Fri, 27 Nov 2026 09:00:03 +0200");
        second.addHeader("Delivered-To", "helpdesk-alias@cloud-u.gr");
        mailbox.deliver(first);
        mailbox.deliver(second);

        awaitOnlyTicket();
        await().atMost(PATIENCE).until(() -> Arrays.stream(mail.getReceivedMessagesForDomain("cloud-u.gr"))
                .noneMatch(this::fromThisTest));
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isEqualTo(1);

        // Another message with the same text is another report.
        GreenMailUtil.sendMimeMessage(message(f.reporterEmail, "Δύο διαδρομές " + f.suffix, "Το ίδιο μήνυμα από δύο διακομιστές."));
        await().atMost(PATIENCE).until(() -> f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total") == 2);
    }

    @Test
    void aMailWithoutMessageIdOrBodyIsStillFiled() throws Exception {
        sendRaw("From: " + f.reporterEmail + "\r\nTo: " + TestMailServer.HELP_DESK + "\r\n"
                + "Subject: Without identity " + f.suffix + "\r\n\r\n");

        JsonObject ticket = awaitOnlyTicket();

        assertThat(ticket.getString("subject")).isEqualTo("Without identity " + f.suffix);
        assertThat(ticket.isNull("description")).isTrue();
        assertThat(f.as(f.agent).get("/tickets/" + ticket.getString("filingNumber") + "/mails").jsonArray()).hasSize(1);
    }

    @Test
    void aMailWhoseMimeBoundariesAreBrokenIsStillFiledWithItsText() throws Exception {
        deliverRaw("From: " + f.reporterEmail + "\r\nTo: " + TestMailServer.HELP_DESK + "\r\n"
                + "Subject: Broken boundaries " + f.suffix + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"never-there\"\r\n\r\n"
                + "The trunk card in slot 1-1 is dead.\r\n");

        JsonObject ticket = awaitOnlyTicket();

        assertThat(ticket.getString("subject")).isEqualTo("Broken boundaries " + f.suffix);
        assertThat(ticket.getString("description")).contains("The trunk card in slot 1-1 is dead.");
    }

    @Test
    void aTextWithAnUnknownTransferEncodingIsReadAsItCameAndFiledForItsSender() throws Exception {
        deliverRaw("From: " + f.reporterEmail + "\r\nTo: " + TestMailServer.HELP_DESK + "\r\n"
                + "Subject: Odd encoding " + f.suffix + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8-bit\r\n\r\nTrunk group 4 has no dial tone.\r\n");

        JsonObject ticket = awaitOnlyTicket();

        assertThat(ticket.getString("description")).contains("Trunk group 4 has no dial tone.");
        assertThat(ticket.getJsonObject("reporter").getString("email")).isEqualTo(f.reporterEmail);
    }

    @Test
    void aMailWhoseSenderCannotBeReadWaitsInQuarantine() throws Exception {
        deliverRaw("From: \"Unterminated <" + f.reporterEmail + ">\r\nTo: " + TestMailServer.HELP_DESK + "\r\n"
                + "Subject: Unreadable sender " + f.suffix + "\r\n\r\nNo dial tone " + f.suffix + ".\r\n");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                f.as(f.agent).get("/intake/mails?status=QUARANTINED&size=200").jsonArray().stream().map(m -> m.asJsonObject())
                        .filter(m -> ("Unreadable sender " + f.suffix).equals(m.getString("subject", null))))
                .singleElement().satisfies(m -> assertThat(m.getString("reason")).isEqualTo("no sender address could be read")));
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isZero();
    }

    /** Puts bytes into the help-desk mailbox as they are, past any SMTP client's or server's repairs. */
    private void deliverRaw(String mime) throws Exception {
        MimeMessage parsed = new MimeMessage(session(), new java.io.ByteArrayInputStream(mime.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        mail.getUserManager().getUserByEmail(TestMailServer.HELP_DESK).deliver(parsed);
    }

    /** Hands bytes to the SMTP server exactly as written, without the fixes a mail library would make. */
    private void sendRaw(String mime) throws Exception {
        MimeMessage parsed = new MimeMessage(session(), new java.io.ByteArrayInputStream(mime.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (jakarta.mail.Transport transport = session().getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(parsed, new InternetAddress[]{new InternetAddress(TestMailServer.HELP_DESK)});
        }
    }

    private JsonObject awaitQuarantined(String from) {
        await().atMost(PATIENCE).until(() -> quarantinedFrom(from) != null);
        return quarantinedFrom(from);
    }

    private JsonObject quarantinedFrom(String from) {
        return f.as(f.agent).get("/intake/mails?status=QUARANTINED&size=200").jsonArray().stream()
                .map(m -> m.asJsonObject()).filter(m -> from.equals(m.getString("from", ""))).findFirst().orElse(null);
    }

    private JsonObject awaitOnlyTicket() {
        await().atMost(PATIENCE).until(() -> f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total") > 0);
        JsonObject page = f.as(f.agent).get("/tickets?customer=" + f.customer).json();
        assertThat(page.getInt("total")).isEqualTo(1);
        return f.as(f.agent).get("/tickets/" + page.getJsonArray("items").getJsonObject(0).getString("filingNumber")).json();
    }

    private MimeMessage message(String from, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailServer.HELP_DESK));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new Date());
        return message;
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", System.getProperty("helpdesk.test.smtp-port", "3025"));
        return Session.getInstance(properties);
    }

    private boolean fromThisTest(MimeMessage m) {
        try {
            return m.getFrom() != null && m.getFrom()[0].toString().contains(f.suffix);
        } catch (MessagingException e) {
            return false;
        }
    }

    private MimeMessage received(String to, String subjectPart) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null && m.getAllRecipients()[0].toString().equalsIgnoreCase(to)
                        && m.getSubject() != null && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                return false;
            }
        }).findFirst().orElse(null);
    }
}
