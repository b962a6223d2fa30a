package gr.cloudu.helpdesk.ticket.domain;

/** The deadlines a contract term sets for a fault report (DOMAIN.md §7). */
public enum DeadlineKind {
    /** The help desk's first response. */
    RESPONSE,
    /** An engineer on site, when the fault needs a visit. */
    ON_SITE,
    /** Service restored. */
    RESTORE
}
