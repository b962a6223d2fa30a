package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.ContactDetails;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
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

    public CustomerView register(String code, String name) {
        Customer customer = new Customer(code, name, clock.instant());
        if (queries.find(customer.code()).isPresent()) {
            throw BusinessException.conflict("duplicate_customer", customer.code());
        }
        em.persist(customer);
        em.flush();
        return CustomerView.of(customer);
    }

    public ContractView registerContract(String customerCode, NewContract command) {
        Customer customer = queries.require(customerCode);
        if (queries.findContract(command.code()).isPresent()) {
            throw BusinessException.conflict("duplicate_contract", command.code());
        }
        Contract contract = new Contract(command.code(), customer.id(), Require.date("signedOn", command.signedOn()),
                command.terms() == null ? List.of() : command.terms().stream().map(SlaTermView::toTerm).toList(),
                clock.instant());
        em.persist(contract);
        em.flush();
        return ContractView.of(contract, customer.code());
    }

    public ContactView addContact(String customerCode, ContactDetails details) {
        Customer customer = queries.require(customerCode);
        Contact contact = customer.addContact(details);
        em.flush();
        return ContactView.of(contact);
    }
}
