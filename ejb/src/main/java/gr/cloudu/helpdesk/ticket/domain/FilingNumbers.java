package gr.cloudu.helpdesk.ticket.domain;

import java.time.Instant;

/** Issues filing numbers: unique under concurrency, never reused, even after a rollback. */
public interface FilingNumbers {

    FilingNumber next(Instant reportedAt);
}
