package gr.cloudu.helpdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator onboards a customer on the pages; an agent checks a machine before acting on a fault. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MasterDataUiIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @Test
    void anAdministratorRegistersACustomerAndItsAuthorisedContact() {
        String code = "UI-" + f.suffix;
        visit("/customers/list.xhtml");
        logIn("admin", Api.ADMIN_PASSWORD);

        type("register:code", code);
        type("register:name", "Δήμος Δοκιμής " + f.suffix);
        browser.findElement(By.id("register:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "(" + code + ")"));
        type("tabs:contact:name", "Ελένη Παπαδάκη");
        type("tabs:contact:capacity", "Προϊσταμένη τηλεπικοινωνιών");
        type("tabs:contact:unit", "Τμήμα Υποδομών");
        type("tabs:contact:email", "e.papadaki@" + f.suffix + ".example.gr");
        browser.findElement(By.cssSelector("label[for='tabs:contact:level:1']")).click();
        browser.findElement(By.id("tabs:contact:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:contacts"), "Ελένη Παπαδάκη"));
        assertThat(text("tabs:contacts")).contains("Προϊσταμένη τηλεπικοινωνιών").contains("Level II");
        assertThat(Api.admin().get("/customers/" + code).json().getJsonArray("contacts").getJsonObject(0).getString("level"))
                .isEqualTo("II");

        // She moves to another unit and may no longer report faults.
        browser.findElement(By.id("tabs:contacts:0:edit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:contact"), "Change the contact"));
        assertThat(browser.findElement(By.id("tabs:contact:email")).getAttribute("value")).isEqualTo("e.papadaki@" + f.suffix + ".example.gr");
        type("tabs:contact:unit", "Τμήμα Προμηθειών");
        browser.findElement(By.cssSelector("#tabs\\:contact\\:authorised .ui-chkbox-box")).click();
        browser.findElement(By.id("tabs:contact:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:contacts"), "Τμήμα Προμηθειών"));
        var revised = Api.admin().get("/customers/" + code).json().getJsonArray("contacts").getJsonObject(0);
        assertThat(revised.getBoolean("authorised")).isFalse();
        assertThat(revised.getString("level")).isEqualTo("II");
        assertThat(Api.admin().get("/customers/" + code).json().getJsonArray("contacts")).hasSize(1);
    }

    @Test
    void anAdministratorGivesACustomerContactAPortalLoginAndLaterDisablesIt() {
        String login = "portal-" + f.suffix;
        visit("/admin/users.xhtml");
        logIn("admin", Api.ADMIN_PASSWORD);

        type("account:username", login);
        type("account:password", "portal-long-password");
        type("account:fullName", "Πύλη Πελάτη");
        browser.findElement(By.cssSelector("label[for='account:roles:5']")).click();
        choose("account:customer", "Πελάτης δοκιμής " + f.suffix);
        click("account:save");
        waitForText("messages", login);
        assertThat(Api.as(login, "portal-long-password").get("/tickets").status()).isEqualTo(200);

        visit("/admin/users.xhtml?user=" + login);
        waitForText("account", login);
        browser.findElement(By.cssSelector("#account\\:enabled .ui-chkbox-box")).click();
        click("account:save");
        waitForText("messages", login);

        assertThat(Api.admin().get("/users/" + login).json().getBoolean("enabled")).isFalse();
        assertThat(Api.as(login, "portal-long-password").get("/tickets").status()).isEqualTo(401);
        assertThat(Api.admin().get("/users/" + login).json().getString("customer")).isEqualTo(f.customer);
    }

    @Test
    void aManagerRegistersAContractWithItsTermsOnTheCustomersPage() {
        String code = "CT2-" + f.suffix;
        visit("/customers/detail.xhtml?code=" + f.customer);
        logIn(f.manager, Fixtures.PASSWORD);
        openTab("contractsTab");

        type("tabs:contract:code", code);
        type("tabs:contract:terms:1:response", "2");
        type("tabs:contract:terms:1:onSite", "8");
        type("tabs:contract:terms:1:restore", "16");
        type("tabs:contract:terms:1:update", "4");
        type("tabs:contract:terms:0:response", "1");
        type("tabs:contract:signedOn_input", "15/03/2026");
        browser.findElement(By.id("tabs:contract:signedOn_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        click("tabs:contract:register");
        // Critical faults half filled in: the contract needs their restore time.
        waitForText("messages", "restore");

        type("tabs:contract:terms:0:restore", "8");
        click("tabs:contract:register");
        waitForText("messages", code);

        var contract = Api.admin().get("/contracts/" + code).json();
        assertThat(contract.getString("signedOn")).isEqualTo("2026-03-15");
        assertThat(contract.getJsonArray("terms").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(t -> t.getString("severity")).containsExactlyInAnyOrder("CRITICAL", "MAJOR");
    }

    @Test
    void aLoginDisabledWhileItsSessionIsOpenIsLoggedOutAtItsNextPage() {
        visit("/tickets/list.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        waitForText("currentUser", f.agent);

        assertThat(Api.admin().put("/users/" + f.agent, "{\"fullName\":\"Gone\",\"roles\":[\"AGENT\"],\"enabled\":false}").status())
                .isEqualTo(200);
        visit("/tickets/list.xhtml");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        assertThat(browser.findElements(By.id("currentUser"))).isEmpty();
    }

    @Test
    void aContactWithABadEmailIsRefusedBesideTheField() {
        visit("/customers/detail.xhtml?code=" + f.customer);
        logIn("admin", Api.ADMIN_PASSWORD);

        type("tabs:contact:name", "Κάποιος");
        type("tabs:contact:email", "not-an-address");
        browser.findElement(By.id("tabs:contact:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:contact"), "is not a valid e-mail address"));
    }

    @Test
    void anAdministratorImportsContactsFromACsvFileAndSeesBadRowsByLine() throws Exception {
        java.nio.file.Path good = java.nio.file.Files.createTempFile("contacts", ".csv");
        java.nio.file.Files.writeString(good, "name;email;capacity;unit;authorised\nΆρης Μαρκου;aris-" + f.suffix
                + "@customer.example.gr;Τεχνικός;Κέντρο;ναι\n");
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("contacts", ".csv");
        java.nio.file.Files.writeString(bad, "name;email\nΧωρίς Διεύθυνση;not-an-address\n");
        visit("/customers/detail.xhtml?code=" + f.customer);
        logIn("admin", Api.ADMIN_PASSWORD);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import input[type=file]"))).sendKeys(bad.toString());
        browser.findElement(By.id("import:importButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:importMessages"), "Line 2:"));
        assertThat(text("import:importMessages")).contains("is not a valid e-mail address");

        browser.findElement(By.cssSelector("#import input[type=file]")).sendKeys(good.toString());
        browser.findElement(By.id("import:importButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:contacts"), "Άρης Μαρκου"));
    }

    @Test
    void anAgentSeesAMachinesCompositionAndHistory() {
        String number = f.as(f.agent).post("/tickets", f.faultReport("Νεκρή κάρτα SLMO")).json().getString("filingNumber");
        visit("/equipment/detail.xhtml?serial=" + f.equipment);
        logIn(f.agent, Fixtures.PASSWORD);

        assertThat(text("model")).isEqualTo("Unify OpenScape 4000");
        assertThat(text("modules")).contains("S30810-Q2216-X").contains("SLMO24 subscriber line module");
        assertThat(text("history")).contains(number).contains("Νεκρή κάρτα SLMO").contains("Registered");
    }

    @Test
    void aManagerRegistersAMachineAndLaterRecordsAChangeOfItsConfiguration() {
        String serial = "UI-PBX-" + f.suffix;
        visit("/customers/detail.xhtml?code=" + f.customer);
        logIn(f.manager, Fixtures.PASSWORD);
        openTab("equipmentTab");

        type("tabs:machine:serial", serial);
        type("tabs:machine:vendor", "Unify");
        type("tabs:machine:model", "OpenScape Business X8");
        type("tabs:machine:softwareRelease", "V3 R2");
        type("tabs:machine:site", "Παράρτημα Πειραιά");
        choose("tabs:machine:contract", f.contract);
        type("tabs:machine:moduleRows:0:slot", "1");
        type("tabs:machine:moduleRows:0:partNumber", "L30251-U600-G616");
        type("tabs:machine:moduleRows:0:moduleSerial", "MB-" + f.suffix);
        click("tabs:machine:addModule");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tabs:machine:moduleRows:1:slot")));
        type("tabs:machine:moduleRows:1:slot", "2");
        type("tabs:machine:moduleRows:1:partNumber", "L30251-U600-A790");
        type("tabs:machine:moduleRows:1:description", "SLAV16N");
        click("tabs:machine:register");
        waitForText("messages", serial);
        var registered = Api.admin().get("/equipment/" + serial).json();
        assertThat(registered.getString("contract")).isEqualTo(f.contract);
        assertThat(registered.getJsonArray("modules")).hasSize(2);

        visit("/equipment/detail.xhtml?serial=" + serial);
        assertThat(browser.findElement(By.id("configuration:softwareRelease")).getAttribute("value")).isEqualTo("V3 R2");
        type("configuration:softwareRelease", "V3 R3");
        click("configuration:moduleRows:0:remove");
        wait.until(ExpectedConditions.attributeToBe(By.id("configuration:moduleRows:0:slot"), "value", "2"));
        click("configuration:save");
        // The reason is asked for, beside its field, and nothing is changed without it.
        waitForText("configuration", "\"reason\"");
        assertThat(Api.admin().get("/equipment/" + serial).json().getString("softwareRelease")).isEqualTo("V3 R2");

        type("configuration:reason", "Αναβάθμιση λογισμικού, αφαίρεση κεντρικής κάρτας");
        click("configuration:save");
        waitForText("messages", serial);
        assertThat(text("history")).contains("Configuration changed").contains("software release: V3 R2 -> V3 R3")
                .contains("slot 1 removed").contains("Αναβάθμιση λογισμικού");
        assertThat(text("modules")).contains("SLAV16N").doesNotContain("L30251-U600-G616");
    }

    @Test
    void aManagerChoosesTheLanguageOfACustomersMails() {
        visit("/customers/detail.xhtml?code=" + f.customer);
        logIn(f.manager, Fixtures.PASSWORD);
        openTab("profileTab");

        type("tabs:profile:customerName", "Περιφέρεια Δοκιμής " + f.suffix);
        browser.findElement(By.cssSelector("label[for='tabs:profile:language:1']")).click();
        click("tabs:profile:save");
        waitForText("messages", f.customer);

        var customer = Api.admin().get("/customers/" + f.customer).json();
        assertThat(customer.getString("language")).isEqualTo("en");
        assertThat(customer.getString("name")).isEqualTo("Περιφέρεια Δοκιμής " + f.suffix);
    }

    @Test
    void aNewPasswordEndsTheSessionsOpenedWithTheOldOneButNotTheOneThatSetIt() {
        visit("/tickets/list.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        waitForText("currentUser", f.agent);

        assertThat(Api.admin().put("/users/" + f.agent + "/password", "{\"password\":\"a-new-long-password\"}").status())
                .isEqualTo(204);
        visit("/tickets/list.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        logIn(f.agent, "a-new-long-password");
        waitForText("currentUser", f.agent);

        // An administrator who sets their own password on the Users page keeps working in that session.
        String admin = "admin-" + f.suffix;
        assertThat(Api.admin().post("/users", """
                {"username":"%s","password":"%s","fullName":"Second administrator","roles":["ADMIN"]}""".formatted(admin, Fixtures.PASSWORD))
                .status()).isEqualTo(201);
        browser.manage().deleteAllCookies();
        visit("/admin/users.xhtml?user=" + admin);
        logIn(admin, Fixtures.PASSWORD);
        waitForText("account", admin);
        type("account:password", "my-own-new-password");
        click("account:save");
        waitForText("messages", admin);
        visit("/tickets/list.xhtml");
        waitForText("currentUser", "Second administrator");
    }
}
