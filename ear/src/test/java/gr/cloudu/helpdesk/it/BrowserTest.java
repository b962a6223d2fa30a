package gr.cloudu.helpdesk.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every browser test needs: headless Chromium from the Debian packages, a fresh set of master data,
 * logging in, picking from PrimeFaces menus, and the last page of each test kept under
 * {@code target/ui-pages} for whoever has to find out why one failed.
 */
abstract class BrowserTest {

    static final String BASE = System.getProperty("helpdesk.base-url", "http://localhost:8080/helpdesk");

    WebDriver browser;
    WebDriverWait wait;
    Fixtures f;

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
        // A click on something still moving (a panel opening, a list scrolling or being filtered) is tried again.
        wait.ignoring(org.openqa.selenium.ElementNotInteractableException.class);
        // Chromium answers an element lookup made while the page is being replaced ("Node with given id does not belong
        // to the document") with a plain WebDriverException: the condition is asked again, until the wait runs out.
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            Path dir = Path.of("target", "ui-pages");
            Files.createDirectories(dir);
            String name = getClass().getSimpleName() + "." + test.getTestMethod().orElseThrow().getName();
            Files.writeString(dir.resolve(name + ".html"), browser.getPageSource());
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    void visit(String path) {
        browser.get(BASE + path);
    }

    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        // A date picker's masked input keeps its old value through clear(): select it so the typing replaces it.
        String left = field.getAttribute("value");
        if (left != null && !left.isEmpty()) {
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        }
        field.sendKeys(text);
    }

    String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    /** Logs the current user out and another in, on the page they go to. */
    void logOutAndIn(String path, String user) {
        browser.findElement(By.id("user:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        visit(path);
        logIn(user, Fixtures.PASSWORD);
    }

    /** Opens a tab of a PrimeFaces tab view once the page that has it is there (right after logging in, it may not be yet). */
    void openTab(String tabId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(@href, '" + tabId + "')]"))).click();
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    void logIn(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        browser.findElement(By.id("j_username")).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("loginButton")).click();
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label, as a user would, and waits until the form
     * holds it. A click that lands while the panel is still opening is lost, and PrimeFaces closes the panel
     * (taking the choice back) when the page scrolls under it, so the menu is first brought to the middle of the
     * window and it clicks until the menu's own select holds the choice.
     */
    void choose(String menuId, String label) {
        WebElement menu = wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId)));
        if (chosen(menuId).startsWith(label)) {
            return;
        }
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
        menu.click();
        // Long lists have a filter box, as a user would narrow them.
        browser.findElements(By.id(menuId + "_filter")).stream().filter(WebElement::isDisplayed)
                .forEach(filter -> filter.sendKeys(label));
        By option = By.xpath("//*[@id='" + menuId + "_items']//li[starts-with(@data-label, \"" + label + "\")]");
        wait.until(d -> {
            if (chosen(menuId).startsWith(label)) {
                return true;
            }
            boolean open = d.findElements(By.id(menuId + "_panel")).stream().anyMatch(WebElement::isDisplayed);
            if (open) {
                // In a long list the option may lie outside the panel's own scrolled view; only the panel scrolls.
                d.findElements(option).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(item -> {
                    script.executeScript("arguments[0].scrollIntoView({block: 'nearest'})", item);
                    item.click();
                });
            } else {
                d.findElement(By.id(menuId)).click();
            }
            return false;
        });
    }

    /** The label of what the menu's hidden select holds: what the form will send. */
    private String chosen(String menuId) {
        WebElement selected = new Select(browser.findElement(By.id(menuId + "_input"))).getFirstSelectedOption();
        return selected.getDomProperty("textContent").strip();
    }
}
