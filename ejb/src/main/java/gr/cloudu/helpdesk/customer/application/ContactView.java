package gr.cloudu.helpdesk.customer.application;

import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;
import gr.cloudu.helpdesk.customer.domain.Contact;

/** A customer's contact as the interfaces show it. */
public record ContactView(Long id, String name, String email, String fax, String phone, String capacity,
                          String unit, boolean authorised, CommunicationLevel level) {

    static ContactView of(Contact c) {
        return new ContactView(c.id(), c.name(), c.email(), c.fax(), c.phone(), c.capacity(), c.unit(),
                c.authorised(), c.level());
    }
}
