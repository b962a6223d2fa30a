package gr.cloudu.helpdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Customers, contracts and the PBX inventory through the API, as an administrator onboards a customer. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MasterDataApiIT {

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
    void aContractKeepsItsSignatureDateAndTermsPerSeverity() {
        Api.Reply reply = Api.admin().get("/contracts/" + f.contract);

        assertThat(reply.status()).isEqualTo(200);
        JsonObject contract = reply.json();
        assertThat(contract.getString("customer")).isEqualTo(f.customer);
        assertThat(contract.getString("signedOn")).isEqualTo("2026-02-15");
        JsonArray terms = contract.getJsonArray("terms");
        assertThat(terms).hasSize(3);
        JsonObject critical = terms.getJsonObject(0);
        assertThat(critical.getString("severity")).isEqualTo("CRITICAL");
        assertThat(critical.getString("clock")).isEqualTo("ALWAYS");
        assertThat(critical.getJsonNumber("responseHours").doubleValue()).isEqualTo(1.0);
        assertThat(terms.getJsonObject(2).isNull("onSiteHours")).isTrue();
    }

    @Test
    void contractsAreRefusedWithTheFieldNamed() {
        Api admin = Api.admin();
        assertThat(admin.post("/customers/" + f.customer + "/contracts", """
                {"code":"%s","signedOn":"2026-02-15","terms":[{"severity":"MAJOR","clock":"BUSINESS","responseHours":2,"restoreHours":8}]}
                """.formatted(f.contract)).status()).as("duplicate code").isEqualTo(409);

        Api.Reply badDate = admin.post("/customers/" + f.customer + "/contracts", """
                {"code":"X-%s","signedOn":"15/02/2026","terms":[{"severity":"MAJOR","clock":"BUSINESS","responseHours":2,"restoreHours":8}]}
                """.formatted(f.suffix));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().getString("field")).isEqualTo("signedOn");

        Api.Reply twice = admin.post("/customers/" + f.customer + "/contracts", """
                {"code":"Y-%s","signedOn":"2026-02-15","terms":[{"severity":"MAJOR","clock":"BUSINESS","responseHours":2,"restoreHours":8},
                 {"severity":"MAJOR","clock":"ALWAYS","responseHours":1,"restoreHours":4}]}""".formatted(f.suffix));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().getString("error")).isEqualTo("duplicate_term");

        Api.Reply negative = admin.post("/customers/" + f.customer + "/contracts", """
                {"code":"Z-%s","signedOn":"2026-02-15","terms":[{"severity":"MAJOR","clock":"BUSINESS","responseHours":-2,"restoreHours":8}]}
                """.formatted(f.suffix));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getString("field")).isEqualTo("terms.responseHours");

        Api.Reply badClock = admin.post("/customers/" + f.customer + "/contracts", """
                {"code":"W-%s","signedOn":"2026-02-15","terms":[{"severity":"MAJOR","clock":"24x7","responseHours":2,"restoreHours":8}]}
                """.formatted(f.suffix));
        assertThat(badClock.status()).isEqualTo(400);
        assertThat(badClock.json().getString("field")).as(badClock.toString()).isEqualTo("terms.clock");

        assertThat(f.as(f.agent).post("/customers/" + f.customer + "/contracts", "{}").status()).as("agent").isEqualTo(403);
    }

    @Test
    void aMachineShowsItsIdentityCompositionAndSite() {
        JsonObject machine = f.as(f.agent).get("/equipment/" + f.equipment).json();

        assertThat(machine.getString("vendor")).isEqualTo("Unify");
        assertThat(machine.getString("model")).isEqualTo("OpenScape 4000");
        assertThat(machine.getString("softwareRelease")).isEqualTo("V10 R1.34");
        assertThat(machine.getString("site")).isEqualTo("Κεντρικό κτίριο, Αθήνα");
        assertThat(machine.getString("contract")).isEqualTo(f.contract);
        assertThat(machine.getJsonArray("modules")).hasSize(2);
        assertThat(machine.getJsonArray("modules").getJsonObject(1).getString("slot")).isEqualTo("1-2");
    }

    @Test
    void theHistoryListsFaultsAndTheRegistrationNewestFirst() {
        String first = f.as(f.agent).post("/tickets", f.faultReport("first fault")).json().getString("filingNumber");
        String second = f.as(f.agent).post("/tickets", f.faultReport("second fault")).json().getString("filingNumber");

        JsonArray history = f.as(f.agent).get("/equipment/" + f.equipment + "/history").jsonArray();

        assertThat(history).hasSize(3);
        assertThat(history.getJsonObject(0).getString("reference")).isEqualTo(second);
        assertThat(history.getJsonObject(1).getString("reference")).isEqualTo(first);
        assertThat(history.getJsonObject(1).getString("kind")).isEqualTo("FAULT");
        assertThat(history.getJsonObject(2).getString("kind")).isEqualTo("REGISTERED");
    }

    @Test
    void aChangeOfConfigurationIsEnteredInTheHistoryWithWhatChangedAndWhy() {
        String number = f.as(f.agent).post("/tickets", f.faultReport("upgrade needed")).json().getString("filingNumber");
        String site = f.as(f.agent).get("/equipment/" + f.equipment).json().getString("site");
        String change = """
                {"vendor":"Unify","model":"OpenScape 4000","softwareRelease":"V11 R0.8","site":"%s","contract":"%s",
                 "modules":[{"slot":"1-2","partNumber":"S30810-Q2217-X","serial":"LT77"},
                            {"slot":"2-1","partNumber":"S30810-Q2300-X","description":"STMI4 gateway"}],
                 "reason":"Αναβάθμιση λογισμικού και νέα κάρτα IP","filingNumber":"%s"}""";

        // Only master-data staff change a machine, with a reason, for a fault of the same customer.
        assertThat(f.as(f.agent).put("/equipment/" + f.equipment, change.formatted(site, f.contract, number)).status()).isEqualTo(403);
        Api.Reply noReason = f.as(f.manager).put("/equipment/" + f.equipment,
                change.formatted(site, f.contract, number).replace("Αναβάθμιση λογισμικού και νέα κάρτα IP", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("field")).isEqualTo("reason");
        Fixtures other = Fixtures.create();
        String othersFault = other.as(other.agent).post("/tickets", other.faultReport("x")).json().getString("filingNumber");
        Api.Reply foreignFault = f.as(f.manager).put("/equipment/" + f.equipment, change.formatted(site, f.contract, othersFault));
        assertThat(foreignFault.status()).isEqualTo(400);
        assertThat(foreignFault.json().getString("field")).isEqualTo("filingNumber");
        assertThat(f.as(f.manager).put("/equipment/NO-" + f.suffix, change.formatted(site, f.contract, number)).status()).isEqualTo(404);

        JsonObject changed = f.as(f.manager).put("/equipment/" + f.equipment, change.formatted(site, f.contract, number)).json();

        assertThat(changed.getString("softwareRelease")).isEqualTo("V11 R0.8");
        assertThat(changed.getJsonArray("modules").getValuesAs(JsonObject.class)).extracting(m -> m.getString("slot"))
                .containsExactly("1-2", "2-1");
        JsonObject machine = f.as(f.agent).get("/equipment/" + f.equipment).json();
        assertThat(machine.getJsonArray("modules").getJsonObject(0).getString("serial")).isEqualTo("LT77");
        assertThat(machine.getJsonArray("modules").getJsonObject(1).getString("description")).isEqualTo("STMI4 gateway");
        JsonObject entry = f.as(f.agent).get("/equipment/" + f.equipment + "/history").jsonArray().getJsonObject(0);
        assertThat(entry.getString("kind")).isEqualTo("CONFIGURATION_CHANGED");
        assertThat(entry.getString("reference")).isEqualTo(number);
        assertThat(entry.getString("summary")).contains("software release: V10 R1.34 -> V11 R0.8")
                .contains("slot 1-1 removed").contains("slot 1-2: partNumber=S30810-Q2217-X;").contains("-> partNumber=S30810-Q2217-X; serial=LT77")
                .contains("slot 2-1 added: partNumber=S30810-Q2300-X").contains("reason: Αναβάθμιση λογισμικού και νέα κάρτα IP");

        // The same configuration again changes nothing and enters nothing (the filing number in any case).
        f.as(f.manager).put("/equipment/" + f.equipment, change.formatted(site, f.contract, number.toLowerCase()));
        assertThat(f.as(f.agent).get("/equipment/" + f.equipment + "/history").jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(h -> h.getString("kind").equals("CONFIGURATION_CHANGED")).hasSize(1);

        // A machine serviced by a preventive maintenance plan under its contract stays there while the plan runs.
        String amended = "CT2-" + f.suffix;
        assertThat(Api.admin().post("/customers/" + f.customer + "/contracts", """
                {"code":"%s","signedOn":"2026-06-01","terms":[{"severity":"MAJOR","clock":"BUSINESS","responseHours":2,"restoreHours":16}]}
                """.formatted(amended)).status()).isEqualTo(201);
        assertThat(f.as(f.manager).post("/contracts/" + f.contract + "/maintenance-plans", """
                {"equipmentSerial":"%s","everyMonths":6,"firstDue":"%s","checklist":["Έλεγχος τροφοδοσίας"]}
                """.formatted(f.equipment, java.time.LocalDate.now().plusMonths(2))).status()).isEqualTo(201);
        Api.Reply moved = f.as(f.manager).put("/equipment/" + f.equipment, change.formatted(site, amended, number));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.json().getString("error")).isEqualTo("machine_has_maintenance_plans");
        assertThat(moved.json().getString("field")).isEqualTo("contract");
        assertThat(f.as(f.agent).get("/equipment/" + f.equipment).json().getString("contract")).isEqualTo(f.contract);

        // Nor is a machine registered without a contract, whose plan runs under one of its customer's contracts.
        String loose = "LOOSE-" + f.suffix;
        assertThat(Api.admin().post("/customers/" + f.customer + "/equipment", """
                {"serial":"%s","vendor":"Unify","model":"OpenScape Business","site":"%s","modules":[]}""".formatted(loose, site))
                .status()).isEqualTo(201);
        assertThat(f.as(f.manager).post("/contracts/" + f.contract + "/maintenance-plans", """
                {"equipmentSerial":"%s","everyMonths":12,"firstDue":"%s","checklist":["Έλεγχος"]}
                """.formatted(loose, java.time.LocalDate.now().plusMonths(3))).status()).isEqualTo(201);
        Api.Reply looseMoved = f.as(f.manager).put("/equipment/" + loose, """
                {"vendor":"Unify","model":"OpenScape Business","site":"%s","contract":"%s","modules":[],"reason":"Νέα σύμβαση"}
                """.formatted(site, amended));
        assertThat(looseMoved.status()).isEqualTo(409);
        assertThat(looseMoved.json().getString("message")).contains(f.contract);
    }

    @Test
    void aCustomerIsRenamedAndItsPeopleGetTheirMailsInTheLanguageChosen() throws Exception {
        String renamed = "{\"name\":\"Υπουργείο Δοκιμών %s\",\"language\":\"%s\"}";
        assertThat(f.as(f.agent).put("/customers/" + f.customer, renamed.formatted(f.suffix, "en")).status()).isEqualTo(403);
        Api.Reply unsupported = f.as(f.manager).put("/customers/" + f.customer, renamed.formatted(f.suffix, "fr"));
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.json().getString("field")).isEqualTo("language");
        assertThat(f.as(f.manager).put("/customers/NONE-" + f.suffix, renamed.formatted(f.suffix, "en")).status()).isEqualTo(404);

        JsonObject customer = f.as(f.manager).put("/customers/" + f.customer, renamed.formatted(f.suffix, "en")).json();

        assertThat(customer.getString("code")).isEqualTo(f.customer);
        assertThat(customer.getString("name")).isEqualTo("Υπουργείο Δοκιμών " + f.suffix);
        assertThat(customer.getString("language")).isEqualTo("en");
        String number = f.as(f.agent).post("/tickets", f.faultReport("in English please")).json().getString("filingNumber");
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(TestMailServer.get().getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().equals("[" + number + "] Fault report received");
            } catch (MessagingException e) {
                return false;
            }
        }));
    }

    @Test
    void equipmentIsRegisteredOnceAndOnlyUnderTheCustomersOwnContract() {
        Api admin = Api.admin();
        assertThat(admin.post("/customers/" + f.customer + "/equipment", """
                {"serial":"%s","vendor":"Unify","model":"X","site":"A"}""".formatted(f.equipment)).status()).isEqualTo(409);

        Fixtures other = Fixtures.create();
        Api.Reply foreignContract = admin.post("/customers/" + f.customer + "/equipment", """
                {"serial":"N-%s","vendor":"Unify","model":"X","site":"A","contract":"%s"}""".formatted(f.suffix, other.contract));
        assertThat(foreignContract.status()).isEqualTo(400);
        assertThat(foreignContract.json().getString("field")).isEqualTo("contract");

        Api.Reply sameSlot = admin.post("/customers/" + f.customer + "/equipment", """
                {"serial":"M-%s","vendor":"Unify","model":"X","site":"A","modules":[{"slot":"1","partNumber":"P"},{"slot":"1","partNumber":"Q"}]}
                """.formatted(f.suffix));
        assertThat(sameSlot.status()).isEqualTo(400);
        assertThat(sameSlot.json().getString("error")).isEqualTo("duplicate_slot");
    }

    @Test
    void aContactWhoseAuthorisationIsWithdrawnCanNoLongerReport() {
        jakarta.json.JsonObject reporter = Api.admin().get("/customers/" + f.customer).json().getJsonArray("contacts")
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(c -> f.reporterEmail.equals(c.getString("email", null)))
                .findFirst().orElseThrow();
        int id = reporter.getInt("id");
        String withdrawn = """
                {"name":"%s","email":"%s","capacity":"Τεχνικός","unit":"Αποθήκη","authorised":false,"level":"II"}"""
                .formatted(reporter.getString("name"), f.reporterEmail);

        Api.Reply revised = Api.admin().put("/customers/" + f.customer + "/contacts/" + id, withdrawn);

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().getBoolean("authorised")).isFalse();
        assertThat(revised.json().getString("unit")).isEqualTo("Αποθήκη");
        Api.Reply refused = f.as(f.agent).post("/tickets", f.faultReport("Μετά την ανάκληση"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("error")).isEqualTo("unauthorised_reporter");

        Api.Reply taken = Api.admin().put("/customers/" + f.customer + "/contacts/" + id,
                withdrawn.replace(f.reporterEmail, f.unauthorisedEmail));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().getString("error")).isEqualTo("duplicate_contact_email");
        Api.Reply noName = Api.admin().put("/customers/" + f.customer + "/contacts/" + id, "{\"authorised\":true}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().getString("field")).isEqualTo("name");
        Fixtures other = Fixtures.create();
        assertThat(Api.admin().put("/customers/" + other.customer + "/contacts/" + id, withdrawn).status()).isEqualTo(404);
        assertThat(f.as(f.agent).put("/customers/" + f.customer + "/contacts/" + id, withdrawn).status()).isEqualTo(403);
    }

    @Test
    void contactsAndMachinesAreOnboardedFromCsvFiles() {
        String contacts = "\uFEFFname;email;fax;capacity;unit;authorised;level\r\n"
                + "Νίκη Αλεξίου;niki-" + f.suffix + "@customer.example.gr;+30 210 555 0101;Τεχνικός;\"Κτίριο Β; 2ος\";ναι;I\r\n"
                + "\r\n"
                + "Πέτρος Ιωάννου;petros-" + f.suffix + "@customer.example.gr;;Διευθυντής;Διοίκηση;yes;II\r\n";
        Api.Reply imported = Api.admin().post("/customers/" + f.customer + "/contacts/import", "text/csv", contacts);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.jsonArray()).hasSize(2);
        JsonObject niki = imported.jsonArray().getJsonObject(0);
        assertThat(niki.getString("unit")).isEqualTo("Κτίριο Β; 2ος");
        assertThat(niki.getBoolean("authorised")).isTrue();
        assertThat(imported.jsonArray().getJsonObject(1).getString("level")).isEqualTo("II");

        String machines = "serial,vendor,model,softwareRelease,site,contract,modules\n"
                + "CSV-" + f.suffix + ",Alcatel-Lucent,OXE,12.4,Υποκατάστημα Πειραιά," + f.contract
                + ",\"A1|3EH73021|SN1|eZ32 card;A2|3EH73022||IP card\"\n";
        Api.Reply registered = Api.admin().post("/customers/" + f.customer + "/equipment/import", "text/csv", machines);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonObject machine = f.as(f.agent).get("/equipment/CSV-" + f.suffix).json();
        assertThat(machine.getJsonArray("modules")).hasSize(2);
        assertThat(machine.getJsonArray("modules").getJsonObject(1).isNull("serial")).isTrue();
        assertThat(machine.getString("site")).isEqualTo("Υποκατάστημα Πειραιά");
    }

    @Test
    void aCsvFileWithBadRowsIsRefusedWholeWithEveryProblemNamed() {
        String contacts = "name,email,authorised\n"
                + "Καλή Γραμμή,good-" + f.suffix + "@customer.example.gr,yes\n"
                + ",missing-name@customer.example.gr,yes\n"
                + "Κακό E-mail,not-an-address,yes\n";
        Api.Reply refused = Api.admin().post("/customers/" + f.customer + "/contacts/import", "text/csv", contacts);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("error")).isEqualTo("import_refused");
        JsonArray problems = refused.json().getJsonArray("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.getJsonObject(0).getInt("line")).isEqualTo(3);
        assertThat(problems.getJsonObject(0).getString("field")).isEqualTo("name");
        assertThat(problems.getJsonObject(1).getInt("line")).isEqualTo(4);
        assertThat(problems.getJsonObject(1).getString("field")).isEqualTo("email");
        assertThat(Api.admin().get("/customers/" + f.customer).json().getJsonArray("contacts").toString())
                .doesNotContain("good-" + f.suffix);

        Api.Reply noColumn = Api.admin().post("/customers/" + f.customer + "/equipment/import", "text/csv", "serial,vendor\nX,Y\n");
        assertThat(noColumn.status()).isEqualTo(400);
        assertThat(noColumn.json().getString("error")).isEqualTo("csv_missing_column");
    }

    @Test
    void anotherCustomersMachineIsNotFoundAndCannotBeReportedAgainst() {
        Fixtures other = Fixtures.create();

        assertThat(other.as(other.customerUser).get("/equipment/" + f.equipment).status()).isEqualTo(404);
        assertThat(other.as(other.apiUser).get("/equipment/" + f.equipment + "/history").status()).isEqualTo(404);
        assertThat(f.as(f.customerUser).get("/equipment/" + f.equipment).status()).isEqualTo(200);

        Api.Reply wrongMachine = f.as(f.agent).post("/tickets", f.faultReport("x").replace(f.equipment, other.equipment));
        assertThat(wrongMachine.status()).isEqualTo(400);
        assertThat(wrongMachine.json().getString("error")).isEqualTo("unknown_equipment");
        assertThat(wrongMachine.json().getString("field")).isEqualTo("equipmentSerial");
    }
}
