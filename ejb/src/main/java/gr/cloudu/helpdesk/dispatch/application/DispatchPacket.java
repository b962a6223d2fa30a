package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.customer.application.ContactView;
import gr.cloudu.helpdesk.equipment.application.EquipmentView;
import gr.cloudu.helpdesk.equipment.application.HistoryEntry;
import gr.cloudu.helpdesk.ticket.application.LifecycleEntry;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;

import java.time.Instant;
import java.util.List;

/**
 * Everything an engineer needs to take up a fault (DOMAIN.md §10): the ticket with its deadlines and
 * timeline, the help desk's diagnosis (in the ticket), the machine's identity and composition and its
 * history (past faults, visits, parts), the site and its contacts, the assignments and visits so far.
 */
public record DispatchPacket(TicketDetail ticket, List<LifecycleEntry> lifecycle, EquipmentView equipment,
                             List<HistoryEntry> history, List<ContactView> contacts,
                             List<AssignmentView> assignments, List<VisitView> visits, Instant generatedAt) {
}
