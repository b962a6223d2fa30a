package gr.cloudu.helpdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The REST API of the filing register, black-box, as customers' systems and staff tools call it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketApiIT {

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

    @Test
    void healthAnswersUpWithoutCredentials() {
        Api.Reply health = Api.anonymous().get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
    }

    @Test
    void filesAFaultReportWithFilingNumberReceiptTimeAndReporterCapacity() {
        Instant before = Instant.now().minusSeconds(1);

        Api.Reply filed = f.as(f.agent).post("/tickets", f.faultReport("Νεκρές εξωτερικές γραμμές"));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        JsonObject ticket = filed.json();
        String number = ticket.getString("filingNumber");
        assertThat(number).matches("CU-\\d{4}-\\d{6}");
        assertThat(filed.header("Location")).endsWith("/api/v1/tickets/" + number);
        assertThat(OffsetDateTime.parse(ticket.getString("reportedAt")).toInstant()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(ticket.getString("channel")).isEqualTo("API");
        assertThat(ticket.getString("customer")).isEqualTo(f.customer);
        assertThat(ticket.getJsonObject("reporter").getString("capacity")).isEqualTo("Τεχνικός τηλεπικοινωνιών");
        assertThat(ticket.getJsonObject("reporter").getString("unit")).isEqualTo("Τεχνική Υπηρεσία");
        assertThat(ticket.getString("subject")).isEqualTo("Νεκρές εξωτερικές γραμμές");
        assertThat(ticket.getString("status")).isEqualTo("FILED");
        assertThat(ticket.getString("tier")).isEqualTo("HELP_DESK");

        Api.Reply read = f.as(f.agent).get("/tickets/" + number);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("reportedAt")).isEqualTo(ticket.getString("reportedAt"));
    }

    @Test
    void filingNumbersAreUniqueAndIncreasing() {
        String first = f.as(f.agent).post("/tickets", f.faultReport("first")).json().getString("filingNumber");
        String second = f.as(f.agent).post("/tickets", f.faultReport("second")).json().getString("filingNumber");

        assertThat(second).isNotEqualTo(first);
        assertThat(serial(second)).isGreaterThan(serial(first));
    }

    @Test
    void reportsSentAtTheSameMomentAreEachFiledOrRefusedOnTheirOwn() throws Exception {
        // Reports arriving together are written in one transaction: a bad one must not take the others with it, each
        // sender must get their own ticket back, filed in their own name. More senders than the server has request
        // threads (32 on two cores), so every thread of the server is filing at once.
        int good = 40;
        int bad = 8;
        CyclicBarrier together = new CyclicBarrier(good + bad);
        ExecutorService senders = Executors.newFixedThreadPool(good + bad);
        List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < good + bad; i++) {
            String report = i < good ? f.faultReport("Together " + i)
                    : f.faultReport("Unknown machine " + i).replace(f.equipment, "NO-SUCH-PBX");
            String sender = i % 2 == 0 ? f.apiUser : f.agent;
            replies.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return f.as(sender).post("/tickets", report);
            }, senders));
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < good + bad; i++) {
            Api.Reply reply = replies.get(i).get(120, TimeUnit.SECONDS);
            if (i < good) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                String number = reply.json().getString("filingNumber");
                numbers.add(number);
                assertThat(reply.json().getString("subject")).isEqualTo("Together " + i);
                JsonObject stored = f.as(f.agent).get("/tickets/" + number).json();
                assertThat(stored.getString("subject")).isEqualTo("Together " + i);
                assertThat(stored.getString("reportedAt")).isEqualTo(reply.json().getString("reportedAt"));
                JsonObject filed = f.as(f.agent).get("/tickets/" + number + "/events").jsonArray().getJsonObject(0);
                assertThat(filed.getString("type")).isEqualTo("FILED");
                assertThat(filed.getString("actor")).isEqualTo(i % 2 == 0 ? f.apiUser : f.agent);
                assertThat(filed.getString("actorCapacity")).isEqualTo(i % 2 == 0 ? "API" : "AGENT");
            } else {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
                assertThat(reply.json().getString("error")).isEqualTo("unknown_equipment");
                assertThat(reply.json().getString("field")).isEqualTo("equipmentSerial");
            }
        }
        senders.shutdown();
        assertThat(numbers).hasSize(good);
        JsonArray filed = f.as(f.agent).get("/tickets?customer=" + f.customer + "&size=200").json().getJsonArray("items");
        assertThat(filed.getValuesAs(JsonObject.class)).noneMatch(t -> t.getString("subject").startsWith("Unknown machine"));
    }

    @Test
    void theReporterGetsAReceiptMailAndItIsEnteredInTheLifecycle() throws Exception {
        String number = f.as(f.apiUser).post("/tickets", f.faultReport("Receipt wanted")).json().getString("filingNumber");

        await().atMost(Duration.ofSeconds(30)).until(() -> receiptFor(number) != null);
        MimeMessage receipt = receiptFor(number);
        assertThat(receipt.getAllRecipients()[0].toString()).isEqualTo(f.reporterEmail);
        assertThat(receipt.getFrom()).extracting(Object::toString).containsExactly(TestMailServer.HELP_DESK);
        assertThat(receipt.getContent().toString()).contains(number).contains("Receipt wanted").contains("Αριθμός αρχειοθέτησης");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonArray events = f.as(f.agent).get("/tickets/" + number + "/events").jsonArray();
            // Filed, its service-level clock started, and the receipt went out once.
            assertThat(events).hasSize(3);
            assertThat(events.getJsonObject(0).getString("type")).isEqualTo("FILED");
            assertThat(events.getJsonObject(1).getString("type")).isEqualTo("SLA_STARTED");
            assertThat(events.getJsonObject(2).getString("type")).isEqualTo("RECEIPT_SENT");
            assertThat(events.getJsonObject(2).getInt("seq")).isEqualTo(3);
            assertThat(events.getJsonObject(2).getString("actorCapacity")).isEqualTo("SYSTEM");
        });
        JsonObject verification = f.as(f.agent).get("/tickets/" + number + "/verification").json();
        assertThat(verification.getBoolean("intact")).isTrue();
        assertThat(verification.getInt("events")).isEqualTo(3);
    }

    @Test
    void aCustomerUserFilesAsThemselvesThroughTheirOwnOrganisation() {
        Api.Reply filed = f.as(f.customerUser).post("/tickets",
                "{\"severity\":\"MINOR\",\"subject\":\"Ένα εσωτερικό δεν χτυπάει\"}");

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().getString("customer")).isEqualTo(f.customer);
        assertThat(filed.json().getJsonObject("reporter").getString("email")).isEqualTo(f.reporterEmail);
    }

    @Test
    void theApiIsPublishedAsOpenApi() throws Exception {
        java.net.http.HttpResponse<String> document = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE.replace("/helpdesk/api/v1", "/openapi?format=JSON")))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("Cloud-U Help Desk API")
                .contains("/helpdesk/api/v1/tickets/{filingNumber}/transitions")
                .contains("/helpdesk/api/v1/contracts/{code}/sla-preview")
                .contains("/helpdesk/api/v1/calendar");
    }

    @Test
    void noCredentialsAnswer401WithABasicChallenge() {
        Api.Reply reply = Api.anonymous().post("/tickets", f.faultReport("anonymous"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.json().getString("error")).isEqualTo("unauthenticated");
    }

    @Test
    void aWrongPasswordAnswers401EvenRightAfterTheRightOneWasAccepted() {
        assertThat(f.as(f.agent).get("/tickets").status()).isEqualTo(200);

        Api.Reply reply = Api.as(f.agent, "not-the-password").get("/tickets");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void malformedJsonAnswers400WithAJsonErrorBody() {
        Api.Reply reply = f.as(f.agent).post("/tickets", "{\"customer\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("error")).isEqualTo("malformed_json");
        assertThat(reply.json().getString("message")).isNotBlank();
    }

    @Test
    void aValueOfTheWrongTypeAnswers400NamingItsField() {
        String number = f.as(f.agent).post("/tickets", f.faultReport("wrong types")).json().getString("filingNumber");

        // "yes" is not true: read as false, it would have withdrawn the contact's authorisation.
        Api.Reply notABoolean = Api.admin().post("/customers/" + f.customer + "/contacts",
                "{\"name\":\"Νέα επαφή\",\"email\":\"new-" + f.suffix + "@customer.example.gr\",\"authorised\":\"yes\"}");
        Api.Reply notANumber = f.as(f.agent).post("/tickets/" + number + "/transitions", "{\"action\":\"ACKNOWLEDGE\",\"version\":\"two\"}");
        Api.Reply nested = Api.admin().post("/customers/" + f.customer + "/contracts", "{\"code\":\"N-" + f.suffix
                + "\",\"signedOn\":\"2026-01-01\",\"terms\":[{\"severity\":\"MAJOR\",\"clock\":\"BUSINESS\",\"responseHours\":\"two\"}]}");

        assertThat(notABoolean.status()).isEqualTo(400);
        assertThat(notABoolean.json().getString("error")).isEqualTo("malformed_json");
        assertThat(notABoolean.json().getString("field")).isEqualTo("authorised");
        assertThat(notABoolean.json().getString("message")).contains("authorised");
        assertThat(notANumber.json().getString("field")).isEqualTo("version");
        assertThat(nested.json().getString("field")).isEqualTo("terms.responseHours");
        assertThat(f.as(f.agent).post("/tickets/" + number + "/notes", "{\"text\":\"x\",\"forCustomer\":true}").status()).isEqualTo(200);
    }

    @Test
    void aQueryParameterThatIsNotANumberAnswers400NamingIt() {
        Api.Reply reply = f.as(f.agent).get("/tickets?page=abc");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("field")).isEqualTo("page");
        assertThat(f.as(f.agent).get("/tickets/CU-2026-999999").status()).isEqualTo(404);
        assertThat(f.as(f.agent).get("/no-such-address").status()).isEqualTo(404);
    }

    @Test
    void aMissingSubjectAnswers400NamingTheField() {
        Api.Reply reply = f.as(f.agent).post("/tickets", """
                {"customer":"%s","reporterEmail":"%s","severity":"MAJOR"}""".formatted(f.customer, f.reporterEmail));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("error")).isEqualTo("required");
        assertThat(reply.json().getString("field")).isEqualTo("subject");
    }

    @Test
    void anUnknownSeverityAnswers400NamingTheField() {
        Api.Reply reply = f.as(f.agent).post("/tickets", f.faultReport("x").replace("MAJOR", "APOCALYPTIC"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("field")).isEqualTo("severity");
    }

    @Test
    void aReporterWhoIsNotAuthorisedIsRefused() {
        Api.Reply reply = f.as(f.agent).post("/tickets", f.faultReport("x").replace(f.reporterEmail, f.unauthorisedEmail));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("error")).isEqualTo("unauthorised_reporter");
        assertThat(reply.json().getString("field")).isEqualTo("reporterEmail");
    }

    @Test
    void aBodyThatIsNotJsonAnswers415() {
        Api.Reply reply = f.as(f.agent).post("/tickets", "text/plain", "the PBX is down");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.json().getString("error")).isEqualTo("unsupported_media_type");
    }

    @Test
    void aBodyOverTheLimitAnswers413WhetherItsLengthIsDeclaredOrNot() {
        String huge = f.faultReport("x").replace("\"subject\"", "\"padding\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"subject\"");

        Api.Reply declared = f.as(f.agent).post("/tickets", huge);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.json().getString("error")).isEqualTo("too_large");
        Api.Reply streamed = f.as(f.agent).postStreamed("/tickets", "application/json", huge.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(streamed.json().getString("error")).isEqualTo("too_large");
        Api.Reply csv = Api.admin().postStreamed("/customers/" + f.customer + "/equipment/import", "text/csv",
                ("serial,vendor,model\n" + "X,Unify,OpenScape\n".repeat(200_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv.status()).isEqualTo(413);
        assertThat(csv.json().getString("error")).isEqualTo("too_large");

        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isZero();
        assertThat(f.as(f.agent).post("/tickets", f.faultReport("Μετά το μεγάλο αίτημα")).status()).isEqualTo(201);
    }

    @Test
    void anEngineerMayNotFileAndGets403() {
        Api.Reply reply = f.as(f.engineer).post("/tickets", f.faultReport("x"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().getString("error")).isEqualTo("forbidden");
    }

    @Test
    void anotherCustomersTicketIsNotFound() {
        String number = f.as(f.agent).post("/tickets", f.faultReport("Private")).json().getString("filingNumber");
        Fixtures other = Fixtures.create();

        assertThat(other.as(other.customerUser).get("/tickets/" + number).status()).isEqualTo(404);
        assertThat(other.as(other.apiUser).get("/tickets/" + number + "/events").status()).isEqualTo(404);
        assertThat(other.as(other.apiUser).post("/tickets", f.faultReport("Not mine")).status()).isEqualTo(400);
        assertThat(other.as(other.customerUser).get("/tickets?customer=" + f.customer).json().getInt("total")).isZero();
    }

    @Test
    void theListIsNewestFirstAndPaged() {
        for (int i = 1; i <= 3; i++) {
            assertThat(f.as(f.agent).post("/tickets", f.faultReport("list " + i)).status()).isEqualTo(201);
        }

        JsonObject page = f.as(f.agent).get("/tickets?customer=" + f.customer + "&severity=MAJOR&size=2&page=0").json();

        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("subject")).isEqualTo("list 3");
        JsonObject second = f.as(f.agent).get("/tickets?customer=" + f.customer + "&size=2&page=1").json();
        assertThat(second.getJsonArray("items")).hasSize(1);
        assertThat(second.getJsonArray("items").getJsonObject(0).getString("subject")).isEqualTo("list 1");
    }

    @Test
    void anUnknownFilingNumberIsNotFound() {
        Api.Reply reply = f.as(f.agent).get("/tickets/CU-1999-999999");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().getString("error")).isEqualTo("ticket_not_found");
    }

    @Test
    void usersNeedALongEnoughPasswordAndNeverShowIt() {
        Api.Reply tooShort = Api.admin().post("/users", """
                {"username":"short-%s","password":"123","fullName":"Short","roles":["AGENT"]}""".formatted(f.suffix));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().getString("field")).isEqualTo("password");

        Api.Reply user = Api.admin().get("/users/" + f.agent);
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.body()).doesNotContain("password").doesNotContain(Fixtures.PASSWORD);

        Api.Reply unbound = Api.admin().post("/users", """
                {"username":"nocust-%s","password":"long-enough-pw","fullName":"X","roles":["CUSTOMER"]}""".formatted(f.suffix));
        assertThat(unbound.status()).isEqualTo(400);
        assertThat(unbound.json().getString("field")).isEqualTo("customer");
    }

    @Test
    void anAdministratorChangesALoginDisablesItAndSetsItsPassword() {
        String name = "temp-" + f.suffix;
        assertThat(Api.admin().post("/users", """
                {"username":"%s","password":"first-long-password","fullName":"Temp","roles":["AGENT"]}""".formatted(name))
                .status()).isEqualTo(201);
        assertThat(Api.as(name, "first-long-password").get("/tickets").status()).isEqualTo(200);
        assertThat(Api.admin().get("/users").jsonArray().getValuesAs(JsonObject.class)).extracting(u -> u.getString("username"))
                .contains(name, f.agent);
        assertThat(f.as(f.agent).get("/users").status()).isEqualTo(403);

        Api.Reply disabled = Api.admin().put("/users/" + name, """
                {"fullName":"Temp Worker","email":"temp@cloud-u.gr","roles":["AGENT","SUPERVISOR"],"enabled":false}""");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("AGENT", "SUPERVISOR");
        assertThat(Api.as(name, "first-long-password").get("/tickets").status()).isEqualTo(401);

        assertThat(Api.admin().put("/users/" + name, """
                {"fullName":"Temp Worker","roles":["AGENT"],"enabled":true}""").status()).isEqualTo(200);
        Api.Reply shortOne = Api.admin().put("/users/" + name + "/password", "{\"password\":\"short\"}");
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.json().getString("field")).isEqualTo("password");
        assertThat(Api.admin().put("/users/" + name + "/password", "{\"password\":\"second-long-password\"}").status()).isEqualTo(204);
        assertThat(Api.as(name, "first-long-password").get("/tickets").status()).isEqualTo(401);
        assertThat(Api.as(name, "second-long-password").get("/tickets").status()).isEqualTo(200);

        Api.Reply customerRoleWithoutCustomer = Api.admin().put("/users/" + name, "{\"fullName\":\"X\",\"roles\":[\"API\"]}");
        assertThat(customerRoleWithoutCustomer.status()).isEqualTo(400);
        assertThat(customerRoleWithoutCustomer.json().getString("field")).isEqualTo("customer");
        Api.Reply ownLogin = Api.admin().put("/users/admin", "{\"fullName\":\"Administrator\",\"roles\":[\"ADMIN\"],\"enabled\":false}");
        assertThat(ownLogin.status()).isEqualTo(409);
        assertThat(ownLogin.json().getString("error")).isEqualTo("own_admin_login");
        assertThat(Api.admin().put("/users/nobody-" + f.suffix, "{\"fullName\":\"X\",\"roles\":[\"AGENT\"]}").status()).isEqualTo(404);
    }

    private MimeMessage receiptFor(String number) throws Exception {
        return Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains("[" + number + "]");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst().orElse(null);
    }

    private static long serial(String filingNumber) {
        return Long.parseLong(filingNumber.substring(filingNumber.lastIndexOf('-') + 1));
    }
}
