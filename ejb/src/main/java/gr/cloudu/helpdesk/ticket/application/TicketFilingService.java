package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.equipment.domain.Equipment;
import gr.cloudu.helpdesk.sla.application.SlaPolicies;
import gr.cloudu.helpdesk.ticket.domain.Actor;
import gr.cloudu.helpdesk.equipment.application.EquipmentQueries;
import gr.cloudu.helpdesk.security.application.CallerScope;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.security.domain.Role;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.ticket.domain.FilingNumber;
import gr.cloudu.helpdesk.ticket.domain.FilingNumbers;
import gr.cloudu.helpdesk.ticket.domain.Reporter;
import gr.cloudu.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files fault reports in the register. One call is one transaction: the ticket, its first life-cycle
 * event and the {@link FaultReported} notice (which makes the receipt go out) commit together or not at all.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
public class TicketFilingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private FilingNumbers filingNumbers;

    @Inject
    private CustomerQueries customers;

    @Inject
    private CallerScopes callers;

    @Inject
    private EquipmentQueries equipment;

    @Inject
    private FaultReportedPublisher publisher;

    @Inject
    private SlaPolicies policies;

    /** Files a report received now through the caller's own interface (pages, API). */
    public TicketDetail file(ReportFault report) {
        return file(report, null);
    }

    /**
     * Files a report received now, with the document it came on (the scan of a paper fax, which only staff
     * record). Both are kept or neither.
     */
    public TicketDetail file(ReportFault report, ScannedDocument scan) {
        Instant receivedAt = clock.instant();
        CallerScope caller = callers.current();
        if (report.channel().recordedByStaff() && !caller.staff()) {
            throw BusinessException.invalid("channel", "channel_staff_only", report.channel());
        }
        String customerCode = report.customer() != null ? report.customer() : caller.customerCode();
        if (customerCode == null) {
            throw BusinessException.invalid("customer", "required", "customer");
        }
        if (!caller.sees(customerCode)) {
            throw BusinessException.invalid("customer", "customer_not_yours", customerCode);
        }
        Customer customer = customers.find(customerCode)
                .orElseThrow(() -> BusinessException.invalid("customer", "customer_not_found", customerCode));
        String reporterEmail = report.reporterEmail();
        if (reporterEmail == null && caller.has(Role.CUSTOMER)) {
            reporterEmail = caller.email();
        }
        if (reporterEmail == null) {
            throw BusinessException.invalid("reporterEmail", "required", "reporterEmail");
        }
        String email = reporterEmail;
        Contact contact = customers.authorisedContact(customer.code(), email)
                .orElseThrow(() -> BusinessException.invalid("reporterEmail", "unauthorised_reporter", email, customerCode));
        Actor actor = Actors.of(caller);
        Ticket ticket = fileFor(customer, contact, report, receivedAt, null, actor);
        if (scan != null && scan.content() != null && scan.content().length > 0) {
            em.persist(ticket.fileDocument(scan.fileName(), scan.contentType(), scan.content(), receivedAt, actor));
        }
        return TicketDetail.of(ticket, customer.code(), customer.name(), receivedAt, caller);
    }

    /**
     * Files a report that reached the help-desk mailbox (mail or fax) from an authorised contact: its legal
     * time of report is when it arrived there, not when it is processed. The actor is who decided it is
     * one: the mailbox itself ({@code systemPart}, when the container calls), or the agent who took it out
     * of quarantine. {@code original} describes the mail as archived, a line per file (see {@link Ticket#archiveMail}).
     */
    @PermitAll
    public TicketDetail fileReceived(Contact contact, ReportFault report, Instant arrivedAt, Instant senderDate, String systemPart,
                                     List<String> original) {
        Customer customer = contact.customer();
        CallerScope caller = callers.current();
        Actor actor = caller.roles().isEmpty() ? Actor.system(systemPart) : Actors.of(caller);
        ReportFault identified = report.equipmentSerial() != null ? report
                : machineMeant(customer, report).map(report::about).orElse(report);
        Ticket ticket = fileFor(customer, contact, identified, arrivedAt, senderDate, actor);
        Instant now = clock.instant();
        ticket.archiveMail(now, actor, original);
        return TicketDetail.of(ticket, customer.code(), customer.name(), now, caller);
    }

    /**
     * The machine a report in writing is about, when nobody filled in a field for it: the customer's machine whose
     * serial the subject or text quotes (only one may be quoted), or else the customer's only machine. Otherwise
     * none: the help desk identifies it.
     */
    private Optional<String> machineMeant(Customer customer, ReportFault report) {
        List<String> serials = equipment.serialsForFiling(customer.id());
        if (serials.size() == 1) {
            return Optional.of(serials.get(0));
        }
        String text = (report.subject() == null ? "" : report.subject()) + "\n" + (report.description() == null ? "" : report.description());
        List<String> quoted = serials.stream().filter(serial -> quotes(text, serial)).toList();
        return quoted.size() == 1 ? Optional.of(quoted.get(0)) : Optional.empty();
    }

    // A whole token: serial "LT1" is not quoted by "LT10" or "SLT1".
    private static boolean quotes(String text, String serial) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(serial) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }

    /**
     * Adds a customer's message to the ticket it is about. Answers false, changing nothing, when there is
     * no such ticket or it belongs to another customer than the sender's. {@code original} describes the mail as
     * archived (see {@link #fileReceived}).
     */
    @PermitAll
    public boolean appendCustomerMessage(String filingNumber, Long senderCustomerId, String from, String fromCapacity,
                                         Instant arrivedAt, String summary, String systemPart, List<String> original) {
        Optional<Ticket> ticket = em.createQuery("SELECT t FROM Ticket t WHERE t.filingNumber.value = :n", Ticket.class)
                .setParameter("n", filingNumber)
                .getResultStream().findFirst();
        if (ticket.isEmpty() || !ticket.get().customerId().equals(senderCustomerId)) {
            return false;
        }
        ticket.get().recordCustomerMessage(arrivedAt, new Actor(from, fromCapacity), summary, policies.current());
        ticket.get().archiveMail(clock.instant(), Actor.system(systemPart), original);
        return true;
    }

    private Ticket fileFor(Customer customer, Contact contact, ReportFault report, Instant receivedAt,
                           Instant senderDate, Actor actor) {
        Long machineContract = null;
        if (report.equipmentSerial() != null) {
            Equipment machine = equipment.findForFiling(report.equipmentSerial())
                    .filter(e -> e.customerId().equals(customer.id()))
                    .orElseThrow(() -> BusinessException.invalid("equipmentSerial", "unknown_equipment", report.equipmentSerial(),
                            customer.code()));
            machineContract = machine.contractId();
        }
        Optional<Contract> contract = customers.governingContract(customer.id(), machineContract);
        FilingNumber number = filingNumbers.next(receivedAt);
        Ticket ticket = Ticket.file(number, receivedAt, senderDate, report.channel(), customer.id(),
                contract.map(Contract::code).orElse(null),
                new Reporter(contact.name(), contact.email(), contact.capacity(), contact.unit()),
                report.equipmentSerial(), report.severity(), report.subject(), report.description(), actor);
        contract.flatMap(k -> k.termFor(report.severity()))
                .ifPresent(term -> ticket.startClock(ContractTerms.of(term), policies.current(), receivedAt));
        em.persist(ticket);
        publisher.publish(new FaultReported(ticket.filingNumber().value(), contact.email()));
        return ticket;
    }
}
