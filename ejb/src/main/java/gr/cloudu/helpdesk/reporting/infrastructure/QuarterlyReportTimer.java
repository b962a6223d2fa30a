package gr.cloudu.helpdesk.reporting.infrastructure;

import gr.cloudu.helpdesk.reporting.application.DueReport;
import gr.cloudu.helpdesk.reporting.application.QuarterlyReportService;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, produces the reports of the quarters that have ended and have none, and sends the latest
 * quarter's report that could not reach the customer before, once they have a Level II contact (ADR 0011). Finding
 * nothing to do is two small queries, so the minute costs nothing; looking that often means a report is ready
 * minutes after midnight on the quarter's last day, and a server that was down catches up as soon as it is
 * back. Each report is produced in its own transaction: one that fails is tried again next minute and does
 * not hold up the others.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class QuarterlyReportTimer {

    private static final Logger LOG = Logger.getLogger(QuarterlyReportTimer.class.getName());

    @Inject
    private QuarterlyReportService reports;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", persistent = false, info = "quarterly-reports")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void produceDueReports() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            List<DueReport> due = reports.due(now.atZone(ContractQuarter.ZONE).toLocalDate());
            for (DueReport report : due) {
                try {
                    reports.produce(report.contract(), report.quarter(), report.latest(), now)
                            .ifPresent(r -> LOG.info(() -> "Quarterly report produced: " + r.contract() + " quarter " + r.quarter()
                                    + (r.mailedTo() == null ? "" : ", sent to " + r.mailedTo())));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Quarterly report of " + report.contract() + " quarter " + report.quarter()
                            + " not produced; the next run tries again", e);
                }
            }
            // A report produced while the customer had no Level II contact goes out once they have one.
            for (DueReport report : reports.unsent(now.atZone(ContractQuarter.ZONE).toLocalDate())) {
                try {
                    reports.sendUnsent(report.contract(), report.quarter())
                            .ifPresent(r -> LOG.info(() -> "Quarterly report sent: " + r.contract() + " quarter " + r.quarter()
                                    + " to " + r.mailedTo()));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Quarterly report of " + report.contract() + " quarter " + report.quarter()
                            + " not sent; the next run tries again", e);
                }
            }
        } finally {
            running.set(false);
        }
    }
}
