package gr.cloudu.helpdesk.shared.domain;

/** How badly a fault hurts the customer; the contract's response times are set per severity. */
public enum Severity { CRITICAL, MAJOR, MINOR }
