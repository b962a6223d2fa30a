package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.ticket.domain.SlaState;

import java.time.Instant;

/** A visit waiting in someone's approvals inbox, with the fault's standing against its deadlines. */
public record ApprovalRow(VisitView visit, String subject, Severity severity, SlaState slaState, Instant nextDueAt,
                          String waitingFor) {
}
