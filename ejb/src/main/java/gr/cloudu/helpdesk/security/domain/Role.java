package gr.cloudu.helpdesk.security.domain;

/** The roles of the user store, shared by the pages and the API. */
public enum Role {
    ADMIN, AGENT, ENGINEER, SUPERVISOR, MANAGER,
    /** A customer's contact on the portal; bound to one customer. */
    CUSTOMER,
    /** A customer's system account (monitoring, CRM); bound to one customer. */
    API;

    public boolean boundToCustomer() {
        return this == CUSTOMER || this == API;
    }
}
