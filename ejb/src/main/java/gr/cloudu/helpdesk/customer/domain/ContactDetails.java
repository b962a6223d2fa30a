package gr.cloudu.helpdesk.customer.domain;

import gr.cloudu.helpdesk.shared.domain.Require;

/** What the customer tells us about one of its people; validated on construction. */
public record ContactDetails(String name, String email, String fax, String phone, String capacity, String unit,
                             boolean authorised, CommunicationLevel level) {

    public ContactDetails {
        name = Require.text("name", name, 200);
        email = email == null || email.isBlank() ? null : Require.email("email", email);
        fax = Require.optionalText("fax", fax, 40);
        phone = Require.optionalText("phone", phone, 40);
        capacity = Require.optionalText("capacity", capacity, 120);
        unit = Require.optionalText("unit", unit, 120);
        level = level == null ? CommunicationLevel.I : level;
    }
}
