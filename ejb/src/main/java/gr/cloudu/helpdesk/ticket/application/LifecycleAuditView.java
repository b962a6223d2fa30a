package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.ticket.domain.LifecycleAudit;

import java.time.Instant;
import java.util.List;

/** The outcome of one life-cycle audit. */
public record LifecycleAuditView(Instant startedAt, long ticketsChecked, List<String> brokenFilingNumbers) {

    static LifecycleAuditView of(LifecycleAudit a) {
        return new LifecycleAuditView(a.startedAt(), a.ticketsChecked(), a.brokenFilingNumbers());
    }
}
