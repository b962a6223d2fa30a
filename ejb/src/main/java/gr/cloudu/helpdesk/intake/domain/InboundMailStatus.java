package gr.cloudu.helpdesk.intake.domain;

/** What became of a mail that reached the help-desk mailbox. Nothing is ever dropped: each has one. */
public enum InboundMailStatus {
    /** It was a new fault report and became a ticket. */
    FILED,
    /** It was about an existing ticket and was added to it as a customer message. */
    APPENDED,
    /** Its sender is not an authorised contact: it waits for an agent to link or reject it. */
    QUARANTINED,
    /** An agent rejected it from quarantine, with a reason the sender was told. */
    REJECTED,
    /** An automatic mail (our own, an auto-reply, a bounce) that must not start a conversation. */
    IGNORED
}
