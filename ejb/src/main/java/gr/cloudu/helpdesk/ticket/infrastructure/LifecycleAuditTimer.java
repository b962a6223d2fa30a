package gr.cloudu.helpdesk.ticket.infrastructure;

import gr.cloudu.helpdesk.ticket.application.LifecycleAuditService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Every night the whole register's life-cycles are re-verified. Not persistent: a night missed while the
 * server was down needs no catching up, the next sweep checks everything again.
 */
@Singleton
@PermitAll
public class LifecycleAuditTimer {

    @Inject
    private LifecycleAuditService audits;

    @Inject
    private Clock clock;

    @Schedule(hour = "2", minute = "30", timezone = "Europe/Athens", persistent = false, info = "lifecycle-audit")
    public void sweep() {
        audits.audit(clock.instant());
    }
}
