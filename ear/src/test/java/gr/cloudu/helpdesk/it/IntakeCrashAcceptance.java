package gr.cloudu.helpdesk.it;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 3's acceptance: the server is killed with {@code kill -9} in the middle of ingesting 2,000 mails and
 * started again; in the end there are exactly 2,000 tickets, one per mail. Runs after the Arquillian suite in
 * its own failsafe execution, because it starts and kills the provisioned server itself.
 */
class IntakeCrashAcceptance {

    private static final int MAILS = Integer.getInteger("helpdesk.test.crash-mails", 2000);
    private static final Path HOME = Path.of(System.getProperty("jboss.home"));
    private static final Path DEPLOYED = HOME.resolve("standalone/deployments/helpdesk.ear");

    private Process server;

    @Test
    void killingTheServerInTheMiddleOfIngestingLosesNothingAndFilesNothingTwice() throws Exception {
        GreenMail mail = TestMailServer.get();
        Files.copy(Path.of(System.getProperty("helpdesk.ear")), DEPLOYED, StandardCopyOption.REPLACE_EXISTING);
        server = start();
        Fixtures f = Fixtures.create();
        GreenMailUser mailbox = mail.getUserManager().getUserByEmail(TestMailServer.HELP_DESK);
        Session session = Session.getInstance(new Properties());
        for (int i = 1; i <= MAILS; i++) {
            MimeMessage report = new MimeMessage(session);
            report.setFrom(new InternetAddress(f.reporterEmail));
            report.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailServer.HELP_DESK));
            report.setSubject("Crash fault " + f.suffix + " #" + i, "UTF-8");
            report.setText("Βλάβη αριθμός " + i + " του ελέγχου ανάκαμψης.", "UTF-8");
            mailbox.deliver(report);
        }

        await("a part of the mails is filed").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> filed(f) >= MAILS / 5);
        long beforeKill = filed(f);
        kill(server);
        assertThat(beforeKill).as("killed in the middle").isLessThan(MAILS);

        server = start();
        await("all mails filed after the restart").atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2))
                .until(() -> filed(f) >= MAILS && mail.getReceivedMessagesForDomain("cloud-u.gr").length == 0);
        Thread.sleep(3000);

        assertThat(filed(f)).isEqualTo(MAILS);
        Set<String> subjects = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (int page = 0; page * 200 < MAILS; page++) {
            for (JsonObject row : f.as(f.agent).get("/tickets?customer=" + f.customer + "&size=200&page=" + page).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (!subjects.add(row.getString("subject"))) {
                    duplicates.add(row.getString("subject"));
                }
            }
        }
        assertThat(duplicates).isEmpty();
        assertThat(subjects).hasSize(MAILS).contains("Crash fault " + f.suffix + " #1", "Crash fault " + f.suffix + " #" + MAILS);
        System.out.printf("Crash acceptance: killed after %d of %d mails were filed; %d tickets in the end%n", beforeKill, MAILS,
                filed(f));
    }

    @AfterEach
    void stopAndUndeploy() throws Exception {
        if (server != null && server.isAlive()) {
            Process shutdown = new ProcessBuilder(HOME.resolve("bin/jboss-cli.sh").toString(), "--connect", "--command=:shutdown")
                    .inheritIO().start();
            shutdown.waitFor();
            server.waitFor();
        }
        try (Stream<Path> markers = Files.list(DEPLOYED.getParent())) {
            for (Path p : markers.filter(p -> p.getFileName().toString().startsWith("helpdesk.ear")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long filed(Fixtures f) {
        return f.as(f.agent).get("/tickets?customer=" + f.customer + "&size=1").json().getJsonNumber("total").longValue();
    }

    /** Starts the provisioned server with the build's settings and waits until the application answers. */
    private static Process start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(HOME.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
                "-Djboss.server.data.dir=" + System.getProperty("test.server.data"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(System.getProperty("test.server.data") + ".crash.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Duser.language=en -Djava.net.preferIPv4Stack=true");
        Process process = builder.start();
        await("the application is up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> Api.anonymous().get("/health").status() == 200);
        return process;
    }

    /** {@code kill -9} of the server's JVM (the child of the start script): no shutdown of any kind. */
    private static void kill(Process script) throws InterruptedException {
        List<ProcessHandle> jvms = script.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java")).toList();
        assertThat(jvms).as("the server's JVM").isNotEmpty();
        for (ProcessHandle jvm : jvms) {
            jvm.destroyForcibly();
            jvm.onExit().join();
        }
        script.waitFor();
    }
}
