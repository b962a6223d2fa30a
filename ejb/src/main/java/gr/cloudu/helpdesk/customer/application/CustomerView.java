package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.Customer;

import java.time.Instant;
import java.util.List;

/** A customer as the interfaces show it. */
public record CustomerView(String code, String name, String language, Instant registeredAt, List<ContactView> contacts) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.code(), customer.name(), customer.language(), customer.registeredAt(),
                customer.contacts().stream().map(ContactView::of).toList());
    }
}
