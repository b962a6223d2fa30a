package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;
import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.ContactDetails;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.shared.application.CsvTable;
import gr.cloudu.helpdesk.shared.application.ImportProblem;
import gr.cloudu.helpdesk.shared.application.ImportRefused;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Registers customers and their contacts (administrators and the technical support manager). */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER"})
public class CustomerRegistryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CustomerQueries queries;

    /** Registers a customer; {@code language} (el, en; Greek if null) is the language of its mails. */
    public CustomerView register(String code, String name, String language) {
        Customer customer = new Customer(code, name, clock.instant());
        customer.speaks(language);
        if (queries.find(customer.code()).isPresent()) {
            throw BusinessException.conflict("duplicate_customer", customer.code());
        }
        em.persist(customer);
        em.flush();
        return CustomerView.of(customer);
    }

    /** Changes the customer's name and the language of its mails; mails already sent stay as they were. */
    public CustomerView revise(String code, String name, String language) {
        Customer customer = queries.require(code);
        em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
        customer.rename(name);
        customer.speaks(language);
        return CustomerView.of(customer);
    }

    public ContractView registerContract(String customerCode, NewContract command) {
        Customer customer = queries.require(customerCode);
        if (queries.findContract(command.code()).isPresent()) {
            throw BusinessException.conflict("duplicate_contract", command.code());
        }
        Contract contract = new Contract(command.code(), customer.id(), Require.date("signedOn", command.signedOn()),
                command.terms() == null ? List.of() : command.terms().stream().map(NewContract.Term::toTerm).toList(),
                clock.instant());
        em.persist(contract);
        em.flush();
        return ContractView.of(contract, customer.code());
    }

    /**
     * Onboards a customer's people from a CSV file (columns name, email, fax, phone, capacity, unit,
     * authorised, level). All rows or none: a file with bad rows is refused whole, with every problem named.
     */
    public List<ContactView> importContacts(String customerCode, String csv) {
        Customer customer = queries.require(customerCode);
        List<ImportProblem> problems = new ArrayList<>();
        List<Contact> added = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.parse(csv, List.of("name")).rows()) {
            try {
                String level = row.get("level");
                added.add(customer.addContact(new ContactDetails(row.get("name"), row.get("email"), row.get("fax"),
                        row.get("phone"), row.get("capacity"), row.get("unit"), CsvTable.yes(row.get("authorised"), false),
                        level == null ? CommunicationLevel.I : Require.oneOf("level", CommunicationLevel.class, level))));
            } catch (BusinessException e) {
                problems.add(new ImportProblem(row.line(), e));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        em.flush();
        return added.stream().map(ContactView::of).toList();
    }

    public ContactView addContact(String customerCode, ContactDetails details) {
        Customer customer = queries.require(customerCode);
        Contact contact = customer.addContact(details);
        em.flush();
        return ContactView.of(contact);
    }

    public ContactView reviseContact(String customerCode, Long contactId, ContactDetails details) {
        Contact contact = queries.require(customerCode).reviseContact(contactId, details);
        em.flush();
        return ContactView.of(contact);
    }
}
