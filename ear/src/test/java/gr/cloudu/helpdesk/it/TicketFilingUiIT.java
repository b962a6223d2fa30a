package gr.cloudu.helpdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** An agent logs in, records a fault report received by phone, and finds it in the register. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketFilingUiIT {

    private static final String BASE = System.getProperty("helpdesk.base-url", "http://localhost:8080/helpdesk");

    private WebDriver browser;
    private WebDriverWait wait;
    private Fixtures f;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        TestMailServer.get();
        f = Fixtures.create();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // Headless and offline: without the background-networking flags Chromium keeps calling home.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-GB", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (browser != null) {
            // The last page of every test is kept for whoever has to find out why one failed.
            java.nio.file.Path dir = java.nio.file.Path.of("target", "ui-pages");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(test.getTestMethod().orElseThrow().getName() + ".html"), browser.getPageSource());
            Files.write(dir.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void anAgentFilesAPhoneReportAndSeesItInTheRegister() {
        browser.get(BASE + "/tickets/new.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:customer")));

        choose("intake:customer", "Πελάτης δοκιμής " + f.suffix);
        wait.until(d -> d.findElements(By.cssSelector("#intake\\:reporter_input option")).size() > 1);
        choose("intake:reporter", "Γιώργος Δοκιμαστικός");
        browser.findElement(By.cssSelector("label[for='intake:channel:0']")).click();
        browser.findElement(By.id("intake:equipment")).sendKeys("PBX-" + f.suffix);
        browser.findElement(By.id("intake:subject")).sendKeys("Δεν λειτουργεί η τηλεφωνήτρια");
        browser.findElement(By.id("intake:description")).sendKeys("Αναφορά τηλεφωνικώς από τον κ. Δοκιμαστικό.");
        browser.findElement(By.id("intake:file")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filingNumber")));
        String number = browser.findElement(By.id("filingNumber")).getText();
        assertThat(number).matches("CU-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("subject")).getText()).isEqualTo("Δεν λειτουργεί η τηλεφωνήτρια");
        assertThat(browser.findElement(By.id("reporter")).getText()).contains("Τεχνικός τηλεπικοινωνιών");
        assertThat(browser.getPageSource()).contains("Phone");

        browser.findElement(By.id("nav:menuTickets")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tickets:table")));
        assertThat(browser.findElement(By.id("tickets:table")).getText()).contains(number);

        assertThat(Api.admin().get("/tickets/" + number).json().getString("channel")).isEqualTo("PHONE");
    }

    @Test
    void aMissingSubjectIsShownBesideTheFieldAndNothingIsFiled() {
        browser.get(BASE + "/tickets/new.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:customer")));
        long before = Api.admin().get("/tickets?customer=" + f.customer).json().getInt("total");

        choose("intake:customer", "Πελάτης δοκιμής " + f.suffix);
        wait.until(d -> d.findElements(By.cssSelector("#intake\\:reporter_input option")).size() > 1);
        choose("intake:reporter", "Γιώργος Δοκιμαστικός");
        browser.findElement(By.id("intake:file")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Problem: please fill this in."));
        assertThat(browser.findElement(By.id("intake:subject")).getAttribute("class")).contains("ui-state-error");
        assertThat(Api.admin().get("/tickets?customer=" + f.customer).json().getInt("total")).isEqualTo(before);
    }

    @Test
    void thePagesSpeakGreekOnRequestAndAnUnknownTicketIsNotFound() {
        browser.get(BASE + "/tickets/list.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user:langEl"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Αναγγελίες βλαβών"));
        assertThat(browser.findElement(By.id("nav:menuNewTicket")).getText()).isEqualTo("Αναγγελία βλάβης");

        browser.get(BASE + "/tickets/detail.xhtml?n=CU-1999-999999");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Δεν βρέθηκε");
        assertThat(browser.getPageSource()).doesNotContain("BusinessException").doesNotContain("at gr.cloudu");
    }

    @Test
    void aWrongPasswordIsToldOnTheLoginPage() {
        browser.get(BASE + "/tickets/list.xhtml");
        logIn(f.agent, "wrong-password");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginFailed")));
    }

    private void logIn(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        browser.findElement(By.id("j_username")).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("loginButton")).click();
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label, as a user would. A click that lands
     * while the panel is still opening is lost, so it clicks until the menu shows the choice.
     */
    private void choose(String menuId, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        // Long lists have a filter box, as a user would narrow them.
        browser.findElements(By.id(menuId + "_filter")).stream().filter(WebElement::isDisplayed)
                .forEach(filter -> filter.sendKeys(label));
        By option = By.xpath("//*[@id='" + menuId + "_items']//li[starts-with(@data-label, \"" + label + "\")]");
        wait.until(d -> {
            boolean open = d.findElements(By.id(menuId + "_panel")).stream().anyMatch(WebElement::isDisplayed);
            if (open) {
                d.findElements(option).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
                return false;
            }
            if (d.findElement(By.id(menuId + "_label")).getText().startsWith(label)) {
                return true;
            }
            d.findElement(By.id(menuId)).click();
            return false;
        });
    }
}
