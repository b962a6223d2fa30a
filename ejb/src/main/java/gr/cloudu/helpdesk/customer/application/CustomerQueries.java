package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Reads of customer master data. */
@Stateless
@PermitAll
public class CustomerQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommunicationSettings communication;

    /** The customer with this code. Asked while reports are being filed, which never write customers: it flushes nothing. */
    public Optional<Customer> find(String code) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.code = :code", Customer.class)
                .setParameter("code", code)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    public Customer require(String code) {
        return find(code).orElseThrow(() -> BusinessException.notFound("customer_not_found", code));
    }

    @RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "AGENT", "ENGINEER"})
    public CustomerView view(String code) {
        return CustomerView.of(require(code));
    }

    public Optional<Contract> findContract(String code) {
        return em.createQuery("SELECT k FROM Contract k WHERE k.code = :code", Contract.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream().findFirst();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "AGENT", "ENGINEER"})
    public ContractView contract(String code) {
        Contract contract = findContract(code).orElseThrow(() -> BusinessException.notFound("contract_not_found", code));
        Customer customer = em.find(Customer.class, contract.customerId());
        return ContractView.of(contract, customer.code());
    }

    /** A contract for the server's own use cases (the quarterly run), which check who may see it themselves. */
    public Optional<ContractView> contractView(String code) {
        return findContract(code).map(k -> ContractView.of(k, em.find(Customer.class, k.customerId()).code()));
    }

    /** The contract's communication levels, Level I first: the customer's contacts at each and the company's side. */
    @RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "AGENT", "ENGINEER"})
    public List<CommunicationLevelView> communicationLevels(String contractCode) {
        Contract contract = findContract(contractCode).orElseThrow(() -> BusinessException.notFound("contract_not_found", contractCode));
        Customer customer = em.find(Customer.class, contract.customerId());
        List<CommunicationLevelView> levels = new java.util.ArrayList<>();
        for (CommunicationLevel level : CommunicationLevel.values()) {
            List<ContactView> contacts = customer.contacts().stream().filter(c -> c.level() == level).map(ContactView::of).toList();
            levels.add(level == CommunicationLevel.I
                    ? new CommunicationLevelView(level, contacts, "Cloud-U Help Desk", communication.helpDeskAddress())
                    : new CommunicationLevelView(level, contacts, communication.headOfHelpDeskName(),
                    communication.headOfHelpDeskEmail().orElse(null)));
        }
        return levels;
    }

    /** Every contract, oldest signature first. */
    public List<Contract> allContracts() {
        return em.createQuery("SELECT k FROM Contract k ORDER BY k.signedOn, k.code", Contract.class).getResultList();
    }

    /** The customer's contracts, newest signature first. */
    @RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR", "AGENT", "ENGINEER"})
    public List<ContractView> contracts(String customerCode) {
        Customer customer = require(customerCode);
        return em.createQuery("SELECT k FROM Contract k WHERE k.customerId = :id ORDER BY k.signedOn DESC", Contract.class)
                .setParameter("id", customer.id())
                .getResultStream().map(k -> ContractView.of(k, customer.code())).toList();
    }

    /**
     * The contract a fault report of the customer is worked under: the machine's own contract when it has
     * one, otherwise the customer's most recently signed contract.
     */
    public Optional<Contract> governingContract(Long customerId, Long machineContractId) {
        if (machineContractId != null) {
            Contract own = em.find(Contract.class, machineContractId);
            if (own != null && own.customerId().equals(customerId)) {
                return Optional.of(own);
            }
        }
        // Filing never writes contracts: the lookup need not flush the filing's pending writes first.
        return em.createQuery("SELECT k FROM Contract k WHERE k.customerId = :id ORDER BY k.signedOn DESC, k.id DESC", Contract.class)
                .setParameter("id", customerId).setMaxResults(1).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    /**
     * The customer's contacts with an e-mail address at a communication level (DOMAIN.md §9): Level I hears of
     * escalations besides the reporter, Level II receives the quarterly reports.
     */
    public List<Contact> contactsAt(Long customerId, CommunicationLevel level) {
        return em.createQuery("SELECT k FROM Contact k WHERE k.customer.id = :id AND k.level = :level AND k.email IS NOT NULL",
                        Contact.class)
                .setParameter("id", customerId)
                .setParameter("level", level)
                .getResultList();
    }

    /** The authorised contact of the customer with that e-mail address, if there is one. Flushes nothing (see find). */
    public Optional<Contact> authorisedContact(String customerCode, String email) {
        return em.createQuery("SELECT k FROM Contact k WHERE k.customer.code = :code AND LOWER(k.email) = :email"
                        + " AND k.authorised = TRUE", Contact.class)
                .setParameter("code", customerCode)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    /** The authorised contacts, of any customer, who write from this address. */
    public List<Contact> authorisedContactsByEmail(String email) {
        return em.createQuery("SELECT k FROM Contact k WHERE LOWER(k.email) = :email AND k.authorised = TRUE", Contact.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultList();
    }

    /**
     * The authorised contacts, of any customer, who send faxes from this number. Numbers are compared by
     * their last ten digits, so "+30 210 1234599" and "2101234599" are the same fax.
     */
    public List<Contact> authorisedContactsByFax(String faxNumber) {
        String digits = lastDigits(faxNumber);
        if (digits.length() < 6) {
            return List.of();
        }
        return em.createQuery("SELECT k FROM Contact k WHERE k.fax IS NOT NULL AND k.authorised = TRUE", Contact.class)
                .getResultStream().filter(k -> lastDigits(k.fax()).equals(digits)).toList();
    }

    private static String lastDigits(String number) {
        String digits = number == null ? "" : number.replaceAll("\\D", "");
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    /** Customers for pickers, by name. */
    public List<CustomerOption> options() {
        return em.createQuery("SELECT NEW gr.cloudu.helpdesk.customer.application.CustomerOption(c.code, c.name)"
                + " FROM Customer c ORDER BY c.name", CustomerOption.class).getResultList();
    }

    /** The customer's authorised contacts for pickers, by name. */
    public List<ContactView> authorisedContacts(String customerCode) {
        return em.createQuery("SELECT k FROM Contact k WHERE k.customer.code = :code AND k.authorised = TRUE"
                        + " ORDER BY k.name", Contact.class)
                .setParameter("code", customerCode)
                .getResultStream().map(ContactView::of).toList();
    }
}
