package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.notification.application.CustomerUpdateMail;
import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.security.domain.UserAccount;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Severity;
import gr.cloudu.helpdesk.sla.application.CalendarChanged;
import gr.cloudu.helpdesk.sla.application.SlaPolicies;
import gr.cloudu.helpdesk.ticket.domain.Diagnosis;
import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import gr.cloudu.helpdesk.ticket.domain.SlaPolicy;
import gr.cloudu.helpdesk.ticket.domain.SlaTerms;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import gr.cloudu.helpdesk.ticket.domain.TicketAction;
import gr.cloudu.helpdesk.ticket.domain.TicketStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Works tickets through their life-cycle: the state-machine actions, severity changes, and recounting the
 * deadlines when the company calendar changes. One call is one transaction on the locked ticket; a change
 * made on a stale screen (its version no longer current) is refused with 409, never a lost update.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
public class TicketLifecycleService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CallerScopes callers;

    @Inject
    private SlaPolicies policies;

    @Inject
    private CustomerQueries customers;

    @Inject
    private CustomerUpdateMail customerMail;

    // Observed inside this transaction by dispatch: the engineer's notice is queued with the assignment or not at all.
    @Inject
    private Event<TicketHolderChanged> holders;

    public TicketDetail transition(String filingNumber, Transition request) {
        CallerScope caller = callers.current();
        Ticket ticket = visible(filingNumber, caller);
        if (!caller.staff() && !request.action().customerMay()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "action_not_for_customers", null, request.action());
        }
        expectVersion(ticket, request.expectedVersion());
        if (request.assignee() != null && !request.assignee().isBlank()
                && (request.action() == TicketAction.ASSIGN || request.action() == TicketAction.ESCALATE)) {
            requireStaffUser(request.assignee().strip());
        }
        Instant now = clock.instant();
        ticket.apply(request.action(), request.comment(), request.assignee(), request.tier(), now, Actors.of(caller),
                policies.current());
        // The status changes the customer must hear about (DOMAIN.md §9) go to them with the help desk's comment.
        if (request.action() == TicketAction.ESCALATE || request.action() == TicketAction.RESOLVE) {
            tellCustomer(ticket, request.action() == TicketAction.ESCALATE ? CustomerUpdateMail.Kind.ESCALATED
                    : CustomerUpdateMail.Kind.RESOLVED, request.comment(), now, caller);
        }
        switch (request.action()) {
            case ASSIGN, ESCALATE -> holders.fire(new TicketHolderChanged(ticket.id(), ticket.filingNumber().value(),
                    ticket.assignee(), caller.username(), request.comment(), now, false));
            case RESOLVE, CLOSE -> holders.fire(new TicketHolderChanged(ticket.id(), ticket.filingNumber().value(),
                    ticket.assignee(), caller.username(), request.comment(), now, true));
            default -> {
            }
        }
        return detail(ticket, now, caller);
    }

    /**
     * A note on the fault; {@code forCustomer}: it is what the customer hears at the next update the contract
     * asks for (sent by itself when that falls due). Staff only.
     */
    @RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
    public TicketDetail addNote(String filingNumber, String text, boolean forCustomer) {
        CallerScope caller = callers.current();
        Ticket ticket = visible(filingNumber, caller);
        Instant now = clock.instant();
        ticket.addNote(text, forCustomer, now, Actors.of(caller));
        return detail(ticket, now, caller);
    }

    /**
     * Sends the customer an update on the fault now (mail to the reporter, threaded by the filing number): it is
     * recorded in the life-cycle as the proof they were informed, and the next update falls due a full period
     * later. Staff only; 409 {@code no_customer_address} when nobody at the customer has an e-mail address.
     */
    @RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
    public TicketDetail informCustomer(String filingNumber, String message) {
        CallerScope caller = callers.current();
        Ticket ticket = visible(filingNumber, caller);
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw BusinessException.invalid("message", "required", "message");
        }
        if (text.length() > 4000) {
            throw BusinessException.invalid("message", "too_long", "message", 4000);
        }
        if (!ticket.status().open()) {
            throw BusinessException.conflict("illegal_transition", "UPDATE", ticket.status());
        }
        Instant now = clock.instant();
        if (!tellCustomer(ticket, CustomerUpdateMail.Kind.UPDATE, text, now, caller)) {
            throw BusinessException.conflict("no_customer_address", filingNumber);
        }
        return detail(ticket, now, caller);
    }

    private boolean tellCustomer(Ticket ticket, CustomerUpdateMail.Kind kind, String message, Instant now, CallerScope caller) {
        Set<String> to = customerMail.send(ticket, kind, message);
        if (to.isEmpty()) {
            return false;
        }
        ticket.customerInformed(kind.name(), String.join(", ", to), message == null ? "" : message, now, Actors.of(caller),
                policies.current());
        return true;
    }

    /**
     * Records the help desk's diagnosis (symptom, suspected module, checks, result) after checking the
     * machine's identity, composition and history. Staff only.
     */
    @RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
    public TicketDetail diagnose(String filingNumber, String symptom, String module, String checks, String result,
                                 Long expectedVersion) {
        CallerScope caller = callers.current();
        Ticket ticket = visible(filingNumber, caller);
        expectVersion(ticket, expectedVersion);
        Instant now = clock.instant();
        ticket.diagnose(new Diagnosis(symptom, module, checks, result), now, Actors.of(caller));
        return detail(ticket, now, caller);
    }

    /**
     * Re-rates the fault: its deadlines are recomputed under the contract term of the new severity (or
     * stop, if the contract has none for it). Help-desk staff only.
     */
    @RolesAllowed({"ADMIN", "AGENT", "ENGINEER", "SUPERVISOR", "MANAGER"})
    public TicketDetail changeSeverity(String filingNumber, Severity severity, String reason, Long expectedVersion) {
        if (severity == null) {
            throw BusinessException.invalid("severity", "required", "severity");
        }
        CallerScope caller = callers.current();
        Ticket ticket = visible(filingNumber, caller);
        expectVersion(ticket, expectedVersion);
        SlaTerms terms = ticket.contractCode() == null ? null : customers.findContract(ticket.contractCode())
                .flatMap(k -> k.termFor(severity)).map(ContractTerms::of).orElse(null);
        Instant now = clock.instant();
        ticket.changeSeverity(severity, terms, reason, now, Actors.of(caller), policies.current());
        return detail(ticket, now, caller);
    }

    /** The calendar changed: every open ticket counted in business hours has its pending deadlines recounted. */
    public void recount(@Observes CalendarChanged change) {
        SlaPolicy policy = policies.current();
        Instant now = clock.instant();
        List<Ticket> open = em.createQuery("SELECT t FROM Ticket t WHERE t.slaTermsSet = TRUE AND t.status NOT IN :settled",
                        Ticket.class)
                .setParameter("settled", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.deadlines")
                .setHint("eclipselink.batch", "t.events")
                .getResultList();
        for (Ticket ticket : open) {
            ticket.recountDeadlines(policy, now, "calendar changed: " + change.what());
        }
    }

    private TicketDetail detail(Ticket ticket, Instant now, CallerScope caller) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.conflict("concurrent_update", ticket.filingNumber().value());
        }
        Customer customer = em.find(Customer.class, ticket.customerId());
        return TicketDetail.of(ticket, customer.code(), customer.name(), now, caller);
    }

    private static void expectVersion(Ticket ticket, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != ticket.version()) {
            throw BusinessException.conflict("stale_ticket", ticket.filingNumber().value());
        }
    }

    private void requireStaffUser(String username) {
        UserAccount user = em.find(UserAccount.class, username);
        if (user == null || !user.staffMember()) {
            throw BusinessException.invalid("assignee", "unknown_assignee", username);
        }
    }

    /**
     * The caller's ticket, locked for this transaction: the receipt sender and the deadline watch change
     * tickets too, and people acting at the same moment are served one after the other, the second seeing
     * the first's change (and refused if it no longer fits).
     */
    private Ticket visible(String filingNumber, CallerScope caller) {
        FilingNumber number = FilingNumber.parse(filingNumber);
        Object[] found = em.createQuery("SELECT t.id, c.code FROM Ticket t, Customer c WHERE c.id = t.customerId"
                        + " AND t.filingNumber.value = :number", Object[].class)
                .setParameter("number", number.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("ticket_not_found", filingNumber));
        if (!caller.sees((String) found[1])) {
            throw BusinessException.notFound("ticket_not_found", filingNumber);
        }
        return em.find(Ticket.class, found[0], LockModeType.PESSIMISTIC_WRITE);
    }
}
