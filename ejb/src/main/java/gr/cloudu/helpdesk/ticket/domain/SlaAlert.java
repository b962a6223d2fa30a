package gr.cloudu.helpdesk.ticket.domain;

/**
 * Something the deadline watch found on a ticket that people must hear about: a warning before a deadline,
 * a breach, or the automatic escalation that follows it (to {@code tier}).
 */
public record SlaAlert(Kind kind, DeadlineKind deadline, Tier tier) {

    public enum Kind { WARNING, BREACH, ESCALATION }
}
