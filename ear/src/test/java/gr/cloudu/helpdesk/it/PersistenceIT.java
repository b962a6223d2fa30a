package gr.cloudu.helpdesk.it;

import gr.cloudu.helpdesk.ticket.application.LifecycleAuditService;
import gr.cloudu.helpdesk.ticket.application.LifecycleAuditView;
import gr.cloudu.helpdesk.ticket.infrastructure.LifecycleAuditTimer;
import jakarta.annotation.Resource;
import gr.cloudu.helpdesk.shared.domain.Sha256;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Inside the server: the persistence provider, the migrations and the nightly life-cycle audit. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withTests(PersistenceIT.class, Api.class, Fixtures.class, TestMailServer.class);
    }

    @BeforeAll
    static void mailServer() {
        if (System.getProperty("jboss.home.dir") == null) {
            TestMailServer.get();
        }
    }

    private static final String REWRITE_FIRST_EVENT = "UPDATE ticket_event SET detail = 'reported a week later'"
            + " WHERE seq = 1 AND ticket_id = (SELECT id FROM ticket WHERE filing_number = ?)";

    private static final String MAILS_OF_TICKET = "(SELECT id FROM inbound_mail WHERE ticket_filing_number = ?)";
    private static final String FORGE_ATTACHMENT = "UPDATE mail_attachment SET content = CAST('forged' AS BYTEA)"
            + " WHERE inbound_mail_id IN " + MAILS_OF_TICKET;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource database;

    @Inject
    private LifecycleAuditService audits;

    @Inject
    private LifecycleAuditTimer auditTimer;

    @Test
    void eclipseLinkIsThePersistenceProvider() throws Exception {
        EntityManagerFactory factory = (EntityManagerFactory) new InitialContext().lookup("java:app/helpdesk/EntityManagerFactory");
        EntityManager em = factory.createEntityManager();
        try {
            assertThat(em.getDelegate().getClass().getName()).startsWith("org.eclipse.persistence.internal.jpa.");
            assertThat(factory.getProperties()).containsKey("eclipselink.ddl-generation");
        } finally {
            em.close();
        }
    }

    @Test
    void theSchemaComesFromVersionedMigrations() throws Exception {
        try (Connection c = database.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version = '1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean("success")).isTrue();
        }
    }

    @Test
    void theLifecycleAuditFindsAnEventAlteredInTheDatabase() throws Exception {
        Fixtures f = Fixtures.create();
        String intact = f.as(f.agent).post("/tickets", f.faultReport("left alone")).json().getString("filingNumber");
        String altered = f.as(f.agent).post("/tickets", f.faultReport("tampered with")).json().getString("filingNumber");
        assertThat(f.as(f.agent).get("/tickets/" + altered + "/verification").json().getBoolean("intact")).isTrue();

        try (Connection c = database.getConnection()) {
            if (postgres(c)) {
                // Someone with the database's superuser rights, switching the append-only trigger off.
                c.createStatement().execute("SET session_replication_role = replica");
            }
            try (PreparedStatement update = c.prepareStatement(REWRITE_FIRST_EVENT)) {
                update.setString(1, altered);
                assertThat(update.executeUpdate()).isEqualTo(1);
            } finally {
                if (postgres(c)) {
                    c.createStatement().execute("SET session_replication_role = origin");
                }
            }
        }

        assertThat(f.as(f.agent).get("/tickets/" + altered + "/verification").json().getBoolean("intact")).isFalse();
        Instant night = Instant.parse("2027-01-15T00:30:00Z");
        LifecycleAuditView audit = audits.audit(night);
        assertThat(audit.startedAt()).isEqualTo(night);
        assertThat(audit.brokenFilingNumbers()).contains(altered).doesNotContain(intact);
        assertThat(audit.ticketsChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void postgresqlRefusesToRewriteOrDeleteLifecycleEvents() throws Exception {
        Fixtures f = Fixtures.create();
        String number = f.as(f.agent).post("/tickets", f.faultReport("protected")).json().getString("filingNumber");

        try (Connection c = database.getConnection()) {
            boolean postgres = postgres(c);
            PreparedStatement update = c.prepareStatement(REWRITE_FIRST_EVENT);
            update.setString(1, number);
            PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM ticket_event WHERE ticket_id = (SELECT id FROM ticket WHERE filing_number = ?)");
            delete.setString(1, number);
            if (postgres) {
                assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(delete::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            } else {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
            }
        }
        assertThat(f.as(f.agent).get("/tickets/" + number + "/verification").json().getBoolean("intact")).isTrue();
    }

    @Test
    void theOriginalsOfAMailedReportAreCheckedAgainstTheLifecycleAndKeptAsTheyArrived() throws Exception {
        Fixtures f = Fixtures.create();
        mailReport(f, "Νεκρό το κέντρο " + f.suffix, "alarm log " + f.suffix);
        await().atMost(Duration.ofSeconds(40)).until(() -> f.as(f.agent).get("/tickets?customer=" + f.customer).json().getInt("total") == 1);
        String number = f.as(f.agent).get("/tickets?customer=" + f.customer).json().getJsonArray("items").getJsonObject(0)
                .getString("filingNumber");
        JsonObject verification = f.as(f.agent).get("/tickets/" + number + "/verification").json();
        assertThat(verification.getBoolean("intact")).isTrue();
        assertThat(verification.getInt("files")).isEqualTo(2);
        assertThat(verification.getJsonArray("altered")).isEmpty();
        assertThat(f.as(f.agent).get("/tickets/" + number.toLowerCase() + "/verification").json().getBoolean("intact"))
                .as("the filing number in any case").isTrue();
        String archived = f.as(f.customerUser).get("/tickets/" + number + "/events").body();
        assertThat(archived).contains("MAIL_ARCHIVED").contains("attachment alarms.log: " + ("alarm log " + f.suffix).length() + " bytes, sha256="
                + Sha256.hex(("alarm log " + f.suffix).getBytes(StandardCharsets.UTF_8)));

        try (Connection c = database.getConnection()) {
            boolean postgres = postgres(c);
            if (postgres) {
                for (String rewrite : List.of(FORGE_ATTACHMENT, "DELETE FROM inbound_mail_raw WHERE inbound_mail_id IN " + MAILS_OF_TICKET,
                        "UPDATE inbound_mail SET received_at = received_at - INTERVAL '1 day' WHERE id IN " + MAILS_OF_TICKET,
                        "DELETE FROM inbound_mail WHERE id IN " + MAILS_OF_TICKET)) {
                    try (PreparedStatement refused = c.prepareStatement(rewrite)) {
                        refused.setString(1, number);
                        assertThatThrownBy(refused::executeUpdate).as(rewrite).isInstanceOf(SQLException.class)
                                .hasMessageContaining("kept as they arrived");
                    }
                }
                // What became of the mail is not part of what arrived.
                try (PreparedStatement allowed = c.prepareStatement("UPDATE inbound_mail SET reason = reason WHERE id IN " + MAILS_OF_TICKET)) {
                    allowed.setString(1, number);
                    assertThat(allowed.executeUpdate()).isEqualTo(1);
                }
                // Someone with the database's superuser rights, switching the triggers off.
                c.createStatement().execute("SET session_replication_role = replica");
            }
            try (PreparedStatement forge = c.prepareStatement(FORGE_ATTACHMENT)) {
                forge.setString(1, number);
                assertThat(forge.executeUpdate()).isEqualTo(1);
            } finally {
                if (postgres) {
                    c.createStatement().execute("SET session_replication_role = origin");
                }
            }
        }

        verification = f.as(f.agent).get("/tickets/" + number + "/verification").json();
        assertThat(verification.getBoolean("intact")).isFalse();
        assertThat(verification.getJsonArray("altered").toString()).contains("attachment alarms.log");
        // The nightly check of the whole register finds it too, and the manager reads its outcome.
        Instant night = Instant.parse("2027-02-15T00:30:00Z");
        assertThat(audits.audit(night).brokenFilingNumbers()).contains(number);
        JsonObject latest = f.as(f.manager).get("/lifecycle-audits/latest").json();
        assertThat(latest.getJsonArray("brokenFilingNumbers").toString()).contains(number);
        assertThat(f.as(f.agent).get("/lifecycle-audits/latest").status()).isEqualTo(403);
    }

    @Test
    void theScheduledSweepRecordsItsAudit() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        auditTimer.sweep();

        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement(
                     "SELECT tickets_checked FROM lifecycle_audit WHERE started_at >= ? AND started_at < ?")) {
            query.setObject(1, before.atOffset(java.time.ZoneOffset.UTC));
            query.setObject(2, Instant.now().plusSeconds(60).atOffset(java.time.ZoneOffset.UTC));
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).as("an audit recorded by the sweep").isTrue();
            }
        }
    }

    private static void mailReport(Fixtures f, String subject, String log) throws Exception {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", "localhost");
        settings.put("mail.smtp.port", System.getenv().getOrDefault("HELPDESK_SMTP_PORT", "3025"));
        MimeMessage report = new MimeMessage(Session.getInstance(settings));
        report.setFrom(new InternetAddress(f.reporterEmail));
        report.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMailServer.HELP_DESK));
        report.setSubject(subject, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Δεν βγαίνουν κλήσεις. Συνημμένο το αρχείο συναγερμών.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(log.getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        file.setFileName("alarms.log");
        report.setContent(new MimeMultipart(text, file));
        report.setSentDate(new Date());
        Transport.send(report);
    }

    private static boolean postgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
}
