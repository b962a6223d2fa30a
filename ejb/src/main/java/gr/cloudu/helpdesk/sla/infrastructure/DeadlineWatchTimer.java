package gr.cloudu.helpdesk.sla.infrastructure;

import gr.cloudu.helpdesk.sla.application.SlaSettings;
import gr.cloudu.helpdesk.ticket.application.DeadlineWatch;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due service-level deadlines every few seconds (HELPDESK_SLA_WATCH_SECONDS, default 30), first
 * right after start-up. The deadlines live in the database, so one non-persistent interval timer per
 * server covers any number of tickets (ADR 0009); overlapping looks on one server are skipped.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class DeadlineWatchTimer {

    private static final Logger LOG = Logger.getLogger(DeadlineWatchTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private SlaSettings settings;

    @Inject
    private DeadlineWatch watch;

    @Inject
    private Clock clock;

    private final AtomicBoolean looking = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = settings.watchSeconds() * 1000L;
        timers.createIntervalTimer(1000L, every, new TimerConfig("sla-deadline-watch", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void look() {
        if (!looking.compareAndSet(false, true)) {
            return;
        }
        try {
            int handled = watch.lookAt(clock.instant());
            if (handled > 0) {
                LOG.info(() -> "Deadline watch handled " + handled + " warnings, breaches, escalations and closes");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline watch failed; the next look tries again", e);
        } finally {
            looking.set(false);
        }
    }
}
