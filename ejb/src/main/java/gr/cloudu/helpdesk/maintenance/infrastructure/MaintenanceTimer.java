package gr.cloudu.helpdesk.maintenance.infrastructure;

import gr.cloudu.helpdesk.maintenance.application.MaintenanceService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces the preventive-maintenance visits falling due, every hour (at 7 past): each plan's next occurrence
 * becomes a visit its lead time ahead. Occurrences missed while the server was down are produced at the next run.
 * Each plan in its own transaction: one that fails is tried again at the next run and does not hold up the others.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MaintenanceTimer {

    private static final Logger LOG = Logger.getLogger(MaintenanceTimer.class.getName());

    @Inject
    private MaintenanceService maintenance;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "preventive-maintenance")
    void produceDueVisits() {
        try {
            int made = produceDue(clock.instant().atZone(ZoneId.of("Europe/Athens")).toLocalDate());
            if (made > 0) {
                LOG.info(() -> made + " preventive-maintenance visits produced");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Preventive-maintenance plans not read; the next run tries again", e);
        }
    }

    /** The run for {@code today}: every plan due; answers how many visits it made. */
    public int produceDue(LocalDate today) {
        int made = 0;
        for (Long plan : maintenance.duePlans(today)) {
            try {
                made += maintenance.produceDue(plan, today);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Visits of preventive-maintenance plan " + plan + " not produced; the next run tries again", e);
            }
        }
        return made;
    }
}
