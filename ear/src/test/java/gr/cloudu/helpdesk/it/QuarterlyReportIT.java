package gr.cloudu.helpdesk.it;

import gr.cloudu.helpdesk.reporting.application.DueReport;
import gr.cloudu.helpdesk.reporting.application.QuarterlyReportService;
import gr.cloudu.helpdesk.reporting.application.ReportView;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The quarterly Guaranteed Services report (issue 6) in the running server. Inside the server, a quarter is
 * produced as if its end had come (the service takes the moment), and its numbers are checked against the
 * tickets behind it, recomputed here from nothing but the public API; the PDF opens and shows them, the CSV
 * loads, the Level II contact gets both by mail, producing twice makes one report. From outside, the
 * scheduled run produces a contract's ended quarters on its own and sends only the latest.
 */
@ExtendWith(ArquillianExtension.class)
class QuarterlyReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withTests(QuarterlyReportIT.class, Api.class, Fixtures.class, TestMailServer.class, Mailbox.class, Pdf.class);
    }

    @Inject
    private QuarterlyReportService reports;

    @BeforeAll
    static void mailServer() {
        // The mail server runs beside the tests, not inside the application server the in-container methods run in.
        if (System.getProperty("jboss.home.dir") == null) {
            TestMailServer.get();
        }
    }

    @Test
    void aQuarterlyReportsNumbersMatchTheTicketsBehindItAndItReachesTheLevelTwoContact() throws Exception {
        Fixtures f = Fixtures.create();
        String levelTwo = "tsm-" + f.suffix + "@customer.example.gr";
        assertThat(Api.admin().post("/customers/" + f.customer + "/contacts", """
                {"name":"Διευθυντής Τηλεπικοινωνιών","email":"%s","capacity":"Telecommunications Services Manager",
                 "unit":"Διεύθυνση","authorised":true,"level":"II"}""".formatted(levelTwo)).status()).isEqualTo(201);
        // Three faults: one answered and restored at once (its on-site deadline waived), one nobody touches,
        // one taken up but never restored.
        String answered = file(f, "MAJOR", "PHONE");
        transition(f, answered, "ACKNOWLEDGE", null);
        transition(f, answered, "RESOLVE", "Επανεκκίνηση κάρτας");
        String untouched = file(f, "CRITICAL", null);
        String started = file(f, "MINOR", null);
        transition(f, started, "START", null);

        // The dashboard counts the quarter so far by the same rules: nothing is late yet.
        JsonObject standing = f.as(f.manager).get("/compliance").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("contract").equals(f.contract)).findFirst().orElseThrow();
        assertThat(standing.getInt("faults")).isEqualTo(3);
        assertThat(standing.getInt("met")).isEqualTo(3);
        assertThat(standing.getInt("breached")).isZero();
        assertThat(standing.getInt("running")).isEqualTo(4);
        assertThat(standing.getInt("open")).isEqualTo(2);
        assertThat(standing.getInt("percentMet")).isEqualTo(100);
        assertThat(f.as(f.customerUser).get("/compliance").status()).isEqualTo(403);
        List<JsonObject> levels = f.as(f.agent).get("/contracts/" + f.contract + "/communication-levels").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(levels).extracting(l -> l.getString("level")).containsExactly("I", "II");
        assertThat(levels.get(0).getJsonArray("customer").getJsonObject(0).getString("email")).isEqualTo(f.reporterEmail);
        assertThat(levels.get(0).getString("companyName")).isEqualTo("Cloud-U Help Desk");
        assertThat(levels.get(1).getJsonArray("customer").getJsonObject(0).getString("email")).isEqualTo(levelTwo);

        ContractQuarter quarter = ContractQuarter.containing(LocalDate.of(2026, 2, 15), LocalDate.now(ContractQuarter.ZONE));
        Instant afterTheEnd = quarter.end().plusSeconds(3600);
        ReportView report = reports.produce(f.contract, quarter.number(), true, afterTheEnd).orElseThrow();
        assertThat(reports.produce(f.contract, quarter.number(), true, afterTheEnd)).isEmpty();
        assertThat(report.tickets()).isEqualTo(3);
        assertThat(report.mailedTo()).isEqualTo(levelTwo);

        // The same figures, from the tickets' deadlines and life-cycles as the API shows them.
        Map<String, Map<String, String>> expected = new HashMap<>();
        for (String number : List.of(answered, untouched, started)) {
            expected.put(number, outcomes(f, number, quarter.end()));
        }
        long met = expected.values().stream().flatMap(m -> m.values().stream()).filter("MET"::equals).count();
        long breached = expected.values().stream().flatMap(m -> m.values().stream()).filter("BREACHED"::equals).count();
        long running = expected.values().stream().flatMap(m -> m.values().stream()).filter("PENDING"::equals).count();
        assertThat(met).isEqualTo(3);
        // Missed by the end of the quarter, unless the quarter ends within days of today (then some still run).
        assertThat(breached + running).isEqualTo(4);
        assertThat(expected.get(answered)).containsEntry("ON_SITE", "WAIVED");

        List<JsonObject> listed = f.as(f.manager).get("/contracts/" + f.contract + "/reports").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getInt("quarter") == quarter.number()).toList();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).getString("from")).isEqualTo(quarter.from().toString());
        assertThat(listed.get(0).getString("to")).isEqualTo(quarter.to().toString());
        assertThat(listed.get(0).getString("sha256")).isEqualTo(report.sha256());
        assertThat(OffsetDateTime.parse(listed.get(0).getString("generatedAt")).toInstant()).isEqualTo(report.generatedAt());

        HttpResponse<byte[]> pdf = f.as(f.manager).download("/contracts/" + f.contract + "/reports/" + quarter.number() + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(sha256(pdf.body())).isEqualTo(report.sha256());
        String text = Pdf.text(pdf.body());
        // The faults behind a missed deadline or still open are named; the one settled in time is only counted.
        assertThat(text).contains("Έκθεση Εγγυημένων Υπηρεσιών", f.contract, untouched, started,
                met + " / " + (met + breached), (int) Math.floor(100.0 * met / (met + breached)) + "%");
        // The rest of the summary and the tables, in the customer's language: one fault of each severity, one by
        // phone, none escalated, two still open; both charts are drawn.
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).containsPattern("Βλάβες ανοικτές στο τέλος του τριμήνου ?2 ").containsPattern("Κλιμακώσεις ?0 ")
                .containsPattern("Κρίσιμη ?1 ").containsPattern("Σοβαρή ?1 ").containsPattern("Μικρή ?1 ").containsPattern("Τηλέφωνο ?1 ")
                .contains("Βλάβες ανά σοβαρότητα", "Τήρηση χρόνων ανά μήνα", "Σε εξέλιξη").doesNotContain("IN_PROGRESS");

        // The customer's own people read it; the CSV has one row per fault with the outcomes computed above.
        HttpResponse<byte[]> csv = f.as(f.customerUser).download("/contracts/" + f.contract + "/reports/" + quarter.number() + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = Arrays.asList(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertThat(lines).hasSize(4);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String number = cells[header.indexOf("filing_number")];
            assertThat(expected).containsKey(number);
            for (String kind : List.of("response", "on_site", "restore")) {
                String outcome = cells[header.indexOf(kind + "_outcome")];
                assertThat(outcome.isEmpty() ? null : outcome).as(number + " " + kind)
                        .isEqualTo(expected.get(number).get(kind.toUpperCase()));
            }
        }

        await().atMost(Duration.ofSeconds(40)).until(() -> Mailbox.first(levelTwo, "Έκθεση Εγγυημένων Υπηρεσιών " + f.contract,
                        m -> attachmentNames(m[0]))
                .filter(names -> names.contains("report-" + f.contract + "-Q" + quarter.number() + ".pdf")
                        && names.contains("report-" + f.contract + "-Q" + quarter.number() + ".csv")).isPresent());
    }

    @Test
    void onlyEndedQuartersAreProducedAgainAndOnlyByManagersAndOtherCustomersSeeNothing() {
        Fixtures f = Fixtures.create();
        Fixtures other = Fixtures.create();
        ContractQuarter running = ContractQuarter.containing(LocalDate.of(2026, 2, 15), LocalDate.now(ContractQuarter.ZONE));

        Api.Reply notEnded = f.as(f.manager).post("/contracts/" + f.contract + "/reports/" + running.number(), "");
        assertThat(notEnded.status()).isEqualTo(409);
        assertThat(notEnded.json().getString("error")).isEqualTo("quarter_not_ended");
        assertThat(f.as(f.manager).post("/contracts/" + f.contract + "/reports/1?lang=fr", "").status()).isEqualTo(400);
        assertThat(f.as(f.customerUser).post("/contracts/" + f.contract + "/reports/1", "").status()).isEqualTo(403);

        Api.Reply english = f.as(f.manager).post("/contracts/" + f.contract + "/reports/1?lang=en", "");
        assertThat(english.status()).as(english.toString()).isEqualTo(201);
        int version = english.json().getInt("version");
        Api.Reply again = f.as(f.manager).post("/contracts/" + f.contract + "/reports/1", "");
        assertThat(again.json().getInt("version")).isEqualTo(version + 1);
        assertThat(again.json().getString("language")).isEqualTo("el");
        List<Integer> versions = f.as(f.customerUser).get("/contracts/" + f.contract + "/reports").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("quarter") == 1).map(r -> r.getInt("version")).toList();
        assertThat(versions).startsWith(version + 1, version);
        // The customer's people see the reports, not which member of staff produced them nor the internal addresses.
        assertThat(f.as(f.customerUser).get("/contracts/" + f.contract + "/reports").jsonArray().getValuesAs(JsonObject.class))
                .allSatisfy(r -> {
                    assertThat(r.get("generatedBy") == null || r.isNull("generatedBy")).as(r.toString()).isTrue();
                    assertThat(r.get("mailedTo") == null || r.isNull("mailedTo")).as(r.toString()).isTrue();
                });
        assertThat(f.as(f.manager).get("/contracts/" + f.contract + "/reports").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getString("generatedBy")).isEqualTo(f.manager));
        String older = Pdf.text(f.as(f.manager).download("/contracts/" + f.contract + "/reports/1.pdf?version=" + version).body());
        assertThat(older).contains("Guaranteed Services report", "version " + version);

        assertThat(other.as(other.customerUser).get("/contracts/" + f.contract + "/reports").status()).isEqualTo(404);
        assertThat(other.as(other.apiUser).download("/contracts/" + f.contract + "/reports/1.pdf").statusCode()).isEqualTo(404);
        assertThat(f.as(f.manager).download("/contracts/" + f.contract + "/reports/" + (running.number() + 5) + ".pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    @RunAsClient
    void theScheduledRunProducesEveryEndedQuarterOnceAndSendsTheLatestToLevelTwo() throws Exception {
        Fixtures f = Fixtures.create();
        // A customer of its own whose contract is registered last, so the run finds its Level II contact already there.
        String contract = "RPT-C-" + f.suffix;
        String levelTwo = "tsm2-" + f.suffix + "@customer.example.gr";
        customerWithLevelTwo("RPT-" + f.suffix, contract, levelTwo);
        List<ContractQuarter> ended = ContractQuarter.endedBy(LocalDate.of(2026, 2, 15), LocalDate.now(ContractQuarter.ZONE));

        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).until(() ->
                f.as(f.manager).get("/contracts/" + contract + "/reports").jsonArray().size() == ended.size());
        List<JsonObject> produced = f.as(f.manager).get("/contracts/" + contract + "/reports").jsonArray().getValuesAs(JsonObject.class);
        assertThat(produced).extracting(r -> r.getInt("quarter"))
                .containsExactlyElementsOf(ended.stream().map(ContractQuarter::number).sorted((a, b) -> b - a).toList());
        assertThat(produced).allSatisfy(r -> {
            assertThat(r.getInt("version")).isEqualTo(1);
            assertThat(r.getString("generatedBy")).isEqualTo("system");
        });
        assertThat(produced.get(0).getString("mailedTo")).isEqualTo(levelTwo);
        assertThat(produced.subList(1, produced.size())).allSatisfy(r -> assertThat(r.isNull("mailedTo")).isTrue());

        int latest = ended.get(ended.size() - 1).number();
        await().atMost(Duration.ofSeconds(40)).until(() -> DispatchApiIT.mailTo(levelTwo, contract) != null);
        var mail = DispatchApiIT.mailTo(levelTwo, contract);
        assertThat(mail.getSubject()).contains("τρίμηνο " + latest);
        byte[] attached = DispatchApiIT.attachment(mail, "application/pdf");
        assertThat(sha256(attached)).isEqualTo(produced.get(0).getString("sha256"));
        assertThat(mailsTo(levelTwo)).isEqualTo(1);
    }

    @Test
    @RunAsClient
    void aLatestQuarterAManagerProducesBeforeTheScheduledRunReachesLevelTwoOnce() throws Exception {
        Fixtures f = Fixtures.create();
        String contract = "RPM-C-" + f.suffix;
        String levelTwo = "tsm3-" + f.suffix + "@customer.example.gr";
        customerWithLevelTwo("RPM-" + f.suffix, contract, levelTwo);
        List<ContractQuarter> ended = ContractQuarter.endedBy(LocalDate.of(2026, 2, 15), LocalDate.now(ContractQuarter.ZONE));
        int latest = ended.get(ended.size() - 1).number();

        // Whoever comes first, the manager or the scheduled run, the first version is the one the customer is sent.
        Api.Reply made = f.as(f.manager).post("/contracts/" + contract + "/reports/" + latest, "");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(40)).until(() -> DispatchApiIT.mailTo(levelTwo, contract) != null);
        JsonObject first = f.as(f.manager).get("/contracts/" + contract + "/reports").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("quarter") == latest && r.getInt("version") == 1).findFirst().orElseThrow();
        assertThat(first.getString("mailedTo")).isEqualTo(levelTwo);
        assertThat(sha256(DispatchApiIT.attachment(DispatchApiIT.mailTo(levelTwo, contract), "application/pdf")))
                .isEqualTo(first.getString("sha256"));
        // A later version is archived, not sent again.
        Api.Reply again = f.as(f.manager).post("/contracts/" + contract + "/reports/" + latest, "");
        assertThat(again.json().getInt("version")).isGreaterThan(1);
        assertThat(again.json().isNull("mailedTo")).isTrue();
        Thread.sleep(3000);
        assertThat(mailsTo(levelTwo)).isEqualTo(1);
    }

    @Test
    void aReportTheCustomerCouldNotReceiveGoesOutOnceTheyHaveALevelTwoContactAndAManagerCanSendItAgain() throws Exception {
        Fixtures f = Fixtures.create();
        String customer = "RPN-" + f.suffix;
        String contract = "RPN-C-" + f.suffix;
        String levelTwo = "tsm4-" + f.suffix + "@customer.example.gr";
        // Registered without a Level II contact: the report is produced, and there is nobody to send it to. (The
        // server's own run may produce or send it first; either way it is produced and sent once.)
        customerWithLevelTwo(customer, contract, null);
        LocalDate today = LocalDate.now(ContractQuarter.ZONE);
        List<ContractQuarter> ended = ContractQuarter.endedBy(LocalDate.of(2026, 2, 15), today);
        int latest = ended.get(ended.size() - 1).number();
        reports.produce(contract, latest, true, Instant.now());
        String reportsOf = "/contracts/" + contract + "/reports";
        assertThat(f.as(f.manager).get(reportsOf).jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getInt("quarter") == latest).singleElement().satisfies(r -> assertThat(r.isNull("mailedTo")).isTrue());
        assertThat(reports.unsent(today)).extracting(DueReport::contract).doesNotContain(contract);
        Api.Reply nobody = f.as(f.manager).post(reportsOf + "/" + latest + "/mail", "");
        assertThat(nobody.status()).isEqualTo(409);
        assertThat(nobody.json().getString("error")).isEqualTo("no_level_two_contact");
        assertThat(f.as(f.agent).post(reportsOf + "/" + latest + "/mail", "").status()).isEqualTo(403);
        Api.Reply badVersion = f.as(f.manager).get(reportsOf + "/" + latest + ".pdf?version=abc");
        assertThat(badVersion.status()).isEqualTo(400);
        assertThat(badVersion.json().getString("field")).isEqualTo("version");

        // The customer names their Telecommunications Services Manager: the run's next look sends the latest report,
        // once, however often it looks.
        assertThat(Api.admin().post("/customers/" + customer + "/contacts", levelTwoContact(levelTwo)).status()).isEqualTo(201);
        List<DueReport> waiting = reports.unsent(today);
        for (DueReport due : waiting) {
            if (due.contract().equals(contract)) {
                reports.sendUnsent(due.contract(), due.quarter());
            }
        }
        assertThat(reports.sendUnsent(contract, latest)).isEmpty();
        assertThat(reports.unsent(today)).extracting(DueReport::contract).doesNotContain(contract);
        await().atMost(Duration.ofSeconds(40)).until(() -> Mailbox.read(levelTwo, m -> m.length).orElse(0) == 1);
        JsonObject sent = f.as(f.manager).get(reportsOf).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("quarter") == latest).findFirst().orElseThrow();
        assertThat(sent.getString("mailedTo")).isEqualTo(levelTwo);
        assertThat(Mailbox.read(levelTwo, m -> sha256(pdfAttached(m[0])))).hasValue(sent.getString("sha256"));

        // A manager sends it again (the contact lost it).
        Api.Reply again = f.as(f.manager).post(reportsOf + "/" + latest + "/mail", "");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(40)).until(() -> Mailbox.read(levelTwo, m -> m.length).orElse(0) == 2);
    }

    private static String levelTwoContact(String email) {
        return """
                {"name":"Υπεύθυνη Τηλεπικοινωνιών","email":"%s","capacity":"TSM","unit":"ΔΤΥ","authorised":false,"level":"II"}
                """.formatted(email);
    }

    private static void customerWithLevelTwo(String customer, String contract, String levelTwo) {
        assertThat(Api.admin().post("/customers", "{\"code\":\"" + customer + "\",\"name\":\"Πελάτης αναφορών\"}").status()).isEqualTo(201);
        if (levelTwo != null) {
            assertThat(Api.admin().post("/customers/" + customer + "/contacts", levelTwoContact(levelTwo)).status()).isEqualTo(201);
        }
        assertThat(Api.admin().post("/customers/" + customer + "/contracts", """
                {"code":"%s","signedOn":"2026-02-15","terms":[{"severity":"MAJOR","clock":"BUSINESS","responseHours":2,"restoreHours":16}]}
                """.formatted(contract)).status()).isEqualTo(201);
    }

    private static long mailsTo(String address) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                return false;
            }
        }).count();
    }

    private static String file(Fixtures f, String severity, String channel) {
        Api.Reply reply = f.as(f.agent).post("/tickets", """
                {"customer":"%s","reporterEmail":"%s","equipmentSerial":"%s","severity":"%s",%s
                 "subject":"Βλάβη %s","description":"Δοκιμή τριμηνιαίας αναφοράς."}
                """.formatted(f.customer, f.reporterEmail, f.equipment, severity,
                channel == null ? "" : "\"channel\":\"" + channel + "\",", severity));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("filingNumber");
    }

    private static void transition(Fixtures f, String number, String action, String comment) {
        Api.Reply reply = f.as(f.agent).post("/tickets/" + number + "/transitions",
                "{\"action\":\"" + action + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /**
     * How each deadline of a ticket stands at {@code end}, from the ticket's deadlines and its life-cycle only: met
     * if a DEADLINE_MET entry names it, waived if the fault was restored before anyone had to go on site, otherwise
     * missed once its time has passed.
     */
    private static Map<String, String> outcomes(Fixtures f, String number, Instant end) {
        JsonObject sla = f.as(f.agent).get("/tickets/" + number).json().getJsonObject("sla");
        List<JsonObject> events = f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getValuesAs(JsonObject.class);
        boolean resolved = events.stream().anyMatch(e -> e.getString("type").equals("RESOLVED"));
        Map<String, String> outcomes = new HashMap<>();
        for (String kind : List.of("RESPONSE", "ON_SITE", "RESTORE")) {
            String field = switch (kind) {
                case "RESPONSE" -> "responseDueAt";
                case "ON_SITE" -> "onSiteDueAt";
                default -> "restoreDueAt";
            };
            if (sla.isNull(field)) {
                continue;
            }
            Instant due = OffsetDateTime.parse(sla.getString(field)).toInstant();
            boolean met = events.stream().anyMatch(e -> e.getString("type").equals("DEADLINE_MET")
                    && e.getString("detail").startsWith(kind + " deadline"));
            outcomes.put(kind, met ? "MET" : kind.equals("ON_SITE") && resolved ? "WAIVED" : due.isBefore(end) ? "BREACHED" : "PENDING");
        }
        return outcomes;
    }

    private static byte[] pdfAttached(Message message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("application/pdf")) {
                return parts.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static List<String> attachmentNames(Message message) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).getFileName() != null) {
                    names.add(parts.getBodyPart(i).getFileName());
                }
            }
        }
        return names;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
