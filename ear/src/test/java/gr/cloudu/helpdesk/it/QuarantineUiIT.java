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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An agent files a quarantined mail for the authorised contact it was really from. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuarantineUiIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @Test
    void anAgentFilesAQuarantinedMailForAnAuthorisedContact() throws Exception {
        String stranger = "private-" + f.suffix + "@gmail.example.com";
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", System.getProperty("helpdesk.test.smtp-port", "3025"));
        MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
        mail.setFrom(new InternetAddress(stranger));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailServer.HELP_DESK));
        mail.setSubject("Από το προσωπικό μου e-mail: βλάβη " + f.suffix, "UTF-8");
        mail.setText("Το κέντρο δεν δίνει γραμμή.", "UTF-8");
        GreenMailUtil.sendMimeMessage(mail);
        await().atMost(Duration.ofSeconds(40)).until(() -> f.as(f.agent).get("/intake/mails?status=QUARANTINED&size=200")
                .body().contains(stranger));

        visit("/intake/quarantine.xhtml");
        logIn(f.agent, Fixtures.PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//td[normalize-space(.)='" + stranger + "']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decide:customer")));
        choose("decide:customer", "Πελάτης δοκιμής " + f.suffix);
        wait.until(d -> d.findElements(By.cssSelector("#decide\\:contact_input option")).size() > 1);
        choose("decide:contact", "Γιώργος Δοκιμαστικός");
        browser.findElement(By.id("decide:link")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide:messages"), "Mail filed as fault report CU-"));
        assertThat(text("decide:mails")).doesNotContain(stranger);
        assertThat(f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total")).isEqualTo(1);

        String number = f.as(f.agent).get("/tickets?customer=" + f.customer).json().getJsonArray("items")
                .getJsonObject(0).getString("filingNumber");
        visit("/tickets/detail.xhtml?n=" + number);
        String original = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#mails a")))
                .getAttribute("href");
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)));",
                original);
        assertThat(status.toString()).startsWith("200 ").contains("From: private-" + f.suffix);
    }
}
