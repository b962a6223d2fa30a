package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.ServiceTime;

/**
 * How the company counts service levels right now: its business calendar, and at what share of a
 * deadline's allowance the owner and the tier's lead are warned.
 */
public record SlaPolicy(ServiceTime businessTime, double warningShare) {

    public SlaPolicy {
        if (warningShare <= 0 || warningShare >= 1) {
            throw new IllegalArgumentException("The warning comes before the deadline: " + warningShare);
        }
    }
}
