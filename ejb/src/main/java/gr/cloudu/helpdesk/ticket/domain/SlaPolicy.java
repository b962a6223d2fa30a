package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.ServiceTime;

import java.time.Duration;

/**
 * How the company counts service levels right now: its business calendar, at what share of a deadline's
 * allowance the owner and the tier's lead are warned, and after how much business time a resolution
 * nobody objected to closes by itself (null: never).
 */
public record SlaPolicy(ServiceTime businessTime, double warningShare, Duration autoCloseAfter) {

    public SlaPolicy {
        if (warningShare <= 0 || warningShare >= 1) {
            throw new IllegalArgumentException("The warning comes before the deadline: " + warningShare);
        }
    }
}
