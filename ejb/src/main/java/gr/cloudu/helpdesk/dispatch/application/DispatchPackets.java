package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.customer.application.ContactView;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.dispatch.domain.Assignment;
import gr.cloudu.helpdesk.dispatch.domain.VisitRequest;
import gr.cloudu.helpdesk.equipment.application.EquipmentQueries;
import gr.cloudu.helpdesk.equipment.domain.Equipment;
import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.ticket.application.LifecycleEntry;
import gr.cloudu.helpdesk.ticket.application.TicketDetail;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Assembles the dispatch packet of a ticket for a reader the caller has already checked (an engineer
 * being notified, or a page or API call that passed {@link DispatchQueries}' scope).
 */
@Stateless
@PermitAll
public class DispatchPackets {

    // The recent past of the machine: enough to see a pattern, small enough to read on site.
    private static final int HISTORY_ENTRIES = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EquipmentQueries equipment;

    public DispatchPacket of(Ticket ticket, CallerScope reader, Instant now) {
        Customer customer = em.find(Customer.class, ticket.customerId());
        Equipment machine = ticket.equipmentSerial() == null ? null : equipment.find(ticket.equipmentSerial())
                .filter(e -> e.customerId().equals(ticket.customerId())).orElse(null);
        List<ContactView> contacts = em.createQuery("SELECT k FROM Contact k WHERE k.customer.id = :customer"
                        + " ORDER BY k.level, k.name", Contact.class)
                .setParameter("customer", ticket.customerId())
                .getResultStream()
                .map(k -> new ContactView(k.id(), k.name(), k.email(), k.fax(), k.phone(), k.capacity(), k.unit(),
                        k.authorised(), k.level()))
                .toList();
        List<AssignmentView> assignments = em.createQuery("SELECT a FROM Assignment a WHERE a.ticketId = :ticket"
                        + " ORDER BY a.assignedAt DESC, a.id DESC", Assignment.class)
                .setParameter("ticket", ticket.id())
                .getResultStream().map(a -> AssignmentView.of(a, ticket.subject())).toList();
        List<VisitView> visits = em.createQuery("SELECT v FROM VisitRequest v WHERE v.ticketId = :ticket"
                        + " ORDER BY v.requestedAt DESC, v.id DESC", VisitRequest.class)
                .setParameter("ticket", ticket.id())
                .getResultStream().map(VisitView::of).toList();
        return new DispatchPacket(TicketDetail.of(ticket, customer.code(), customer.name(), now, reader),
                ticket.events().stream().map(LifecycleEntry::of).toList(),
                machine == null ? null : equipment.view(machine),
                machine == null ? List.of() : equipment.historyOf(machine, HISTORY_ENTRIES),
                contacts, assignments, visits, now);
    }
}
