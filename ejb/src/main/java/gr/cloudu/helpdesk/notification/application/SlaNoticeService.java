package gr.cloudu.helpdesk.notification.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.ticket.domain.SlaAlert;
import gr.cloudu.helpdesk.ticket.domain.SlaDeadline;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import gr.cloudu.helpdesk.ticket.domain.Tier;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;

/**
 * Tells people what the deadline watch found (DOMAIN.md §7, §9): a warning goes to the ticket's owner and the
 * lead of its tier; a breach to that lead; an automatic escalation to the leads of the new tier and to the
 * customer's Level I contacts. Mails go on the outgoing-mail queue inside the watch's transaction, so they
 * leave only if the alert was recorded, and once.
 */
@Stateless
@PermitAll
public class SlaNoticeService {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final Locale STAFF_LANGUAGE = Locale.forLanguageTag("el");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerQueries customers;

    @Inject
    private OutgoingMailPublisher outgoing;

    /** Notices for many tickets in one transaction: the team leads and each customer's contacts are read once. */
    public Round round() {
        return new Round(em, customers, outgoing);
    }

    /** One transaction's notices; it uses the caller's transaction and lives no longer than it. */
    public static final class Round {

        private final EntityManager em;
        private final CustomerQueries customers;
        private final OutgoingMailPublisher outgoing;
        private final Map<Tier, Set<String>> leads = new EnumMap<>(Tier.class);
        private final Map<Long, Set<String>> levelOne = new HashMap<>();

        private Round(EntityManager em, CustomerQueries customers, OutgoingMailPublisher outgoing) {
            this.em = em;
            this.customers = customers;
            this.outgoing = outgoing;
        }

        /** Sends the alerts' mails; answers the customer's addresses an escalation was told to (empty if none). */
        public Set<String> tell(Ticket ticket, List<SlaAlert> alerts) {
            Set<String> customerTold = new LinkedHashSet<>();
            if (alerts.isEmpty()) {
                return customerTold;
            }
            Customer customer = em.find(Customer.class, ticket.customerId());
            for (SlaAlert alert : alerts) {
                Instant due = ticket.deadlineOf(alert.deadline()).map(SlaDeadline::dueAt).orElse(null);
                Set<String> tierLeads = leads.computeIfAbsent(alert.tier(), this::leadsOf);
                switch (alert.kind()) {
                    case WARNING -> {
                        Set<String> to = new LinkedHashSet<>(tierLeads);
                        if (ticket.assignee() != null) {
                            emailOf(ticket.assignee()).ifPresent(to::add);
                        }
                        send(to, STAFF_LANGUAGE, "sla.warning", ticket, customer, alert, due);
                    }
                    case BREACH -> send(tierLeads, STAFF_LANGUAGE, "sla.breach", ticket, customer, alert, due);
                    case ESCALATION -> {
                        send(tierLeads, STAFF_LANGUAGE, "sla.escalation", ticket, customer, alert, due);
                        Set<String> contacts = levelOne.computeIfAbsent(customer.id(), id -> {
                            Set<String> emails = new LinkedHashSet<>();
                            customers.contactsAt(id, CommunicationLevel.I).stream().map(Contact::email).forEach(emails::add);
                            return emails;
                        });
                        send(contacts, Locale.forLanguageTag(customer.language()), "customer.escalation", ticket, customer,
                                alert, due);
                        customerTold.addAll(contacts);
                    }
                }
            }
            return customerTold;
        }

        private void send(Set<String> recipients, Locale language, String key, Ticket ticket, Customer customer,
                          SlaAlert alert, Instant due) {
            if (recipients.isEmpty()) {
                return;
            }
            ResourceBundle text = MailText.in(language);
            Object[] arguments = {text.getString("deadline." + alert.deadline()), due == null ? "-" : TIME.format(due.atZone(ATHENS)),
                    ticket.filingNumber().value(), customer.name(), ticket.severity(), text.getString("tier." + alert.tier()),
                    ticket.subject()};
            String subject = "[" + ticket.filingNumber().value() + "] " + MessageFormat.format(text.getString(key + ".subject"), arguments);
            String body = MessageFormat.format(text.getString(key + ".body"), arguments);
            for (String to : recipients) {
                outgoing.publish(new OutgoingMail(UUID.randomUUID().toString(), to, subject, body, null, List.of()));
            }
        }

        private Set<String> leadsOf(Tier tier) {
            return new LinkedHashSet<>(em.createQuery("SELECT u.email FROM TeamMember m, UserAccount u WHERE u.username = m.username"
                            + " AND m.tier = :tier AND m.lead = TRUE AND u.enabled = TRUE AND u.email IS NOT NULL", String.class)
                    .setParameter("tier", tier).getResultList());
        }

        private java.util.Optional<String> emailOf(String username) {
            return em.createQuery("SELECT u.email FROM UserAccount u WHERE u.username = :u AND u.email IS NOT NULL", String.class)
                    .setParameter("u", username).getResultStream().findFirst();
        }
    }
}
