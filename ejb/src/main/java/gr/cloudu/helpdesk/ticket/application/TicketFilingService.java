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
import gr.cloudu.helpdesk.ticket.domain.SlaPolicy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files fault reports in the register. A ticket, its first life-cycle event and the {@link FaultReported} notice
 * (which makes the receipt go out) commit together or not at all. Reports over the API arrive through {@link FilingDesk},
 * which writes those arriving together in one transaction; a mailbox batch is one transaction too; a report filed on
 * the intake page is written in the page's own.
 * What the reports of one transaction have in common (the customer, the contact, the machine, the contract, the
 * calendar) is read once for all of them.
 */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "SUPERVISOR", "MANAGER", "CUSTOMER", "API"})
public class TicketFilingService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transaction;

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

    /**
     * A report arriving now over the API, stamped with its time of report and its sender, for {@link FilingDesk} to
     * file with the reports arriving together. Here the caller's right to file is checked; nothing is held while the
     * report waits for its group.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ArrivedReport arrived(ReportFault report) {
        return new ArrivedReport(report, clock.instant(), context.getCallerPrincipal().getName());
    }

    /**
     * Files reports that arrived over the API, in one transaction. A report refused for its own
     * reason (an invalid field, a disabled login) is refused alone, writing nothing, and the others are filed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<FilingOutcome> fileArrived(List<ArrivedReport> reports) {
        Map<String, Optional<CallerScope>> senders = new HashMap<>();
        List<FilingOutcome> outcomes = new ArrayList<>(reports.size());
        for (ArrivedReport arrived : reports) {
            Optional<CallerScope> caller = senders.computeIfAbsent(arrived.caller(), callers::named);
            if (caller.isEmpty()) {
                outcomes.add(FilingOutcome.refused(new EJBAccessException("The login " + arrived.caller() + " is disabled")));
                continue;
            }
            try {
                outcomes.add(FilingOutcome.filed(fileFrom(caller.get(), arrived.report(), arrived.receivedAt(), null)));
            } catch (BusinessException refused) {
                outcomes.add(FilingOutcome.refused(refused));
            }
        }
        // Written before the commit, so that a database error fails this call, surely rolled back, rather than the
        // commit, whose outcome FilingDesk cannot know.
        em.flush();
        if (context.getRollbackOnly()) {
            // Something marked the transaction for rollback and it will not commit: the filed outcomes would be untrue.
            throw new EJBException("The group's transaction was marked for rollback");
        }
        return outcomes;
    }

    /**
     * Files a report received now on the intake page, with the document it came on if any (the scan of a paper fax,
     * which only staff record). Both are kept or neither.
     */
    public TicketDetail file(ReportFault report, ScannedDocument scan) {
        return fileFrom(callers.current(), report, clock.instant(), scan);
    }

    private TicketDetail fileFrom(CallerScope caller, ReportFault report, Instant receivedAt, ScannedDocument scan) {
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
        Lookups lookups = lookups();
        Customer customer = lookups.customer(customerCode)
                .orElseThrow(() -> BusinessException.invalid("customer", "customer_not_found", customerCode));
        String reporterEmail = report.reporterEmail();
        if (reporterEmail == null && caller.has(Role.CUSTOMER)) {
            reporterEmail = caller.email();
        }
        if (reporterEmail == null) {
            throw BusinessException.invalid("reporterEmail", "required", "reporterEmail");
        }
        String email = reporterEmail;
        Contact contact = lookups.authorisedContact(customer.code(), email)
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
        List<String> serials = lookups().serials(customer.id());
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
        ticket.get().recordCustomerMessage(arrivedAt, new Actor(from, fromCapacity), summary, lookups().policy());
        ticket.get().archiveMail(clock.instant(), Actor.system(systemPart), original);
        return true;
    }

    private Ticket fileFor(Customer customer, Contact contact, ReportFault report, Instant receivedAt,
                           Instant senderDate, Actor actor) {
        Lookups lookups = lookups();
        Long machineContract = null;
        if (report.equipmentSerial() != null) {
            Equipment machine = lookups.machine(report.equipmentSerial())
                    .filter(e -> e.customerId().equals(customer.id()))
                    .orElseThrow(() -> BusinessException.invalid("equipmentSerial", "unknown_equipment", report.equipmentSerial(),
                            customer.code()));
            machineContract = machine.contractId();
        }
        Optional<Contract> contract = lookups.governingContract(customer.id(), machineContract);
        FilingNumber number = filingNumbers.next(receivedAt);
        Ticket ticket = Ticket.file(number, receivedAt, senderDate, report.channel(), customer.id(),
                contract.map(Contract::code).orElse(null),
                new Reporter(contact.name(), contact.email(), contact.capacity(), contact.unit()),
                report.equipmentSerial(), report.severity(), report.subject(), report.description(), actor);
        contract.flatMap(k -> k.termFor(report.severity()))
                .ifPresent(term -> ticket.startClock(ContractTerms.of(term), lookups.policy(), receivedAt));
        em.persist(ticket);
        publisher.publish(new FaultReported(ticket.filingNumber().value(), contact.email()));
        return ticket;
    }

    /** The current transaction's lookups, made on its first report. */
    private Lookups lookups() {
        Object key = Lookups.class;
        if (transaction.getResource(key) instanceof Lookups known) {
            return known;
        }
        Lookups lookups = new Lookups();
        transaction.putResource(key, lookups);
        return lookups;
    }

    /**
     * What the reports of one transaction have in common, read once. None of it is written while reports are filed, so
     * none of the lookups needs to flush the reports already written.
     */
    private final class Lookups {
        private final Map<String, Optional<Customer>> customersByCode = new HashMap<>();
        private final Map<List<String>, Optional<Contact>> contacts = new HashMap<>();
        private final Map<String, Optional<Equipment>> machines = new HashMap<>();
        private final Map<Long, List<String>> serials = new HashMap<>();
        private final Map<List<Long>, Optional<Contract>> contracts = new HashMap<>();
        private SlaPolicy policy;

        Optional<Customer> customer(String code) {
            return customersByCode.computeIfAbsent(code, customers::find);
        }

        Optional<Contact> authorisedContact(String customerCode, String email) {
            return contacts.computeIfAbsent(List.of(customerCode, email.strip().toLowerCase(Locale.ROOT)),
                    key -> customers.authorisedContact(key.get(0), key.get(1)));
        }

        Optional<Equipment> machine(String serial) {
            return machines.computeIfAbsent(serial, equipment::findForFiling);
        }

        List<String> serials(Long customerId) {
            return serials.computeIfAbsent(customerId, equipment::serialsForFiling);
        }

        Optional<Contract> governingContract(Long customerId, Long machineContractId) {
            return contracts.computeIfAbsent(Arrays.asList(customerId, machineContractId),
                    key -> customers.governingContract(customerId, machineContractId));
        }

        SlaPolicy policy() {
            if (policy == null) {
                policy = policies.current();
            }
            return policy;
        }
    }
}
