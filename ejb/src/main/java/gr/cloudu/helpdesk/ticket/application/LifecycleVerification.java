package gr.cloudu.helpdesk.ticket.application;

/** The outcome of recomputing a ticket's hash chain. */
public record LifecycleVerification(boolean intact, int events) {
}
