package gr.cloudu.helpdesk.notification.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;

/**
 * Messages to the customer about a fault (DOMAIN.md §9): progress updates at the contract's rate and the status
 * changes they must know about (escalated, engineer's visit scheduled, resolved). They go to the reporter, or to the customer's Level I
 * contacts when the reporter has no e-mail address, in the customer's language, threaded by the filing number
 * in the subject, through the outgoing-mail queue inside the caller's transaction. The owner's reminder when an
 * update falls due with nothing to send goes to the ticket's assignee, or to the leads of its tier.
 */
@Stateless
@PermitAll
public class CustomerUpdateMail {

    /** What the customer is told: the key of its texts in the mail bundle. */
    public enum Kind { UPDATE, ESCALATED, VISIT_SCHEDULED, VISIT_CANCELLED, RESOLVED }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerQueries customers;

    @Inject
    private OutgoingMailPublisher outgoing;

    /** Who would receive a message about the ticket: its reporter, else the customer's Level I contacts. */
    public Set<String> recipients(Ticket ticket) {
        Set<String> to = new LinkedHashSet<>();
        if (ticket.reporter().email() != null && !ticket.reporter().email().isBlank()) {
            to.add(ticket.reporter().email());
        } else {
            customers.contactsAt(ticket.customerId(), CommunicationLevel.I).stream().map(Contact::email).forEach(to::add);
        }
        return to;
    }

    /**
     * Queues the message; answers the addresses it went to (empty: there was nobody to send it to). The texts get
     * the filing number, the fault's subject and {@code message} as {0}–{2}, and {@code details} from {3} on.
     */
    public Set<String> send(Ticket ticket, Kind kind, String message, Object... details) {
        Set<String> to = recipients(ticket);
        Customer customer = em.find(Customer.class, ticket.customerId());
        ResourceBundle text = MailText.in(customer.language());
        String number = ticket.filingNumber().value();
        String key = "customer." + kind.name().toLowerCase();
        Object[] arguments = new Object[3 + details.length];
        arguments[0] = number;
        arguments[1] = ticket.subject();
        arguments[2] = message == null ? "" : message;
        System.arraycopy(details, 0, arguments, 3, details.length);
        String subject = "[" + number + "] " + MessageFormat.format(text.getString(key + ".subject"), arguments);
        String body = MessageFormat.format(text.getString(key + ".body"), arguments);
        for (String address : to) {
            outgoing.publish(new OutgoingMail(UUID.randomUUID().toString(), address, subject, body, null, List.of()));
        }
        return to;
    }

    /** Reminds the ticket's owner that the customer is due an update and nothing is waiting to be sent. */
    public void remindOwner(Ticket ticket) {
        Set<String> to = new LinkedHashSet<>();
        Optional.ofNullable(ticket.assignee()).flatMap(this::emailOf).ifPresent(to::add);
        if (to.isEmpty()) {
            to.addAll(em.createQuery("SELECT u.email FROM TeamMember m, UserAccount u WHERE u.username = m.username"
                            + " AND m.tier = :tier AND m.lead = TRUE AND u.enabled = TRUE AND u.email IS NOT NULL", String.class)
                    .setParameter("tier", ticket.tier()).getResultList());
        }
        ResourceBundle text = MailText.in("el");
        Object[] arguments = {ticket.filingNumber().value(), ticket.subject(), ""};
        String subject = "[" + ticket.filingNumber().value() + "] " + MessageFormat.format(text.getString("update.reminder.subject"), arguments);
        String body = MessageFormat.format(text.getString("update.reminder.body"), arguments);
        for (String address : to) {
            outgoing.publish(new OutgoingMail(UUID.randomUUID().toString(), address, subject, body, null, List.of()));
        }
    }

    private Optional<String> emailOf(String username) {
        return em.createQuery("SELECT u.email FROM UserAccount u WHERE u.username = :u AND u.email IS NOT NULL", String.class)
                .setParameter("u", username).getResultStream().findFirst();
    }
}
