package gr.cloudu.helpdesk.customer.application;

/** A customer in a picker. */
public record CustomerOption(String code, String name) {
}
