package gr.cloudu.helpdesk.it;

import gr.cloudu.helpdesk.ticket.application.LifecycleAuditService;
import gr.cloudu.helpdesk.ticket.application.LifecycleAuditView;
import gr.cloudu.helpdesk.ticket.infrastructure.LifecycleAuditTimer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inside the server: the persistence provider, the migrations and the nightly life-cycle audit. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withTests(PersistenceIT.class, Api.class, Fixtures.class);
    }

    private static final String REWRITE_FIRST_EVENT = "UPDATE ticket_event SET detail = 'reported a week later'"
            + " WHERE seq = 1 AND ticket_id = (SELECT id FROM ticket WHERE filing_number = ?)";

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

    private static boolean postgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
}
