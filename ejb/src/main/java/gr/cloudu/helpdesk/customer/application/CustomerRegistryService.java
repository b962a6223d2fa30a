package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.Contact;
import gr.cloudu.helpdesk.customer.domain.ContactDetails;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

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

    public ContactView addContact(String customerCode, ContactDetails details) {
        Customer customer = queries.require(customerCode);
        Contact contact = customer.addContact(details);
        em.flush();
        return ContactView.of(contact);
    }
}
