package gr.cloudu.helpdesk.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema to the version this build expects, at deploy time and before anything else of the
 * application touches the database: every other start-up bean depends on this one, and the deployment
 * (with its HTTP endpoints) is not up until it has finished. Flyway locks its history table, so two
 * servers starting together migrate once.
 *
 * <p>Demo data is a second, separate migration history ({@code db/demo}) applied only when
 * {@code helpdesk.demo-data} is true, which only the README's run command sets.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "helpdesk.demo-data", defaultValue = "false")
    private boolean demoData;

    @PostConstruct
    void migrate() {
        migrate("Schema", flyway("db/migration", "flyway_schema_history")
                .javaMigrations(new RefuseLifecycleRewrites(), new RefuseEvidenceRewrites()).load());
        if (demoData) {
            migrate("Demo data", flyway("db/demo", "flyway_demo_history").load());
        }
    }

    private static void migrate(String what, Flyway flyway) {
        MigrateResult result = flyway.migrate();
        LOG.info(() -> what + " at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    private FluentConfiguration flyway(String location, String historyTable) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
