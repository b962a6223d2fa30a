package gr.cloudu.helpdesk.maintenance.infrastructure;

import gr.cloudu.helpdesk.maintenance.application.MaintenanceService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces the preventive-maintenance visits falling due, every hour (at 7 past): each plan's next occurrence
 * becomes a visit its lead time ahead. Occurrences missed while the server was down are produced at the next run.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
public class MaintenanceTimer {

    private static final Logger LOG = Logger.getLogger(MaintenanceTimer.class.getName());

    @Inject
    private MaintenanceService maintenance;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "preventive-maintenance")
    void produceDueVisits() {
        try {
            int made = maintenance.produceDue(clock.instant().atZone(ZoneId.of("Europe/Athens")).toLocalDate());
            if (made > 0) {
                LOG.info(() -> made + " preventive-maintenance visits produced");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Preventive-maintenance visits not produced; the next run tries again", e);
        }
    }
}
