package gr.cloudu.helpdesk.reporting.application;

import gr.cloudu.helpdesk.customer.application.CommunicationSettings;
import gr.cloudu.helpdesk.customer.application.ContractView;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.notification.application.OutgoingMail;
import gr.cloudu.helpdesk.notification.application.OutgoingMailPublisher;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;
import gr.cloudu.helpdesk.reporting.domain.QuarterlyReport;
import gr.cloudu.helpdesk.security.application.CallerScopes;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Produces and archives the quarterly Guaranteed Services reports. The scheduled run asks {@link #due} which
 * ended quarters have no report and {@link #produce}s each once; a manager can produce a quarter again, in
 * Greek or English, as a new version. Producing locks the contract's row, so the run on two servers, or the
 * run and a manager, never write the same version twice.
 */
@Stateless
@PermitAll
public class QuarterlyReportService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerQueries customers;

    @Inject
    private ReportData data;

    @Inject
    private OutgoingMailPublisher mails;

    @Inject
    private CallerScopes callers;

    @Inject
    private Clock clock;

    @Inject
    private CommunicationSettings communication;

    /** The quarters of every contract that had ended by {@code today} (in Athens) and have no report yet. */
    public List<DueReport> due(LocalDate today) {
        Set<String> produced = new HashSet<>(em.createQuery(
                "SELECT DISTINCT CONCAT(r.contractCode, '#', r.quarter) FROM QuarterlyReport r", String.class).getResultList());
        List<DueReport> due = new ArrayList<>();
        for (Contract contract : customers.allContracts()) {
            List<ContractQuarter> ended = ContractQuarter.endedBy(contract.signedOn(), today);
            for (ContractQuarter q : ended) {
                if (!produced.contains(contract.code() + "#" + q.number())) {
                    due.add(new DueReport(contract.code(), q.number(), q.number() == ended.size()));
                }
            }
        }
        return due;
    }

    /**
     * The contracts whose latest ended quarter has a report that never reached the customer, because the customer had
     * no Level II contact when it was produced, and that now have one: the scheduled run sends each then.
     */
    public List<DueReport> unsent(LocalDate today) {
        // Only quarters that ended within the last 100 days (a contract's latest ended quarter always did; older
        // ones archived on catching up are never mailed) of customers who have a Level II contact, so that this
        // minute's look stays one small query while nothing is waiting.
        Set<String> neverMailed = new HashSet<>(em.createQuery("SELECT CONCAT(r.contractCode, '#', r.quarter) FROM QuarterlyReport r"
                        + " WHERE r.periodTo >= :since AND EXISTS (SELECT k.id FROM Contract c, Contact k WHERE c.code = r.contractCode"
                        + " AND k.customer.id = c.customerId AND k.level = :two AND k.email IS NOT NULL)"
                        + " GROUP BY r.contractCode, r.quarter HAVING MAX(r.mailedAt) IS NULL", String.class)
                .setParameter("since", today.minusDays(100)).setParameter("two", CommunicationLevel.II).getResultList());
        List<DueReport> unsent = new ArrayList<>();
        if (neverMailed.isEmpty()) {
            return unsent;
        }
        for (Contract contract : customers.allContracts()) {
            int latest = ContractQuarter.endedBy(contract.signedOn(), today).size();
            if (latest > 0 && neverMailed.contains(contract.code() + "#" + latest)) {
                unsent.add(new DueReport(contract.code(), latest, true));
            }
        }
        return unsent;
    }

    /**
     * A manager sends the newest version of a quarter's report to the customer's Level II contacts (and the head of
     * the help desk) again, or for the first time; 409 when the customer has no Level II contact to send it to.
     */
    @RolesAllowed({"MANAGER", "ADMIN"})
    public ReportView send(String contractCode, int quarter) {
        return sendNewest(contractCode, quarter, false).map(ReportView::of)
                .orElseThrow(() -> BusinessException.conflict("no_level_two_contact", contractCode));
    }

    /**
     * The scheduled run sends a report found by {@link #unsent} unless it went out meanwhile (checked under the
     * contract's lock, so two servers send it once).
     */
    public Optional<ReportView> sendUnsent(String contractCode, int quarter) {
        return sendNewest(contractCode, quarter, true).map(ReportView::of);
    }

    private Optional<QuarterlyReport> sendNewest(String contractCode, int quarter, boolean onlyIfNeverSent) {
        Contract contract = lockContract(contractCode);
        List<QuarterlyReport> versions = em.createQuery("SELECT r FROM QuarterlyReport r WHERE r.contractCode = :code AND r.quarter = :q"
                        + " ORDER BY r.version DESC", QuarterlyReport.class)
                .setParameter("code", contractCode).setParameter("q", quarter).getResultList();
        if (versions.isEmpty()) {
            throw BusinessException.notFound("report_not_found", quarter);
        }
        if (onlyIfNeverSent && versions.stream().anyMatch(r -> r.mailedAt() != null)) {
            return Optional.empty();
        }
        QuarterlyReport newest = versions.get(0);
        return mailToLevelTwo(newest, em.find(Customer.class, contract.customerId())) ? Optional.of(newest) : Optional.empty();
    }

    /**
     * Produces the first version of an ended quarter's report, in the customer's language, unless the quarter
     * has one already (then empty: nothing is produced twice). {@code mail}: send it to the customer's Level II
     * contacts.
     */
    public Optional<ReportView> produce(String contractCode, int quarter, boolean mail, Instant now) {
        Contract contract = lockContract(contractCode);
        if (latestVersion(contractCode, quarter) > 0) {
            return Optional.empty();
        }
        Customer customer = em.find(Customer.class, contract.customerId());
        QuarterlyReport report = write(contract, customer, endedQuarter(contract, quarter, now), 1, customer.language(), now);
        if (mail) {
            mailToLevelTwo(report, customer);
        }
        return Optional.of(ReportView.of(report));
    }

    /**
     * Produces an ended quarter's report again as a new version (older versions stay), in Greek or English. A manager
     * who produces the latest quarter's first report before the scheduled run does sends it, as that run would have.
     */
    @RolesAllowed({"MANAGER", "ADMIN"})
    public ReportView regenerate(String contractCode, int quarter, String language) {
        String tag = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (tag != null && !tag.equals("el") && !tag.equals("en")) {
            throw BusinessException.invalid("lang", "unsupported_language", language);
        }
        Contract contract = lockContract(contractCode);
        Customer customer = em.find(Customer.class, contract.customerId());
        Instant now = clock.instant();
        int version = latestVersion(contractCode, quarter) + 1;
        QuarterlyReport report = write(contract, customer, endedQuarter(contract, quarter, now), version,
                tag == null ? customer.language() : tag, now);
        if (version == 1 && quarter == ContractQuarter.endedBy(contract.signedOn(), now.atZone(ContractQuarter.ZONE).toLocalDate()).size()) {
            mailToLevelTwo(report, customer);
        }
        return ReportView.of(report);
    }

    private QuarterlyReport write(Contract contract, Customer customer, ContractQuarter quarter, int version, String language,
                                  Instant now) {
        Instant asOf = now.isBefore(quarter.end()) ? now : quarter.end();
        ContractView view = customers.contractView(contract.code()).orElseThrow();
        QuarterData quarterData = data.read(view, customer.name(), quarter, asOf);
        QuarterFigures figures = QuarterFigures.of(quarterData);
        byte[] pdf = GuaranteedServicesPdf.render(figures, version, Locale.forLanguageTag(language));
        byte[] csv = GuaranteedServicesCsv.render(quarterData);
        String by = callers.current().roles().isEmpty() ? "system" : callers.current().username();
        // Produced now, whatever moment the figures stand at.
        QuarterlyReport report = new QuarterlyReport(contract.code(), quarter, version, language, clock.instant(), by, figures.faults(),
                pdf, csv);
        em.persist(report);
        return report;
    }

    // Level II on both sides: the customer's Telecommunications Services Manager(s), and the head of the help desk
    // when configured (in the company's language). Without a Level II contact at the customer nothing is sent (the
    // report is for the customer): answers false, and the scheduled run sends it once there is one.
    private boolean mailToLevelTwo(QuarterlyReport report, Customer customer) {
        List<Contact> levelTwo = customers.contactsAt(customer.id(), CommunicationLevel.II);
        Optional<String> head = communication.headOfHelpDeskEmail();
        if (levelTwo.isEmpty()) {
            return false;
        }
        String period = DAY.format(report.periodFrom()) + " – " + DAY.format(report.periodTo());
        String base = "report-" + report.contractCode() + "-Q" + report.quarter();
        List<OutgoingMail.Attachment> files = List.of(
                new OutgoingMail.Attachment(base + ".pdf", "application/pdf", report.pdf()),
                new OutgoingMail.Attachment(base + ".csv", "text/csv; charset=UTF-8", report.csv()));
        List<String> recipients = new ArrayList<>();
        for (Contact contact : levelTwo) {
            mails.publish(OutgoingMail.quarterlyReport(contact.email(), customer.language(), report.contractCode(), report.quarter(),
                    period, contact.name(), files));
            recipients.add(contact.email());
        }
        head.ifPresent(address -> {
            mails.publish(OutgoingMail.quarterlyReport(address, "el", report.contractCode(), report.quarter(), period,
                    communication.headOfHelpDeskName(), files));
            recipients.add(address);
        });
        report.mailed(String.join(", ", recipients), clock.instant());
        return true;
    }

    private Contract lockContract(String code) {
        Contract contract = customers.findContract(code).orElseThrow(() -> BusinessException.notFound("contract_not_found", code));
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        return contract;
    }

    private ContractQuarter endedQuarter(Contract contract, int quarter, Instant now) {
        if (quarter < 1) {
            throw BusinessException.invalid("quarter", "quarter_unknown", quarter);
        }
        ContractQuarter q = ContractQuarter.of(contract.signedOn(), quarter);
        if (!q.end().isAfter(now)) {
            return q;
        }
        throw BusinessException.conflict("quarter_not_ended", quarter, q.to());
    }

    private int latestVersion(String contractCode, int quarter) {
        Integer max = em.createQuery("SELECT MAX(r.version) FROM QuarterlyReport r WHERE r.contractCode = :code AND r.quarter = :q",
                        Integer.class)
                .setParameter("code", contractCode).setParameter("q", quarter).getSingleResult();
        return max == null ? 0 : max;
    }
}
